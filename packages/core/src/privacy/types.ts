/**
 * The vocabulary of the identifier scan: what kinds of client identifiers it looks for
 * (after the HIPAA Safe Harbor list) and what it reports for each one it finds.
 */

/**
 * A kind of likely identifier. `name` is a likely person's name (the person-name check, on by
 * default); `capitalised` is the older capitalised-word guess, which raises more false alarms, so it
 * is off unless asked for (see {@link DEFAULT_PRIVACY_CATEGORIES}).
 */
export type PrivacyCategory =
  | 'email'
  | 'phone'
  | 'ssn'
  | 'date'
  | 'age'
  | 'address'
  | 'postcode'
  | 'id-number'
  | 'url'
  | 'ip'
  | 'watch-list'
  | 'name'
  | 'capitalised';

/** Every category, in the order settings and documentation list them. */
export const PRIVACY_CATEGORIES: readonly PrivacyCategory[] = [
  'watch-list',
  'name',
  'email',
  'phone',
  'ssn',
  'date',
  'age',
  'address',
  'postcode',
  'id-number',
  'url',
  'ip',
  'capitalised',
];

/** The categories scanned when the caller does not choose: all but the noisy `capitalised` guess. */
export const DEFAULT_PRIVACY_CATEGORIES: readonly PrivacyCategory[] = PRIVACY_CATEGORIES.filter(
  (category) => category !== 'capitalised',
);

/**
 * One likely identifier in a text. `start` and `end` are UTF-16 offsets (`text.slice(start, end)`
 * is `excerpt`); `message` names the kind in plain words and suggests what to do.
 */
export interface IdentifierFinding {
  category: PrivacyCategory;
  start: number;
  end: number;
  excerpt: string;
  message: string;
}

/** A match before overlaps are settled: a stronger (`priority`) or longer match wins. */
export interface Candidate {
  category: PrivacyCategory;
  start: number;
  end: number;
  priority: number;
}

/** Adds a candidate; detectors call it for every match they accept. */
export type Emit = (category: PrivacyCategory, start: number, end: number, priority?: number) => void;
