/**
 * Messages never carry note text, except a short, marked excerpt where a person needs it to find
 * the spot (which of several themes is unknown, say). This is the one way to make such an excerpt.
 */

/** The longest excerpt, in characters (code points), before it is cut with "…". */
export const MAX_EXCERPT_CHARS = 24;

// C0 and C1 control characters, and the marks that reorder text (so an excerpt cannot rearrange a line).
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * `text` as a short, marked excerpt for a message: in curly quotes, at most
 * {@link MAX_EXCERPT_CHARS} characters (then "…"), control characters written as `\u{…}` escapes.
 */
export function excerpt(text: string): string {
  const chars = Array.from(text);
  const cut = chars.length > MAX_EXCERPT_CHARS ? `${chars.slice(0, MAX_EXCERPT_CHARS - 1).join('')}…` : text;
  return `“${cut.replace(UNSAFE, (c) => `\\u{${(c.codePointAt(0) as number).toString(16)}}`)}”`;
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
