/**
 * The capitalised-word guess (category `capitalised`, off by default; the "Also flag capitalised
 * words" setting): a title before a capitalised word ("Mrs. Alvarez"), or any capitalised word in the
 * middle of a sentence that is not a common capitalised word. Noisier than the person-name check
 * (`person-names.ts`): it flags places, books and brands too, so it is an extra for those who want it.
 * Linear in the text: each line's "is this a title line?" answer is worked out once.
 */
import type { Emit } from './types.ts';
import { NOT_NAMES } from './name-words.ts';
import { eachMatch, isTitleLine, startsSentence } from './text.ts';

const TITLED = /\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Aunt|Uncle|Grandma|Grandpa)\.?\s+\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+)?/gu;
const CAPITALISED = /\p{Lu}[\p{Ll}'’]+(?:[-\s]\p{Lu}[\p{Ll}'’]+)?/gu;

const bare = (word: string): string => word.toLowerCase().replace(/’/g, "'").replace(/'s$/, '');

/** The capitalised-word guess; see the module comment for what it can and cannot do. */
export function detectCapitalised(text: string, emit: Emit): void {
  eachMatch(TITLED, text, (m) => emit('capitalised', m.index, m.index + m[0].length, 20));
  // Matches come in text order, so the current line and its answer move forward only: linear.
  let lineEnd = -1;
  let titleLine = false;
  eachMatch(CAPITALISED, text, (m) => {
    const start = m.index;
    if (start > 0 && /[\p{L}\p{N}]/u.test(text.charAt(start - 1))) return;
    if (start > lineEnd) {
      const lineStart = text.lastIndexOf('\n', start) + 1;
      lineEnd = text.indexOf('\n', start);
      if (lineEnd < 0) lineEnd = text.length;
      titleLine = isTitleLine(text.slice(lineStart, lineEnd));
    }
    if (titleLine || startsSentence(text, start)) return;
    const words = m[0].split(/[-\s]/);
    if (NOT_NAMES.has(bare(words[0] ?? ''))) return;
    let value = m[0];
    // A second word that is a common word ("Maria Monday") is not part of the name.
    const second = words[1];
    if (second !== undefined && NOT_NAMES.has(bare(second))) value = words[0] ?? value;
    emit('capitalised', start, start + value.replace(/['’]s$/, '').length, 10);
  });
}
