/**
 * Messages never carry note text, except a short, marked excerpt where a person needs it to find
 * the spot (which of several themes is unknown, say). This is the one way to make such an excerpt.
 */

/** The longest excerpt, in characters (code points), before it is cut with "…". */
export const MAX_EXCERPT_CHARS = 24;

// C0 and C1 control characters, the line and paragraph separators, and the marks that reorder text
// (so an excerpt or a file name cannot move the cursor, end a line or rearrange one).
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * `text` with every control character (C0, C1, DEL), line or paragraph separator and bidirectional
 * mark written as a visible `\u{…}` escape (`\u{1b}` for escape, `\u{a}` for a line feed), so it
 * shows as one line of plain characters wherever it is printed: an excerpt in a message, a file
 * name or a title in a terminal. Other text, backslashes included, is left as it is.
 */
export function escapeControls(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u{${(c.codePointAt(0) as number).toString(16)}}`);
}

/**
 * `text` as a short, marked excerpt for a message: in curly quotes, at most
 * {@link MAX_EXCERPT_CHARS} characters (then "…"), control characters escaped by {@link escapeControls}.
 */
export function excerpt(text: string): string {
  const chars = Array.from(text);
  const cut = chars.length > MAX_EXCERPT_CHARS ? `${chars.slice(0, MAX_EXCERPT_CHARS - 1).join('')}…` : text;
  return `“${escapeControls(cut)}”`;
}

/** What kind of value a message may name instead of the value itself. */
export function kindOf(value: unknown): string {
  if (typeof value === 'string') return 'text';
  if (typeof value === 'number') return 'a number';
  if (typeof value === 'boolean') return 'true or false';
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'empty';
  return 'a set of keys';
}
