/**
 * A fast path for reading frontmatter. Most glimmers' frontmatter is a flat list of `key: value` lines
 * (what `serializeGlimmer` writes and what people type), and the `yaml` package spends about 40 µs
 * per note building a full document for it. This scanner reads exactly that simple shape in a few
 * microseconds and DECLINES (`{ ok: false }`) everything else, so the caller falls back to `yaml`,
 * which stays the authority (and the only source of error messages).
 *
 * Accepted: a flat block mapping at column 0 whose keys are plain single-line strings; values that are
 * empty (null), plain scalars typed by the YAML 1.2 core schema, single-line single- or double-quoted
 * scalars, single-line flow lists of such scalars, or block lists of such scalars; full-line comments,
 * trailing ` #` comments and blank lines; LF or CRLF line ends.
 * Declined (among others): tabs, control characters, BOM, directives and document markers, anchors,
 * aliases, tags, block scalars, multi-line scalars, nested mappings or lists, flow mappings, `? ` keys,
 * quoted or non-string keys, duplicate keys, `__proto__` and `<<` keys, `: ` inside plain scalars.
 *
 * Whenever it accepts, its answer deep-equals what `yaml` gives with the format's options; property tests in
 * `tests/core/fast-frontmatter.test.ts` check this on hundreds of thousands of generated near-misses.
 */
import {
  canStartPlain,
  plainBlockEnd,
  readDoubleQuoted,
  readSingleQuoted,
  resolvePlainScalar,
  trimEndSpaces,
  type ScalarRead,
} from './fast-frontmatter-scalars.ts';

/**
 * What {@link scanFrontmatter} answers: the parsed mapping (`null` for empty or comment-only text) and,
 * for each key, the 1-based line of the text where it is written; or `ok: false` when `yaml` must decide.
 */
export type FastFrontmatterResult =
  | { ok: true; data: Record<string, unknown> | null; keyLines: Record<string, number> }
  | { ok: false };

const DECLINED: FastFrontmatterResult = Object.freeze({ ok: false });

/**
 * Characters the scanner never handles: C0/C1 controls (tab included), DEL, BOM, U+2028/9, U+FFFE/F,
 * lone surrogates and a carriage return not followed by a line feed. With the `u` flag a surrogate
 * class matches only unpaired surrogates (a pair is one code point), which finds lone ones without a
 * lookbehind: lookbehind is missing on iOS before 16.4, and one such literal stops `main.js` loading.
 */
const UNSURE_CHAR_RE =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]|\r(?!\n)|[\ud800-\udfff]/u;

/** Longest implicit key YAML allows is 1024 characters; stay well inside it. */
const MAX_KEY_LENGTH = 1000;

/**
 * Reads simple frontmatter text (the YAML between the `---` fences, without them) without the `yaml`
 * package. Never throws. When it answers `ok: true`, `data` is exactly what `yaml` gives with the
 * format's options (`YAML_PARSE_OPTIONS` + `YAML_TOJS_OPTIONS`; `null` for empty or comment-only text)
 * and `yaml` would report no error or warning; `{ ok: false }` means "not sure: ask `yaml`".
 */
export function scanFrontmatter(text: string): FastFrontmatterResult {
  if (UNSURE_CHAR_RE.test(text)) return DECLINED;
  const lines = text.split('\n');
  const count = lines.length;
  for (let i = 0; i < count; i++) {
    const line = lines[i] as string;
    if (line.charCodeAt(line.length - 1) === 0x0d) lines[i] = line.slice(0, -1);
  }
  let data: Record<string, unknown> | null = null;
  const keyLines = Object.create(null) as Record<string, number>;
  let i = 0;
  while (i < count) {
    const line = lines[i] as string;
    if (isBlankOrComment(line, 0)) {
      i++;
      continue;
    }
    const key = readKey(line);
    if (key === undefined) return DECLINED;
    data ??= {};
    if (Object.prototype.hasOwnProperty.call(data, key.name)) return DECLINED;
    keyLines[key.name] = i + 1;
    const p = skipSpaces(line, key.end);
    if (p === line.length || (line.charCodeAt(p) === 0x23 && p > key.end)) {
      // An empty value: either a block list on the following lines, or null.
      const list = readBlockList(lines, i + 1);
      if (list === undefined) return DECLINED;
      data[key.name] = list.value;
      i = list.end;
      continue;
    }
    const read = line.charCodeAt(p) === 0x5b ? readFlowList(line, p) : readScalar(line, p, false);
    if (read === undefined || !restIsComment(line, read.end)) return DECLINED;
    data[key.name] = read.value;
    i++;
  }
  return { ok: true, data, keyLines };
}

/** A key read from the start of a line: its name and the index just past its `:`. */
interface KeyRead {
  name: string;
  end: number;
}

