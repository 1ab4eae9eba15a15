/**
 * Finding the frontmatter block with exactly the rules of remark-frontmatter
 * (micromark-extension-frontmatter), so the core and the Markdown parser always agree.
 */

/** Where the frontmatter of a note is. All offsets are UTF-16 indexes into the ORIGINAL string (BOM included). */
export interface FrontmatterSplit {
  /** `'\uFEFF'` when the text starts with a byte order mark, else `''`. */
  bom: string;
  /** The line ending of the opening fence (`'\n'`, `'\r\n'` or `'\r'`); `'\n'` when there is no frontmatter. */
  eol: string;
  /** The YAML text between the fences without its final line ending, or `null` when the note has no frontmatter. */
  raw: string | null;
  /** Index of the first character of the YAML (just after the opening fence's line ending); `bom.length` when none. */
  contentStart: number;
  /** Index of the closing fence's first `-` (new keys go here); `bom.length` when none. */
  contentEnd: number;
  /** Index where the Markdown body starts (after the closing fence and its line ending). */
  bodyStart: number;
  /** 1-based file line of the first YAML line (2 when there is frontmatter; 1 otherwise). */
  frontmatterLine: number;
  /** 1-based file line where the body starts. */
  bodyLine: number;
}

const isSpace = (c: number): boolean => c === 0x20 || c === 0x09;
const isEol = (c: number): boolean => c === 0x0a || c === 0x0d;

/** Index after the line ending at `i` (which must be `\r`, `\n` or `\r\n`). */
function afterEol(text: string, i: number): number {
  return text.charCodeAt(i) === 0x0d && text.charCodeAt(i + 1) === 0x0a ? i + 2 : i + 1;
}

/**
 * If a fence line (`---`, then only spaces or tabs) starts at `i`, returns the index of its line
 * ending (or `text.length` at the end of the text), else -1. `----` is not a fence.
 */
export function fenceEnd(text: string, i: number): number {
  if (text.charCodeAt(i) !== 0x2d || text.charCodeAt(i + 1) !== 0x2d || text.charCodeAt(i + 2) !== 0x2d) return -1;
  let j = i + 3;
  while (j < text.length && isSpace(text.charCodeAt(j))) j++;
  return j === text.length || isEol(text.charCodeAt(j)) ? j : -1;
}

/**
 * Splits a note into BOM, frontmatter and body. Frontmatter exists only when the very first line
 * (after an optional BOM) is `---` (trailing spaces allowed) and a later line is `---` too.
 * A blank line before the fence, or a missing closing fence, means no frontmatter:
 * `raw` is `null` and the whole text (after the BOM) is body. Never throws.
 */
export function splitFrontmatter(markdown: string): FrontmatterSplit {
  const text = typeof markdown === 'string' ? markdown : '';
  const bom = text.charCodeAt(0) === 0xfeff ? '\uFEFF' : '';
  const start = bom.length;
  const none: FrontmatterSplit = {
    bom, eol: '\n', raw: null, contentStart: start, contentEnd: start, bodyStart: start, frontmatterLine: 1, bodyLine: 1,
  };
  const openEnd = fenceEnd(text, start);
  // The opening fence needs a line ending after it.
  if (openEnd < 0 || openEnd >= text.length) return none;
  const eol = text.charCodeAt(openEnd) === 0x0d && text.charCodeAt(openEnd + 1) === 0x0a ? '\r\n' : text[openEnd] ?? '\n';
  const contentStart = afterEol(text, openEnd);
  let line = 2;
  let i = contentStart;
  while (i <= text.length) {
    const close = fenceEnd(text, i);
    if (close >= 0) {
      // The YAML ends before the line ending that precedes the closing fence (none when the block is empty).
      let rawEnd = i;
      if (i > contentStart) rawEnd = text.charCodeAt(i - 1) === 0x0a && text.charCodeAt(i - 2) === 0x0d ? i - 2 : i - 1;
      const bodyStart = close < text.length ? afterEol(text, close) : close;
      return {
        bom, eol, raw: text.slice(contentStart, Math.max(contentStart, rawEnd)), contentStart, contentEnd: i, bodyStart,
        frontmatterLine: 2, bodyLine: close < text.length ? line + 1 : line,
      };
    }
    // Move to the next line; an unclosed fence is not frontmatter.
    let j = i;
    while (j < text.length && !isEol(text.charCodeAt(j))) j++;
    if (j >= text.length) return none;
    i = afterEol(text, j);
    line++;
  }
  return none;
}
