/**
 * `scanForIdentifiers`: runs every chosen detector over a text and settles overlaps, so each stretch
 * of text carries at most one finding. Pure and synchronous, fast enough to run as the user types.
 */
import { detectEmails, detectIps, detectPhones, detectUrls } from './contact.ts';
import { detectAges, detectDates } from './dates.ts';
import { privacyCategoryMessage } from './messages.ts';
import { detectCapitalised } from './capitalised-guess.ts';
import { detectIdNumbers, detectSsns } from './numbers.ts';
import { detectAddresses, detectPostcodes } from './places.ts';
import type { Candidate, Emit, IdentifierFinding, PrivacyCategory } from './types.ts';
import { DEFAULT_PRIVACY_CATEGORIES } from './types.ts';
import { createPersonNameFinder, type PersonNameFinder } from './person-names.ts';
import type { WatchList, WatchListData } from './watch-list.ts';
import { isWatchListData, loadWatchList } from './watch-list.ts';
import { detectWatchWords } from './watch-list-scan.ts';

/** What to look for. */
export interface ScanOptions {
  /** The personal watch list (stored or loaded form). Without it, `watch-list` finds nothing. */
  watchList?: WatchList | WatchListData;
  /** The categories to report. Default: {@link DEFAULT_PRIVACY_CATEGORIES} (everything but `capitalised`). */
  categories?: readonly PrivacyCategory[];
  /**
   * The person-name finder for `name`, usually with its language library (`loadPersonNameFinder`).
   * Without it, `name` uses the project's rules alone, which miss names at the start of a sentence.
   */
  names?: PersonNameFinder;
}

type Detector = (text: string, emit: Emit) => void;

const DETECTORS: Record<Exclude<PrivacyCategory, 'watch-list' | 'name'>, Detector> = {
  email: detectEmails,
  url: detectUrls,
  ip: detectIps,
  phone: detectPhones,
  ssn: detectSsns,
  'id-number': detectIdNumbers,
  date: detectDates,
  age: detectAges,
  address: detectAddresses,
  postcode: detectPostcodes,
  capitalised: detectCapitalised,
};

// Kinds that always contain a digit: skipped at once for the many notes without one.
const NEEDS_DIGIT = new Set<PrivacyCategory>(['phone', 'ssn', 'id-number', 'ip', 'postcode']);

/**
 * Drops a name guess that overlaps a watch-list word: the person's own list is the surer finding
 * ("MARIA" of the list over the name guess "MARIA-style"). One sweep over both, sorted by start.
 */
function withoutNamesOverWatchWords(candidates: Candidate[]): Candidate[] {
  const watched = candidates.filter((c) => c.category === 'watch-list').sort((a, b) => a.start - b.start);
  if (watched.length === 0) return candidates;
  const names = candidates.filter((c) => c.category === 'name').sort((a, b) => a.start - b.start);
  const dropped = new Set<Candidate>();
  let w = 0;
  for (const name of names) {
    while (w < watched.length && (watched[w]?.end ?? 0) <= name.start) w++;
    if (w < watched.length && (watched[w]?.start ?? Infinity) < name.end) dropped.add(name);
  }
  return dropped.size === 0 ? candidates : candidates.filter((c) => !dropped.has(c));
}

/**
 * Keeps one finding per stretch of text: the longer match wins (an email over the name inside it),
 * then the stronger kind (an MRN over the phone-shaped number it is), then the earlier one.
 */
function settle(candidates: Candidate[], textLength: number): Candidate[] {
  const ordered = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start,
  );
  // The characters kept findings cover: a candidate is kept when none of its characters is taken.
  // Each check and mark walks the candidate's own characters, so the cost is the candidates' total
  // length (a few times the text), never the number of findings squared.
  const taken = new Uint8Array(textLength);
  const kept: Candidate[] = [];
  for (const c of ordered) {
    let free = true;
    for (let i = c.start; i < c.end; i++) {
      if (taken[i] === 1) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * Finds likely client identifiers in `text` (after the HIPAA Safe Harbor list): email, phone, SSN,
 * dates with a day and month, ages over 89, street addresses, ZIP codes and postcodes, record/account/
 * licence/plate/member numbers, URLs, IP addresses, watch-list words, people's names, and (only when
 * asked) other capitalised words that may be names. Counts, durations, times of day, scores and years alone are not findings.
 * Findings are in text order; `start`/`end` are UTF-16 offsets. An aid, not a guarantee of de-identification.
 */
export function scanForIdentifiers(text: string, options: ScanOptions = {}): IdentifierFinding[] {
  const wanted = new Set(options.categories ?? DEFAULT_PRIVACY_CATEGORIES);
  const candidates: Candidate[] = [];
  const emit: Emit = (category, start, end, priority = 50) => {
    if (end > start) candidates.push({ category, start, end, priority });
  };
  const hasDigit = /[0-9]/.test(text);
  for (const [category, detect] of Object.entries(DETECTORS) as [PrivacyCategory, Detector][]) {
    if (wanted.has(category) && (hasDigit || !NEEDS_DIGIT.has(category))) detect(text, emit);
  }
  if (wanted.has('name')) {
    for (const span of (options.names ?? createPersonNameFinder()).find(text)) emit('name', span.start, span.end, 30);
  }
  if (wanted.has('watch-list') && options.watchList !== undefined) {
    const list = isWatchListData(options.watchList) ? loadWatchList(options.watchList) : options.watchList;
    detectWatchWords(text, list, emit);
  }
  return settle(withoutNamesOverWatchWords(candidates), text.length).map((c) => ({
    category: c.category,
    start: c.start,
    end: c.end,
    excerpt: text.slice(c.start, c.end),
    message: privacyCategoryMessage(c.category),
  }));
}
