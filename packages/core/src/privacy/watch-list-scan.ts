/**
 * The watch-list detector: each word of the text, and each run of words as long as an entry, is
 * normalised, hashed and looked up. Only run lengths that some entry has are hashed, and a run is
 * built by extending the previous one, so the cost is linear in the text (times the length of the
 * longest entry), never quadratic in the entry's length.
 */
import type { Emit } from './types.ts';
import { normaliseWatchWord, watchWords, type WatchList } from './watch-list.ts';

const POSSESSIVE = /'s$/;
// A run of words continues only across spaces or a hyphen, never across punctuation.
const JOINER = /^[\s\-‐–]{1,3}$/;

/** Emits `watch-list` findings for the entries of `list` in `text`. */
export function detectWatchWords(text: string, list: WatchList, emit: Emit): void {
  if (list.size === 0 || list.maxWords === 0) return;
  const lengths = new Set(list.lengths);
  const words = watchWords(text);
  const normalised = words.map((w) => normaliseWatchWord(w.word));
  // joined[k]: word k continues the run of word k - 1.
  const joined = words.map((w, k) => k > 0 && JOINER.test(text.slice(words[k - 1]?.end ?? 0, w.start)));
  const single = lengths.has(1);
  const longest = Math.max(0, ...lengths);
  for (let i = 0; i < words.length; i++) {
    const first = words[i];
    const firstNorm = normalised[i];
    if (first === undefined || firstNorm === undefined) continue;
    // One word: looked up whole, with the list's cache (the common case while typing).
    if (single) {
      if (list.has(firstNorm)) emit('watch-list', first.start, first.end, 95);
      else if (POSSESSIVE.test(firstNorm) && list.has(firstNorm.replace(POSSESSIVE, ''))) emit('watch-list', first.start, first.end - 2, 95);
    }
    if (longest < 2 || !joined[i + 1]) continue;
    // Longer runs: hashed one word at a time, and checked only at the lengths some entry has.
    const run = list.startRun();
    run.add(firstNorm);
    for (let n = 1; n < longest && i + n < words.length && joined[i + n]; n++) {
      const word = words[i + n];
      const norm = normalised[i + n];
      if (word === undefined || norm === undefined) break;
      if (lengths.has(n + 1)) {
        if (run.matchesWith(norm)) emit('watch-list', first.start, word.end, 95);
        else if (POSSESSIVE.test(norm) && run.matchesWith(norm.replace(POSSESSIVE, ''))) emit('watch-list', first.start, word.end - 2, 95);
      }
      run.add(norm);
    }
  }
}
