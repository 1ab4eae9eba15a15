/**
 * What a value typed as `key=value` (the command line's `glimmer set`) means, as frontmatter data.
 * The typed text is kept exactly, unless it is one of a few documented forms; a value that could
 * mean two things is refused with a one-line reason, never guessed. The YAML writer then quotes the
 * text as YAML needs, so `#work`, `---` or `- dash` read back as exactly what was typed.
 *
 * The forms (docs/cli.md, "glimmer set"):
 * - nothing: remove the key;
 * - `true`, `false`: yes/no;
 * - a plain decimal number (`4`, `-2.5`; not `007`, `3.10`, `1e3`): a number, except in the format's
 *   text fields (`moment`, `themes`, …), where it is text;
 * - `[a, b]`: a list of texts, each item trimmed; an item in double quotes may hold commas and
 *   brackets; `[]` is an empty list;
 * - `"…"` (double quotes, JSON escapes): the text inside;
 * - anything else: that text, exactly.
 */
import { KNOWN_KEYS } from '../format/validate.ts';

/** A typed value read: the data to write (`undefined` removes the key), or why it was refused. */
export type TypedValue =
  | { ok: true; value: string | number | boolean | string[] | undefined }
  | { ok: false; message: string };

/** The format's fields that hold text (or lists of text): a number typed there stays text. */
const TEXT_FIELDS: readonly string[] = KNOWN_KEYS.filter((k) => k !== 'intensity' && k !== 'weight');

/** Decimal numbers YAML writes back exactly as typed (checked with `String(Number(text))` too). */
const PLAIN_NUMBER = /^-?(?:0|[1-9]\d{0,14})(?:\.\d{1,15})?$/;

/** YAML 1.2 words for "nothing" and for yes/no in other capitals: the person may mean either. */
const NULL_WORDS = /^(?:null|Null|NULL|~)$/;
const OTHER_BOOLEANS = /^(?:True|TRUE|False|FALSE)$/;

/** Control characters other than tab, and lone surrogates (which UTF-8 cannot hold). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029]|[\ud800-\udbff](?![\udc00-\udfff])|(?:^|[^\ud800-\udbff])[\udc00-\udfff]/;
const LINE_BREAK = /[\r\n]/;

const refuse = (message: string): TypedValue => ({ ok: false, message });

/** Why `text` cannot be one line of frontmatter text, or `null`. */
function lineProblem(key: string, text: string): string | null {
  if (LINE_BREAK.test(text)) return `${key}: a value must be one line`;
  if (CONTROL.test(text)) return `${key}: the value holds a control character (or a broken character); type it without`;
  return null;
}

/** Reads a JSON-style double-quoted text, or `null` when `text` is not exactly one. */
function readQuoted(text: string): string | null {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'string' ? value : null;
  } catch {
    return null;
  }
}

/** Splits the inside of `[ … ]` into items: plain text, or one double-quoted text. */
function readList(key: string, inner: string): TypedValue {
  const hint = `${key}: a list is written [a, b]; put an item holding a comma, bracket or quote in double quotes, like [a, "b, c"]`;
  if (inner.trim() === '') return { ok: true, value: [] };
  const items: string[] = [];
  let i = 0;
  while (i <= inner.length) {
    while (inner[i] === ' ' || inner[i] === '\t') i++;
    let item: string;
    if (inner[i] === '"') {
      // To the closing quote (a backslash escapes the next character), read as one JSON string.
      let end = i + 1;
      while (end < inner.length && inner[end] !== '"') end += inner[end] === '\\' ? 2 : 1;
      const quoted = readQuoted(inner.slice(i, end + 1));
      if (quoted === null) return refuse(hint);
      const problem = lineProblem(key, quoted);
      if (problem !== null) return refuse(problem);
      item = quoted;
      i = end + 1;
      while (inner[i] === ' ' || inner[i] === '\t') i++;
      if (i < inner.length && inner[i] !== ',') return refuse(hint);
    } else {
      const comma = inner.indexOf(',', i);
      const end = comma < 0 ? inner.length : comma;
      item = inner.slice(i, end).trim();
      if (item === '') return refuse(`${key}: the list has an empty item; remove the extra comma`);
      if (/[[\]"]/.test(item.replace(/\[\[[^[\]]*\]\]/g, ''))) return refuse(hint);
      if (item.length >= 2 && item.startsWith("'") && item.endsWith("'")) return refuse(`${key}: an item is in single quotes; use double quotes ("…") to quote text, or leave the quotes out`);
      i = end;
    }
    items.push(item);
    if (i >= inner.length) break;
    i++; // the comma
    if (inner.slice(i).trim() === '') return refuse(`${key}: the list has an empty item; remove the extra comma`);
  }
  return { ok: true, value: items };
}

/**
 * Reads the `value` of a typed `key=value` into frontmatter data (see the module comment for the
 * forms). `key` decides only whether a plain number stays text (in the format's text fields).
 */
export function readTypedValue(key: string, typed: string): TypedValue {
  if (typed === '') return { ok: true, value: undefined };
  const problem = lineProblem(key, typed);
  if (problem !== null) return refuse(problem);
  if (typed === 'true' || typed === 'false') return { ok: true, value: typed === 'true' };
  if (OTHER_BOOLEANS.test(typed)) return refuse(`${key}: write true or false in lower case for yes/no, or "${typed}" in double quotes for the word`);
  if (NULL_WORDS.test(typed)) return refuse(`${key}: "${typed}" could mean an empty value or the word; write ${key}= to remove the key, or "${typed}" in double quotes for the word`);
  if (PLAIN_NUMBER.test(typed) && String(Number(typed)) === typed) {
    return { ok: true, value: TEXT_FIELDS.includes(key) ? typed : Number(typed) };
  }
  if (typed.length >= 2 && typed.startsWith('"') && typed.endsWith('"')) {
    const quoted = readQuoted(typed);
    if (quoted === null) return refuse(`${key}: the value looks quoted but is not one double-quoted text; write inner quotes as \\" inside double quotes`);
    const problem = lineProblem(key, quoted);
    return problem === null ? { ok: true, value: quoted } : refuse(problem);
  }
  if (typed.length >= 2 && typed.startsWith("'") && typed.endsWith("'")) {
    return refuse(`${key}: the value is in single quotes; use double quotes ("…") to quote text, or leave the quotes out`);
  }
  if (typed.startsWith('[[')) {
    // One wiki link is text, as Obsidian writes a link property; a list of links needs quotes.
    if (/^\[\[[^[\]]*\]\]$/.test(typed)) return { ok: true, value: typed };
    return refuse(`${key}: for a list of links, quote each one: ["[[a]]", "[[b]]"]`);
  }
  if (typed.startsWith('[')) {
    if (!typed.endsWith(']')) return refuse(`${key}: this is not a list like [a, b] (no closing ]); to write text starting with [, put it in double quotes`);
    return readList(key, typed.slice(1, -1));
  }
  return { ok: true, value: typed };
}
