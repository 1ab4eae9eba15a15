/**
 * The capitalised-name guess (category `name`, off by default): a title before a capitalised word
 * ("Mrs. Alvarez"), or a capitalised word in the middle of a sentence that is not a common
 * capitalised English word. It misses lower-case names and flags some proper nouns, so it is opt-in.
 */
import type { Emit } from './types.ts';
import { eachMatch } from './text.ts';

const TITLED = /\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Aunt|Uncle|Grandma|Grandpa)\.?\s+\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+)?/gu;
const CAPITALISED = /\p{Lu}[\p{Ll}'’]+(?:[-\s]\p{Lu}[\p{Ll}'’]+)?/gu;

// Capitalised words that are not names: pronoun forms, calendar words, places of worship, languages,
// therapy vocabulary, apps. Compared in lower case, with any "'s" removed.
const COMMON = new Set(
  (
    "i i'm i've i'd i'll god lord mom mum dad mama papa grandma grandpa nana " +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july ' +
    'august september october november december christmas easter thanksgiving ramadan eid diwali hanukkah ' +
    'passover lent halloween new year english spanish french german arabic chinese mandarin cantonese ' +
    'vietnamese korean japanese portuguese russian ukrainian polish farsi dari pashto somali swahili amharic ' +
    'tigrinya hindi urdu punjabi bengali tagalog haitian creole latin asl american british canadian mexican ' +
    'african european asian indigenous black white latina latino latinx muslim christian jewish catholic ' +
    'buddhist hindu sikh bible quran torah church mosque temple synagogue emdr cbt dbt ifs act polyvagal ' +
    'zoom teams obsidian markdown glimmer glimmers google internet covid okay ok sorry yes no thanks thank ' +
    // Function words and everyday sentence openers: capitalised mid-line only after a quote or a dash.
    'a an the and but or so if then than that this these those there here it its you your yours we our us ' +
    'he him his she her hers they them their me my mine what when where why how who whom which while ' +
    'because although though after before once until since as at by for from in into of on onto to with ' +
    'without about above below under over not never always sometimes maybe perhaps still just even also ' +
    'all any some someone something everyone everything nothing nobody each every both many most much more ' +
    'less few one two three first next last today tonight tomorrow yesterday now later please let lets ' +
    'is are was were be been being have has had do does did can could will would should must might shall'
  ).split(/\s+/),
);

// A line where most words are capitalised is a title ("The Key to Thriving as a Trauma Therapist").
const TITLE_WORD = /^\p{Lu}/u;

function titleLine(text: string, index: number): boolean {
  const from = text.lastIndexOf('\n', index) + 1;
  let to = text.indexOf('\n', index);
  if (to < 0) to = text.length;
  if (to - from > 200) return false;
  const words = text.slice(from, to).split(/\s+/).filter((w) => /\p{L}/u.test(w) && w.length > 3);
  return words.length >= 3 && words.filter((w) => TITLE_WORD.test(w)).length / words.length >= 0.6;
}

function sentenceStart(text: string, index: number): boolean {
  let i = index - 1;
  while (i >= 0 && (text.charAt(i) === ' ' || text.charAt(i) === '\t')) i--;
  if (i < 0) return true;
  const c = text.charAt(i);
  // After end punctuation, an opening quote or bracket, a line break, or a Markdown list or heading mark.
  if ('.!?:;\n\r"“‘\'([{}|/%`*#>•·-–—_'.includes(c)) return true;
  // A numbered list item ("1. ", "12) ") at the start of a line; looks back a few characters only.
  const head = text.slice(Math.max(0, i - 8), i + 1);
  const line = head.slice(head.lastIndexOf('\n') + 1);
  return /^\s*\d+[.)]$/.test(line) && (i - 8 <= 0 || head.includes('\n'));
}

/** The capitalised-name guess; see the module comment for what it can and cannot do. */
export function detectNames(text: string, emit: Emit): void {
  eachMatch(TITLED, text, (m) => emit('name', m.index, m.index + m[0].length, 20));
  eachMatch(CAPITALISED, text, (m) => {
    const start = m.index;
    if (start > 0 && /[\p{L}\p{N}]/u.test(text.charAt(start - 1))) return;
    if (sentenceStart(text, start)) return;
    const words = m[0].split(/[-\s]/);
    const first = (words[0] ?? '').toLowerCase().replace(/’/g, "'").replace(/'s$/, '');
    if (COMMON.has(first) || titleLine(text, start)) return;
    let value = m[0];
    // A second word that is a common word ("Maria Monday") is not part of the name.
    const second = words[1];
    if (second !== undefined && COMMON.has(second.toLowerCase().replace(/’/g, "'").replace(/'s$/, ''))) value = words[0] ?? value;
    emit('name', start, start + value.replace(/['’]s$/, '').length, 10);
  });
}
