/**
 * Reading a glimmer's body: the optional `# Title` and the `##` sections, with remark, so that a
 * `## heading` inside a code block or a quote is not a section.
 *
 * Bounded: the body is read for its blocks only (remark with emphasis, links, code spans and the
 * other inline constructs switched off), because inline parsing costs grow with the square of some
 * texts (60 KB of `_*` took half a minute) and sections need only headings and where they are.
 * The inline Markdown of the `#` and `##` headings alone is then read to give their plain text.
 * A body whose blocks would still take long (see {@link outlineObstacle}) is not outlined.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import type { Heading, Root, RootContent } from 'mdast';
import type { GlimmerSection } from './types.ts';

/** The title and sections of a body. */
export interface BodyOutline {
  title?: string;
  sections: GlimmerSection[];
}

// micromark's inline constructs: none of them can change where a block starts or ends.
const INLINE_CONSTRUCTS = [
  'attention', 'autolink', 'characterEscape', 'characterReference', 'codeText', 'hardBreakEscape', 'htmlText', 'labelEnd',
  'labelStartImage', 'labelStartLink',
];

/** A unified plugin: parse blocks only (paragraph and heading text is kept as written). */
function blocksOnly(this: { data(): { micromarkExtensions?: unknown[] } }): void {
  const data = this.data();
  data.micromarkExtensions = [...(data.micromarkExtensions ?? []), { disable: { null: INLINE_CONSTRUCTS } }];
}

// Frozen once: a processor is configuration only, it keeps no state between parses.
const blockProcessor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(blocksOnly as never).freeze();
const inlineProcessor = unified().use(remarkParse).freeze();

/** The plain text of a heading (what a reader sees: `## *What* I witnessed` → `What I witnessed`). */
function plainText(node: RootContent | Heading): string {
  let text = '';
  const stack: unknown[] = [node];
  while (stack.length > 0) {
    const current = stack.pop() as { value?: unknown; children?: unknown[]; type?: string };
    if (typeof current.value === 'string' && current.type !== 'html') text += current.value;
    else if (current.type === 'break') text += ' ';
    if (Array.isArray(current.children)) for (let i = current.children.length - 1; i >= 0; i--) stack.push(current.children[i]);
  }
  return text.replace(/\s+/g, ' ').trim();
}

/** Deepest container nesting (quotes, list markers, indentation) of one line that the outline will parse. */
export const MAX_LINE_NESTING = 8;
/** Largest sum of every line's nesting that the outline will parse. */
export const MAX_TOTAL_NESTING = 2_000;
/**
 * Largest body the outline reads, in units of work, about 20 µs of remark's time each on a loaded
 * two-core machine: one per line and per 4,096 characters (a long line of text is cheap); eight more per list or quote marker and
 * per line that may be a `#`/`##` heading, a setext underline, a code fence or HTML; one per eight
 * characters that inline Markdown uses (each is a token of its own), and one per such character in
 * a heading line, whose inline Markdown is read in full. Quotes, lists and HTML blocks of many lines
 * grow faster than linearly in remark, so they weigh most.
 */
export const MAX_OUTLINE_WORK = 600;
/** Longest heading (in characters, as written) whose inline Markdown is read; longer ones are taken as written. */
export const MAX_HEADING_MARKUP = 200;

/** Why a body is not outlined, or `null` when it is. */
export type OutlineObstacle = 'too-nested' | 'too-long' | null;

/** After a line's container prefix: whether the line may be a level 1-2 heading, a setext underline, a fence or HTML. */
function mayBeBlockMark(text: string, i: number, n: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 0x23) {
    const next = text.charCodeAt(i + 1) === 0x23 ? i + 2 : i + 1;
    const after = next < n ? text.charCodeAt(next) : 0x0a;
    return after === 0x20 || after === 0x09 || after === 0x0a || after === 0x0d;
  }
  if (c === 0x3c) return true;
  if (c === 0x60 || c === 0x7e) return text.charCodeAt(i + 1) === c && text.charCodeAt(i + 2) === c;
  if (c !== 0x3d && c !== 0x2d) return false;
  let j = i;
  while (j < n && text.charCodeAt(j) === c) j++;
  while (j < n && (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0x09)) j++;
  return j >= n || text.charCodeAt(j) === 0x0a || text.charCodeAt(j) === 0x0d;
}

/** Whether a character code is one that inline Markdown reads (`\ ` * _ [ ] ! < & ( )`). */
function isInlineMark(c: number): boolean {
  return c === 0x5c || c === 0x60 || c === 0x2a || c === 0x5f || c === 0x5b || c === 0x5d || c === 0x21 || c === 0x3c || c === 0x26 || c === 0x28 || c === 0x29;
}

/**
 * Whether a body would take the Markdown parser too long, and why. micromark's work grows faster
 * than linearly with nested lists and quotes (measured: one line of 4,000 `- ` took 5 s; 2,000 lines
 * of `- - - - x` took 8 s) and costs about 20 µs per line and 150 µs per list item on a loaded
 * two-core machine, while real glimmers are a few dozen lines that nest two or three levels. Each
 * line's depth is its `>` and list markers plus one per four columns of indentation. One linear
 * pass, no regular expressions.
 */
