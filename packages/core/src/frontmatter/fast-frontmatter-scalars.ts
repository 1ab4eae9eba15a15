/**
 * Scalar pieces of the fast frontmatter scanner (see `fast-frontmatter.ts`): YAML 1.2 core-schema
 * typing of plain scalars and single-line quoted scalars. Every function here answers `undefined`
 * (or `-1`) when it is not sure, and the caller then leaves the whole frontmatter to `yaml`.
 */

// The core schema's tags, in the order the `yaml` package tries them (yaml 2.x
// `dist/schema/core/schema.js`), with the same tests and the same conversions, so a plain scalar
// gets exactly the type and value `yaml.parse(src, { schema: 'core' })` gives it.
const NULL_RE = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL_RE = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT_RE = /^0o[0-7]+$/;
const INT_RE = /^[-+]?[0-9]+$/;
const INT_HEX_RE = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN_RE = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP_RE = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT_RE = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/** Could this plain scalar be anything but a string? Only `~`, `.`, `+`, `-`, digits and n/N/t/T/f/F start one. */
function mayBeTyped(first: number): boolean {
  return (
    (first >= 0x30 && first <= 0x39) || // 0-9
    first === 0x2e || first === 0x2b || first === 0x2d || first === 0x7e || // . + - ~
    first === 0x6e || first === 0x4e || first === 0x74 || first === 0x54 || first === 0x66 || first === 0x46 // nNtTfF
  );
}

/**
 * Types a non-empty plain scalar (already trimmed, single line) under the YAML 1.2 core schema:
 * null, boolean, integer (decimal, `0o` octal, `0x` hex), float (incl. `.inf`, `.nan`, exponents) or string.
 */
export function resolvePlainScalar(text: string): unknown {
  if (!mayBeTyped(text.charCodeAt(0))) return text;
  if (NULL_RE.test(text)) return null;
  if (BOOL_RE.test(text)) return text[0] === 't' || text[0] === 'T';
  if (INT_OCT_RE.test(text)) return parseInt(text.substring(2), 8);
  if (INT_RE.test(text)) return parseInt(text, 10);
  if (INT_HEX_RE.test(text)) return parseInt(text.substring(2), 16);
  if (FLOAT_NAN_RE.test(text)) {
    if (text.slice(-3).toLowerCase() === 'nan') return NaN;
    return text[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  }
  if (FLOAT_EXP_RE.test(text) || FLOAT_RE.test(text)) return parseFloat(text);
  return text;
}

/** The one-character escapes of a double-quoted YAML scalar (YAML 1.2 §5.7), minus `\<tab>`: tabs are declined. */
const DQ_ESCAPES: Readonly<Record<string, string>> = {
  '0': '\0', a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
  N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029', ' ': ' ', '"': '"', '/': '/', '\\': '\\',
};

const HEX_RE = /^[0-9a-fA-F]+$/;

/** A scalar read from a line: its value and the index just past its last character. */
export interface ScalarRead {
  value: unknown;
  end: number;
}

/**
 * Reads a double-quoted scalar that opens at `line[start]` and closes on the same line.
 * Answers `undefined` for a scalar left open (it would continue on the next line) or an unknown escape.
 */
export function readDoubleQuoted(line: string, start: number): ScalarRead | undefined {
  let out = '';
  let run = start + 1;
  for (let i = start + 1; i < line.length; i++) {
    const ch = line.charCodeAt(i);
    if (ch === 0x22) return { value: out + line.slice(run, i), end: i + 1 };
    if (ch !== 0x5c) continue;
    out += line.slice(run, i);
    const next = line[i + 1];
    if (next === undefined) return undefined;
    const simple = DQ_ESCAPES[next];
    if (simple !== undefined && Object.prototype.hasOwnProperty.call(DQ_ESCAPES, next)) {
      out += simple;
      i += 1;
    } else if (next === 'x' || next === 'u' || next === 'U') {
      const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
      const hex = line.slice(i + 2, i + 2 + length);
      if (hex.length !== length || !HEX_RE.test(hex)) return undefined;
      const code = parseInt(hex, 16);
      if (code > 0x10ffff) return undefined;
      out += String.fromCodePoint(code);
      i += 1 + length;
    } else {
      return undefined;
    }
    run = i + 1;
  }
  return undefined;
}

/** Reads a single-quoted scalar (`''` is one quote) that opens at `line[start]` and closes on the same line. */
export function readSingleQuoted(line: string, start: number): ScalarRead | undefined {
  let out = '';
  let run = start + 1;
  for (let i = start + 1; i < line.length; i++) {
    if (line.charCodeAt(i) !== 0x27) continue;
    if (line.charCodeAt(i + 1) === 0x27) {
      out += line.slice(run, i + 1);
      i += 1;
      run = i + 1;
      continue;
    }
    return { value: out + line.slice(run, i), end: i + 1 };
  }
  return undefined;
}

/**
 * Characters that may not start a plain scalar here: YAML's indicators (`-`, `?` and `:` are handled
 * apart), plus `.` and `*`-like reserved ones. Indexed by char code for speed.
 */
const NO_PLAIN_START = new Set(' ,[]{}#&*!|>\'"%@`?:'.split('').map((c) => c.charCodeAt(0)));

/**
 * May a plain scalar start at `line[i]`? `-` only when followed by a character that cannot end it
 * (`-1`, `-x`; not `- x` or a lone `-`), and never on the flow indicators inside a flow list.
 */
export function canStartPlain(line: string, i: number, inFlow: boolean): boolean {
  const c = line.charCodeAt(i);
  if (NO_PLAIN_START.has(c)) return false;
  if (c === 0x2d) {
    const next = line.charCodeAt(i + 1);
    if (Number.isNaN(next) || next === 0x20) return false;
    if (inFlow && (next === 0x2c || next === 0x5b || next === 0x5d || next === 0x7b || next === 0x7d)) return false;
  }
  return true;
}

/** Index past the last non-space character of `line[from, to)` (only U+0020 is trimmed, as YAML does). */
export function trimEndSpaces(line: string, from: number, to: number): number {
  while (to > from && line.charCodeAt(to - 1) === 0x20) to--;
  return to;
}

/**
 * Where a plain scalar in block context that starts at `start` ends: before a ` #` comment or the line end,
 * spaces trimmed. `-1` when it holds `: ` or ends with `:` (a nested mapping or an error in YAML).
 */
export function plainBlockEnd(line: string, start: number): number {
  let end = line.length;
  for (let i = start + 1; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 0x23 && line.charCodeAt(i - 1) === 0x20) {
      end = i;
      break;
    }
    if (c === 0x3a) {
      const next = line.charCodeAt(i + 1);
      if (Number.isNaN(next) || next === 0x20) return -1;
    }
  }
  return trimEndSpaces(line, start, end);
}
