/**
 * The personal watch list: words or names (for example current clients' first names) that the scan
 * should flag. The list itself is confidential, so only salted hashes of its normalised words are ever
 * kept; the scan hashes each word (and run of words) of the text and looks the hash up.
 *
 * What this protects against: someone reading `data.json`, a synced copy or a screenshot of settings
 * cannot read the words. What it does not: anyone with `data.json` (salt included) can hash a list of
 * common first names and see which ones match, so a short name list can be recovered by guessing.
 */
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/** The stored form of a watch list: salt and hashes only, safe to keep in plugin data. */
export interface WatchListData {
  version: 1;
  /** Random hex, one per vault, so equal lists in two vaults hash differently. */
  salt: string;
  /** HMAC-SHA-256 (keyed by the salt) of each normalised entry, lower-case hex, sorted, no repeats. */
  hashes: string[];
  /** The most words in one entry ("Mary Ann" is 2), so the scan knows how long a run of words to hash. */
  maxWords: number;
  /**
   * The word counts the entries have (`[1, 2]` for "Maria" and "Mary Ann"), so runs of other lengths
   * are never hashed. Absent in lists saved by older versions: then every length up to `maxWords`.
   */
  lengths?: number[];
}

/** A loaded watch list, ready to match. It remembers recent answers so rescanning as one types is cheap. */
export interface WatchList {
  readonly maxWords: number;
  readonly size: number;
  /** The word counts of the entries, ascending (see {@link WatchListData.lengths}). */
  readonly lengths: readonly number[];
  /** True when the normalised phrase (see {@link normaliseWatchPhrase}) is on the list. */
  has(normalisedPhrase: string): boolean;
  /** Starts a run of words to match one word at a time, each step costing only the new word. */
  startRun(): WatchRun;
}

/** A run of normalised words being matched against the list (an incremental hash of "w1 w2 …"). */
export interface WatchRun {
  /** True when the run so far followed by `word` is an entry; the run itself is unchanged. */
  matchesWith(normalisedWord: string): boolean;
  /** Extends the run by one word. */
  add(normalisedWord: string): void;
}

/** Anything with `getRandomValues`, such as the global `crypto` (desktop, mobile and Node 20 all have it). */
export interface RandomSource {
  getRandomValues<T extends Uint8Array>(array: T): T;
}

