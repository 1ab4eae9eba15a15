/**
 * The watch-list detector: each word of the text, and each run of words as long as an entry, is
 * normalised, hashed and looked up. Only run lengths that some entry has are hashed (each run one
 * slice of the joined words), or, for lists saved before the lengths were kept, one hash extended word
 * by word; so the cost is linear in the text (times the length of the longest entry), never
 * quadratic in the entry's length.
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
  // runLength[i]: how many words from word i on continue one run (word i included).
  const runLength = new Array<number>(words.length + 1).fill(0);
  for (let i = words.length - 1; i >= 0; i--) runLength[i] = joined[i + 1] ? (runLength[i + 1] ?? 0) + 1 : 1;
  // The normalised words joined by one space, with where each starts: a phrase is one slice of it.
  const starts: number[] = [];
  let joinedText = '';
  for (const norm of normalised) {
    starts.push(joinedText.length + (joinedText === '' ? 0 : 1));
    joinedText = joinedText === '' ? norm : `${joinedText} ${norm}`;
  }
  const multi = [...lengths].filter((n) => n > 1).sort((a, b) => a - b);
  // A few entry lengths: hash each run of those lengths as one slice. Many (a list saved before
  // lengths were kept: every length up to the longest): extend one hash word by word instead.
  const sliced = multi.length <= 4;
  for (let i = 0; i < words.length; i++) {
    const first = words[i];
    const firstNorm = normalised[i];
    if (first === undefined || firstNorm === undefined) continue;
    // One word: looked up whole, with the list's cache (the common case while typing).
    if (single) {
      if (list.has(firstNorm)) emit('watch-list', first.start, first.end, 95);
      else if (POSSESSIVE.test(firstNorm) && list.has(firstNorm.replace(POSSESSIVE, ''))) emit('watch-list', first.start, first.end - 2, 95);
    }
    const run = runLength[i] ?? 1;
    if (longest < 2 || run < 2) continue;
    if (sliced) {
      for (const n of multi) {
        if (n > run) break;
        const last = i + n - 1;
        const lastWord = words[last];
        const lastNorm = normalised[last] ?? '';
        if (lastWord === undefined) break;
        const phrase = joinedText.slice(starts[i] ?? 0, (starts[last] ?? 0) + lastNorm.length);
        if (list.has(phrase)) emit('watch-list', first.start, lastWord.end, 95);
        else if (POSSESSIVE.test(lastNorm) && list.has(phrase.replace(POSSESSIVE, ''))) emit('watch-list', first.start, lastWord.end - 2, 95);
      }
      continue;
    }
    const hashRun = list.startRun();
    hashRun.add(firstNorm);
    for (let n = 1; n < longest && n < run; n++) {
      const word = words[i + n];
      const norm = normalised[i + n];
      if (word === undefined || norm === undefined) break;
      if (lengths.has(n + 1)) {
        if (hashRun.matchesWith(norm)) emit('watch-list', first.start, word.end, 95);
        else if (POSSESSIVE.test(norm) && hashRun.matchesWith(norm.replace(POSSESSIVE, ''))) emit('watch-list', first.start, word.end - 2, 95);
      }
      hashRun.add(norm);
    }
  }
}