/** Reads `key:` at column 0 (followed by a space or the line end). Only plain keys that type as strings. */
function readKey(line: string): KeyRead | undefined {
  if (!canStartPlain(line, 0, false) || line.charCodeAt(0) === 0x2d) return undefined;
  if (line.startsWith('...')) return undefined;
  let colon = -1;
  for (let i = 1; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 0x23 && line.charCodeAt(i - 1) === 0x20) return undefined;
    if (c === 0x3a) {
      const next = line.charCodeAt(i + 1);
      if (Number.isNaN(next) || next === 0x20) {
        colon = i;
        break;
      }
    }
  }
  if (colon < 0 || colon > MAX_KEY_LENGTH) return undefined;
  const name = line.slice(0, trimEndSpaces(line, 0, colon));
  if (name === '__proto__' || name === '<<' || typeof resolvePlainScalar(name) !== 'string') return undefined;
  return { name, end: colon + 1 };
}

/**
 * Reads one scalar value starting at `line[p]`: quoted, or plain up to a comment or the line end.
 * In a flow list, a plain scalar also stops at `,` or `]`.
 */
function readScalar(line: string, p: number, inFlow: boolean): ScalarRead | undefined {
  const c = line.charCodeAt(p);
  if (c === 0x22) return readDoubleQuoted(line, p);
  if (c === 0x27) return readSingleQuoted(line, p);
  if (!canStartPlain(line, p, inFlow)) return undefined;
  if (!inFlow) {
    const end = plainBlockEnd(line, p);
    return end < 0 ? undefined : { value: resolvePlainScalar(line.slice(p, end)), end };
  }
  let i = p + 1;
  for (; i < line.length; i++) {
    const ch = line.charCodeAt(i);
    if (ch === 0x2c || ch === 0x5d) break;
    if (ch === 0x5b || ch === 0x7b || ch === 0x7d) return undefined;
    if (ch === 0x23 && line.charCodeAt(i - 1) === 0x20) return undefined;
    if (ch === 0x3a) {
      const next = line.charCodeAt(i + 1);
      if (Number.isNaN(next) || next === 0x20 || next === 0x2c || next === 0x5b || next === 0x5d || next === 0x7b || next === 0x7d) {
        return undefined;
      }
    }
  }
  const end = trimEndSpaces(line, p, i);
  return { value: resolvePlainScalar(line.slice(p, end)), end };
}

/** Reads a one-line flow list of scalars, `[a, "b", 3]`, starting at the `[` at `line[p]`. No trailing comma. */
function readFlowList(line: string, p: number): ScalarRead | undefined {
  const items: unknown[] = [];
  let i = skipSpaces(line, p + 1);
  if (line.charCodeAt(i) === 0x5d) return { value: items, end: i + 1 };
  for (;;) {
    const item = readScalar(line, i, true);
    if (item === undefined) return undefined;
    items.push(item.value);
    i = skipSpaces(line, item.end);
    const c = line.charCodeAt(i);
    if (c === 0x5d) return { value: items, end: i + 1 };
    if (c !== 0x2c) return undefined;
    i = skipSpaces(line, i + 1);
    if (i >= line.length || line.charCodeAt(i) === 0x5d) return undefined;
  }
}

/**
 * After a key with an empty value at line `start - 1`: reads a block list of scalars (`- a`), all at one
 * indentation, or answers `null` when the next content line is another key. `end` is the next line to read.
 */
function readBlockList(lines: string[], start: number): { value: unknown[] | null; end: number } | undefined {
  let indent = -1;
  let items: unknown[] | null = null;
  let i = start;
  for (; i < lines.length; i++) {
    const line = lines[i] as string;
    const ind = skipSpaces(line, 0);
    if (isBlankOrComment(line, ind)) continue;
    const isItem = line.charCodeAt(ind) === 0x2d && (ind + 1 === line.length || line.charCodeAt(ind + 1) === 0x20);
    if (indent < 0) {
      if (!isItem) break;
      indent = ind;
      items = [];
    }
    if (ind !== indent || !isItem) {
      if (ind > indent) return undefined;
      break;
    }
    const p = skipSpaces(line, ind + 1);
    if (p === line.length || (line.charCodeAt(p) === 0x23 && p > ind + 1)) {
      (items as unknown[]).push(null);
      continue;
    }
    const read = readScalar(line, p, false);
    if (read === undefined || !restIsComment(line, read.end)) return undefined;
    (items as unknown[]).push(read.value);
  }
  return { value: items, end: i };
}

/** Is the line (from `from`, past its indentation) empty, spaces only, or a comment? */
function isBlankOrComment(line: string, from: number): boolean {
  const p = skipSpaces(line, from);
  return p === line.length || line.charCodeAt(p) === 0x23;
}

/** Is what follows index `p` only spaces, optionally then a comment that a space separates? */
function restIsComment(line: string, p: number): boolean {
  const q = skipSpaces(line, p);
  return q === line.length || (line.charCodeAt(q) === 0x23 && q > p);
}

function skipSpaces(line: string, p: number): number {
  while (line.charCodeAt(p) === 0x20) p++;
  return p;
}
