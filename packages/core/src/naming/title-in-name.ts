/**
 * File names carry no words of the note by default: they show in search, tabs, sync logs and
 * screen shares, even with privacy mode on. A title the person typed goes into the name only when
 * they chose that (a setting, or `glimmer new --title`) and the identifier check finds nothing in it.
 */
import { scanForIdentifiers, type ScanOptions } from '../privacy/scan.ts';
import type { PrivacyCategory } from '../privacy/types.ts';
import { glimmerFileName } from './file-name.ts';

/** Said when a title is kept out of the file name. */
export const TITLE_LEFT_OUT_MESSAGE = 'The title was kept out of the file name because it may identify someone. The note itself keeps it.';

/** What a new glimmer's name is made from. */
export interface NewFileNameParts {
  now: Date;
  id: string;
  /** The title the person typed, if any. */
  title?: string;
  /** Whether the person chose to have titles in file names. */
  useTitle: boolean;
  /** The identifier check for the title (its categories, watch list and name finder). */
  scan: ScanOptions;
}

/** The name (without `.md`) and, when a title was kept out of it, why. */
export interface NewFileName {
  name: string;
  message?: string;
}

/**
 * The title that may go into a file name: the typed one (spaces tidied) when the identifier check,
 * people's names always included, finds nothing in it; else none, and {@link TITLE_LEFT_OUT_MESSAGE}.
 */
export function titleForFileName(title: string, scan: ScanOptions): { title?: string; message?: string } {
  const tidy = title.replace(/\s+/g, ' ').trim();
  if (tidy === '') return {};
  const categories: PrivacyCategory[] | undefined = scan.categories ? [...new Set<PrivacyCategory>([...scan.categories, 'name'])] : undefined;
  // Checked as if it went on a sentence ("and …"), so its first word is judged as strictly as any
  // other: a title has no sentence around it to say that "Kwame" is a name.
  if (scanForIdentifiers(`and ${tidy}`, { ...scan, categories }).length > 0) return { message: TITLE_LEFT_OUT_MESSAGE };
  return { title: tidy };
}

/**
 * The file name of a new glimmer under `pattern`: never words of the answers; the title only when
 * `useTitle` and {@link titleForFileName} allows it.
 */
export function newGlimmerFileName(pattern: string, parts: NewFileNameParts): NewFileName {
  const base = { now: parts.now, id: parts.id };
  if (!parts.useTitle || parts.title === undefined) return { name: glimmerFileName(pattern, base) };
  const checked = titleForFileName(parts.title, parts.scan);
  const name = glimmerFileName(pattern, checked.title === undefined ? base : { ...base, title: checked.title });
  return checked.message === undefined ? { name } : { name, message: checked.message };
}
