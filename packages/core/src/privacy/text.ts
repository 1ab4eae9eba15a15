/**
 * Small text helpers shared by the detectors. Word boundaries are checked by hand around a match
 * because regex lookbehind is missing on older iOS WebViews that Obsidian mobile runs in.
 */

const WORD_CHAR = /[\p{L}\p{N}\p{M}_]/u;
const DIGIT = /[0-9]/;

/** True when the character at `index` is a letter, digit, mark or underscore. */
export function isWordCharAt(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  return WORD_CHAR.test(text.charAt(index));
}

/** True when the character at `index` is an ASCII digit. */
export function isDigitAt(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  return DIGIT.test(text.charAt(index));
}

/**
 * True when `[start, end)` stands alone as a number: no word character right before or after, and
 * it is not one part of a longer dotted, slashed or dashed number (`1.2.3.4.5`, `12/05/2021/3`).
 */
export function isNumberAlone(text: string, start: number, end: number): boolean {
  if (isWordCharAt(text, start - 1) || isWordCharAt(text, end)) return false;
  const before = text.charAt(start - 1);
  if ((before === '.' || before === '/' || before === '-' || before === ',') && isDigitAt(text, start - 2)) return false;
  const after = text.charAt(end);
  if ((after === '.' || after === '/' || after === '-' || after === ',' || after === ':') && isDigitAt(text, end + 1)) {
    return false;
  }
  return true;
}

/**
 * True when the word at `index` starts a sentence: nothing but spaces between it and the start of the
 * text, end punctuation, an opening quote or bracket, a line break, or a Markdown list or heading
 * mark. Looks back over spaces and at most a few characters more, so it costs nothing per word.
 */
export function startsSentence(text: string, index: number): boolean {
  let i = index - 1;
  while (i >= 0 && (text.charAt(i) === ' ' || text.charAt(i) === '\t')) i--;
  if (i < 0) return true;
  const c = text.charAt(i);
  if ('.!?:;\n\r"“‘\'([{}|/%`*#>•·-–—_'.includes(c)) return true;
  // A numbered list item ("1. ", "12) ") at the start of a line; looks back a few characters only.
  const head = text.slice(Math.max(0, i - 8), i + 1);
  const line = head.slice(head.lastIndexOf('\n') + 1);
  return /^\s*\d+[.)]$/.test(line) && (i - 8 <= 0 || head.includes('\n'));
}

const CAPITALISED_START = /^\p{Lu}/u;

/** A line where most longer words are capitalised is a title ("The Dual Nature of Empathy: Vicarious Trauma"). */
export function isTitleLine(line: string): boolean {
  if (line.length > 200) return false;
  const words = line.split(/\s+/).filter((w) => /\p{L}/u.test(w) && w.length > 3);
  return words.length >= 3 && words.filter((w) => CAPITALISED_START.test(w)).length / words.length >= 0.6;
}

/** How many ASCII digits `s` has. */
export function countDigits(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

// A number followed by one of these is a measurement, a count or a duration, not an age or a day.
const UNIT_AFTER =
  /^\s*(?:%|percent\b|per\s?cent\b|degrees?\b|°|minutes?\b|mins?\b|hours?\b|hrs?\b|seconds?\b|secs?\b|days?\b|weeks?\b|months?\b|years?\b(?![\s-]+old)|yrs?\b(?![\s-]+old)|times\b|sessions?\b|pounds?\b|lbs?\b|kgs?\b|kilos?\b|miles?\b|km\b|kilometers?\b|kilometres?\b|bpm\b|points?\b|dollars?\b|euros?\b|mg\b|cm\b|feet\b|ft\b|steps\b|people\b|clients\b|pages?\b|on\s+the\s+|out\s+of\b|\/|:\d|[.,]\d|\d)/i;

/** True when the text from `index` starts with a unit or scale word ("percent", "minutes", "/10" …). */
export function unitFollows(text: string, index: number): boolean {
  return UNIT_AFTER.test(text.slice(index, index + 24));
}

/** Runs a global regex over `text`, calling `onMatch` for each match (empty matches are skipped). */
export function eachMatch(pattern: RegExp, text: string, onMatch: (match: RegExpExecArray) => void): void {
  const re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    onMatch(m);
  }
}