export function outlineObstacle(text: string): OutlineObstacle {
  let total = 0;
  let work = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    let depth = 0;
    let markers = 0;
    let cols = 0;
    // Walk the line's container prefix: spaces, tabs, `>`, and list markers followed by a space.
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 0x20) { cols++; i++; }
      else if (c === 0x09) { cols += 4; i++; }
      else if (c === 0x3e) { depth++; markers++; i++; }
      else if ((c === 0x2d || c === 0x2a || c === 0x2b) && (text.charCodeAt(i + 1) === 0x20 || text.charCodeAt(i + 1) === 0x09)) { depth++; markers++; i++; }
      else if (c >= 0x30 && c <= 0x39) {
        let j = i;
        while (j < n && j - i < 9 && text.charCodeAt(j) >= 0x30 && text.charCodeAt(j) <= 0x39) j++;
        const m = text.charCodeAt(j);
        if ((m === 0x2e || m === 0x29) && (text.charCodeAt(j + 1) === 0x20 || text.charCodeAt(j + 1) === 0x09)) { depth++; markers++; i = j + 1; }
        else break;
      } else break;
    }
    depth += Math.floor(cols / 4);
    if (depth > MAX_LINE_NESTING) return 'too-nested';
    total += depth;
    if (total > MAX_TOTAL_NESTING) return 'too-nested';
    const mark = mayBeBlockMark(text, i, n);
    const from = i;
    let marks = 0;
    while (i < n && text.charCodeAt(i) !== 0x0a && text.charCodeAt(i) !== 0x0d) {
      if (isInlineMark(text.charCodeAt(i))) marks++;
      i++;
      // A long line is judged as it goes, so the pass stops soon after the budget whatever the shape.
      if (((i - from) & 4095) === 0 && work + (i - from) / 4096 + marks / 8 > MAX_OUTLINE_WORK) return 'too-long';
    }
    work += 1 + (i - from) / 4096 + 8 * markers + (mark ? 8 + marks : marks / 8);
    if (work > MAX_OUTLINE_WORK) return 'too-long';
    if (text.charCodeAt(i) === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
    i++;
  }
  return null;
}

/** Whether a body is too deeply nested to outline (see {@link outlineObstacle}). */
export function tooNestedToOutline(text: string): boolean {
  return outlineObstacle(text) === 'too-nested';
}

const MARKUP = /[\\`*_[\]!<&]/;

/** The labels of every link definition in a tree, as written. */
function definitionLabels(tree: Root): string[] {
  const labels: string[] = [];
  const stack: { type: string; label?: string | null; children?: unknown[] }[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node?.type === 'definition' && typeof node.label === 'string') labels.push(node.label);
    if (Array.isArray(node?.children)) stack.push(...(node.children as typeof stack));
  }
  return labels;
}

/**
 * The plain text of each heading. Without inline markup, the block parse already has it; the
 * others are read again, together, as headings of their own (with the labels of the note's link
 * definitions, so `[text][ref]` reads as `text`), each at most {@link MAX_HEADING_MARKUP} long.
 */
function headingTexts(source: string, tree: Root, headings: readonly Heading[]): string[] {
  const texts = headings.map((h) => plainText(h));
  const again: number[] = [];
  const parts: string[] = [];
  for (let k = 0; k < headings.length; k++) {
    const start = headings[k]?.position?.start.offset ?? 0;
    const end = headings[k]?.position?.end.offset ?? 0;
    const written = source.slice(start, end);
    if (!MARKUP.test(written) || written.length > MAX_HEADING_MARKUP) continue;
    again.push(k);
    parts.push(written);
  }
  if (parts.length === 0) return texts;
  // A definition anywhere (in a list or a quote too) makes `[text][label]` a link; only its label matters here.
  if (parts.some((p) => p.includes('['))) parts.push(...definitionLabels(tree).map((label) => `[${label}]: x`));
  const reread = inlineProcessor.parse(parts.join('\n\n')).children.filter((node): node is Heading => node.type === 'heading');
  // Each part is one heading on its own, so they come back one for one; anything else keeps the written text.
  if (reread.length !== again.length) return texts;
  again.forEach((k, at) => {
    const node = reread[at];
    if (node) texts[k] = plainText(node);
  });
  return texts;
}

/**
 * Finds the `# Title` (the first level-1 heading) and the `##` sections of a whole note
 * (frontmatter included, BOM removed). A section runs from its heading to the next heading of
 * level 1 or 2; its text is the Markdown as written, trimmed, with line endings as `\n`.
 * Call {@link outlineObstacle} on the body first: this parse is bounded only for bodies it allows.
 */
export function outlineBody(markdownWithoutBom: string): BodyOutline {
  const tree = blockProcessor.parse(markdownWithoutBom);
  const headings = tree.children.filter((node): node is Heading => node.type === 'heading' && node.depth <= 2 && node.position?.start.offset !== undefined && node.position.end.offset !== undefined);
  const texts = headingTexts(markdownWithoutBom, tree, headings);
  const outline: BodyOutline = { sections: [] };
  let open: { heading: string; from: number } | null = null;
  const close = (to: number): void => {
    if (open === null) return;
    const text = markdownWithoutBom.slice(open.from, to).replace(/\r\n?/g, '\n').trim();
    outline.sections.push({ heading: open.heading, text });
    open = null;
  };
  headings.forEach((node, k) => {
    close(node.position?.start.offset ?? 0);
    const text = texts[k] ?? '';
    if (node.depth === 1) {
      if (outline.title === undefined) outline.title = text;
    } else open = { heading: text, from: node.position?.end.offset ?? 0 };
  });
  close(markdownWithoutBom.length);
  return outline;
}
