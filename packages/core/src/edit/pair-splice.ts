/**
 * Where one top-level `key: value` pair of a frontmatter sits in its text, and what to splice in
 * to remove or change it, keeping every comment that is not part of the removed or changed value:
 * - removing a key takes its line(s) and the comment on its line, and comment lines indented under
 *   a block value; a comment line after it at the key's own indentation is about what follows, and
 *   stays;
 * - changing a value keeps the comment on the key's line (after a one-line value, after the `:` of a
 *   block value, or on a `|` / `>` header), moved after the `:` when the new value takes several
 *   lines; comments inside the old block value go with it.
 */
import { renderPair } from '../format/serialize.ts';

/** Source offsets as the `yaml` reader gives them: start, end of the value, end of the node. */
export type Range = readonly [number, number, number];

/** A change to the YAML text: replace `from`..`to` with `insert`. */
export interface Splice {
  from: number;
  to: number;
  insert: string;
}

/** Index of the start of the line containing `i`. */
export function lineStart(text: string, i: number): number {
  let j = i;
  while (j > 0 && text[j - 1] !== '\n' && text[j - 1] !== '\r') j--;
  return j;
}

/** From `i`, skips trailing spaces and a comment and includes the line ending, if that is all there is. */
function throughLineEnd(text: string, i: number): number {
  const m = /^[ \t]*(?:#[^\r\n]*)?(?:\r\n|\r|\n|$)/.exec(text.slice(i));
  return m ? i + m[0].length : i;
}

/** From a line start `i`, skips comment lines indented deeper than `indent` (they belong to a block value above). */
function throughIndentedComments(text: string, i: number, indent: number): number {
  let at = i;
  for (;;) {
    const m = /^([ \t]*)#[^\r\n]*(?:\r\n|\r|\n|$)/.exec(text.slice(at));
    if (!m || (m[1] as string).length <= indent || m[0].length === 0) return at;
    at += m[0].length;
  }
}

const atLineStart = (text: string, i: number): boolean => i === 0 || text[i - 1] === '\n' || text[i - 1] === '\r';

/**
 * The span of a pair to remove: from the start of the key's line through its value, the comment on
 * its last line and the line ending, plus comment lines indented under a block value.
 */
export function removalSpan(raw: string, keyStart: number, valueEnd: number, indent: number): { from: number; to: number } {
  const from = lineStart(raw, keyStart);
  let to = atLineStart(raw, valueEnd) ? valueEnd : throughLineEnd(raw, valueEnd);
  if (atLineStart(raw, to)) to = throughIndentedComments(raw, to, indent);
  return { from, to };
}

/** {@link renderPair} indented by `indent`, with the note's line ending. */
export function renderIndented(key: string, value: unknown, indent: number, eol: string, like?: unknown): string {
  const pad = ' '.repeat(indent);
  return renderPair(key, value, like).split('\n').map((line) => (line === '' ? line : pad + line)).join(eol);
}

/**
 * The splice that gives the pair at `keyRange` (value at `valueRange`, or none) the new `value`: the
 * text after the key (`: value`, or `:` and indented block lines), with the comment of the key's
 * line kept, spaces before it as written.
 */
export function changeSplice(raw: string, key: string, value: unknown, keyRange: Range, valueRange: Range | undefined, indent: number, eol: string, like: unknown): Splice {
  const from = keyRange[1];
  let to = valueRange ? valueRange[1] : keyRange[1];
  // Block values end after their last line ending: keep that line ending where it is.
  if (raw[to - 1] === '\n') to -= raw[to - 2] === '\r' ? 2 : 1;
  else if (raw[to - 1] === '\r') to -= 1;
  to = Math.max(from, to);
  const valueStart = valueRange ? valueRange[0] : to;
  let comment = '';
  // The comment after `:` of a block value, or on a `|` / `>` header: both inside the replaced span.
  const beforeValue = /^[ \t]*:([ \t]+#[^\r\n]*)/.exec(raw.slice(from, Math.max(from, valueStart)));
  const header = /^[|>][-+0-9]*([ \t]+#[^\r\n]*)/.exec(raw.slice(valueStart, to));
  if (beforeValue) comment = beforeValue[1] as string;
  else if (header) comment = header[1] as string;
  else if (!/[\r\n]/.test(raw.slice(keyRange[0], to))) {
    // A one-line value: its comment is after it; take it along only when the new value needs lines.
    const after = /^([ \t]+#[^\r\n]*)/.exec(raw.slice(to));
    if (after && /[\r\n]/.test(renderPair(key, value, like))) {
      comment = after[1] as string;
      to += comment.length;
    }
  }
  const bareKey = renderPair(key, null).replace(/:$/, '');
  let insert = renderIndented(key, value, indent, eol, like).slice(indent + bareKey.length);
  if (comment !== '') {
    const lineEnd = insert.indexOf(eol);
    insert = lineEnd < 0 ? insert + comment : insert.slice(0, lineEnd) + comment + insert.slice(lineEnd);
  }
  return { from, to, insert };
}