const WORD = /[\p{L}\p{N}\p{M}]+(?:['’][\p{L}\p{N}\p{M}]+)*/gu;
const MARKS = /\p{M}/gu;
const ASCII = /^[\x20-\x7e]*$/;
// About 100k short phrases: a few MB, enough for the distinct words and word pairs of a large vault.
const CACHE_LIMIT = 100_000;

/**
 * Normalises one word: Unicode NFKC, accents and other marks removed ("José" and "Jose" are the same),
 * lower case (locale-free), curly apostrophes made straight. Used for list entries and text alike.
 */
export function normaliseWatchWord(word: string): string {
  // Plain ASCII is already in every normal form: skip the two normalisations (the common case).
  if (ASCII.test(word)) return word.toLowerCase().trim();
  return word.normalize('NFKC').normalize('NFD').replace(MARKS, '').toLowerCase().replace(/’/g, "'").trim();
}

/** The words of `text` with their UTF-16 offsets: letters and digits, with inner apostrophes ("Maria's"). */
export function watchWords(text: string): { word: string; start: number; end: number }[] {
  const words: { word: string; start: number; end: number }[] = [];
  const re = new RegExp(WORD.source, WORD.flags);
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) words.push({ word: m[0], start: m.index, end: m.index + m[0].length });
  return words;
}

/**
 * The entries typed in one box or file: one per line, and commas or semicolons also separate them,
 * so "Maria, Dmitri" is two. Lines starting with "#" are comments (for watch-list files).
 */
export function watchListEntries(text: string): string[] {
  return text.split(/\r\n|\r|\n/).filter((line) => !line.trim().startsWith('#'))
    .flatMap((line) => line.split(/[,;]/)).map((entry) => entry.trim()).filter((entry) => entry !== '');
}

/** Normalises a whole entry: its words, normalised, joined by one space ("Mary-Ann " → "mary ann"). */
export function normaliseWatchPhrase(phrase: string): string {
  return watchWords(phrase)
    .map((w) => normaliseWatchWord(w.word))
    .join(' ');
}

function keyedHasher(salt: string): (phrase: string) => string {
  const base = hmac.create(sha256, utf8ToBytes(salt));
  return (phrase) => bytesToHex(base.clone().update(utf8ToBytes(phrase)).digest());
}

/** The stored hash of one normalised phrase under `salt`. */
export function hashWatchPhrase(normalisedPhrase: string, salt: string): string {
  return keyedHasher(salt)(normalisedPhrase);
}

/** Web Crypto, which Obsidian's window and Node 20 both have as a global (core has no DOM types). */
declare const crypto: RandomSource | undefined;

function randomSalt(random?: RandomSource): string {
  const source = random ?? (typeof crypto === 'undefined' ? undefined : crypto);
  if (!source || typeof source.getRandomValues !== 'function') {
    throw new Error('No secure random source is available to make a watch list salt.');
  }
  return bytesToHex(source.getRandomValues(new Uint8Array(16)));
}

/**
 * Makes the stored form of a watch list from plain words or names (one entry each; an entry may have
 * several words, like "Mary Ann"). Empty entries are ignored. The salt is random unless given.
 * The plain words are not kept anywhere: the caller should drop them (and clear any text field) after this.
 */
export function createWatchList(words: readonly string[], salt?: string, random?: RandomSource): WatchListData {
  return addToWatchList({ version: 1, salt: salt ?? randomSalt(random), hashes: [], maxWords: 0, lengths: [] }, words);
}

/** The word counts of a stored list's entries: as stored, or every length up to `maxWords` for older lists. */
function lengthsOf(data: WatchListData): number[] {
  return data.lengths ?? Array.from({ length: data.maxWords }, (_, i) => i + 1);
}

/** Adds entries to a stored watch list, keeping its salt, so the user never has to type the old ones again. */
export function addToWatchList(data: WatchListData, words: readonly string[]): WatchListData {
  const hash = keyedHasher(data.salt);
  const hashes = new Set(data.hashes);
  const lengths = new Set(lengthsOf(data));
  let maxWords = data.maxWords;
  for (const entry of words) {
    const phrase = normaliseWatchPhrase(entry);
    if (phrase === '') continue;
    hashes.add(hash(phrase));
    const count = phrase.split(' ').length;
    lengths.add(count);
    maxWords = Math.max(maxWords, count);
  }
  return { version: 1, salt: data.salt, hashes: [...hashes].sort(), maxWords, lengths: [...lengths].sort((a, b) => a - b) };
}

/**
 * Removes entries from a stored watch list: each entry typed again is normalised and hashed, and
 * that hash is dropped. Returns the list and how many of the typed entries were on it. The list's
 * other entries stay as they are (they cannot be read, so they are never rewritten).
 */
export function removeFromWatchList(data: WatchListData, words: readonly string[]): { list: WatchListData; removed: number } {
  const hash = keyedHasher(data.salt);
  const hashes = new Set(data.hashes);
  let removed = 0;
  for (const entry of words) {
    const phrase = normaliseWatchPhrase(entry);
    if (phrase !== '' && hashes.delete(hash(phrase))) removed++;
  }
  return { list: { ...data, hashes: [...hashes].sort(), ...(data.lengths ? { lengths: [...data.lengths] } : {}) }, removed };
}

/** True when `value` has the shape of {@link WatchListData} (for data read back from disk). */
export function isWatchListData(value: unknown): value is WatchListData {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    v.version === 1 &&
    typeof v.salt === 'string' &&
    v.salt.length > 0 &&
    Array.isArray(v.hashes) &&
    v.hashes.every((h) => typeof h === 'string' && /^[0-9a-f]{64}$/.test(h)) &&
    typeof v.maxWords === 'number' &&
    Number.isInteger(v.maxWords) &&
    v.maxWords >= 0 &&
    (v.lengths === undefined ||
      (Array.isArray(v.lengths) && v.lengths.every((n) => typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= (v.maxWords as number))))
  );
}

/** Loads a stored watch list for matching. */
export function loadWatchList(data: WatchListData): WatchList {
  const hash = keyedHasher(data.salt);
  const base = hmac.create(sha256, utf8ToBytes(data.salt));
  const hashes = new Set(data.hashes);
  const cache = new Map<string, boolean>();
  return {
    maxWords: data.maxWords,
    size: hashes.size,
    lengths: lengthsOf(data),
    startRun(): WatchRun {
      const state = base.clone();
      let empty = true;
      const bytes = (word: string): Uint8Array => utf8ToBytes(empty ? word : ` ${word}`);
      return {
        matchesWith: (word) => hashes.has(bytesToHex(state.clone().update(bytes(word)).digest())),
        add(word) {
          state.update(bytes(word));
          empty = false;
        },
      };
    },
    has(phrase: string): boolean {
      const known = cache.get(phrase);
      if (known !== undefined) return known;
      const found = hashes.has(hash(phrase));
      // Only short phrases are remembered (words and names typed again and again), so a long entry's
      // runs do not fill memory. Forget everything at the limit: simpler than an LRU, as good here.
      if (phrase.length > 64) return found;
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(phrase, found);
      return found;
    },
  };
}

/**
 * The watch list stored in the Obsidian plugin's `data.json` (under `privacy.watchList`), or `null`
 * when there is none or it is malformed. Lets the CLI use the same list as the plugin.
 */
export function watchListFromPluginData(data: unknown): WatchListData | null {
  if (typeof data !== 'object' || data === null) return null;
  const privacy = (data as Record<string, unknown>)['privacy'];
  if (typeof privacy !== 'object' || privacy === null) return null;
  const list = (privacy as Record<string, unknown>)['watchList'];
  return isWatchListData(list) ? list : null;
}
