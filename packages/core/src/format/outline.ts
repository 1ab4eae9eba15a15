/**
 * Reading a glimmer's body: the optional `# Title` and the `##` sections, with remark, so that a
 * `## heading` inside a code block or a quote is not a section.
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

// Frozen once: a processor is configuration only, it keeps no state between parses.
const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).freeze();

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
 * Whether a body is too deeply nested for the Markdown parser to finish in reasonable time.
 * micromark's work grows faster than linearly with nested lists and quotes (measured: one line of
 * 4,000 `- ` took 5 s; 2,000 lines of `- - - - x` took 8 s on a loaded two-core machine; at the limits below, about 1 s), while
 * real glimmers nest two or three levels. Each line's depth is its `>` and list markers plus one
 * per four columns of indentation. One linear pass, no regular expressions.
 */
export function tooNestedToOutline(text: string): boolean {
  let total = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    let depth = 0;
    let cols = 0;
    // Walk the line's container prefix: spaces, tabs, `>`, and list markers followed by a space.
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 0x20) { cols++; i++; }
      else if (c === 0x09) { cols += 4; i++; }
      else if (c === 0x3e) { depth++; i++; }
      else if ((c === 0x2d || c === 0x2a || c === 0x2b) && (text.charCodeAt(i + 1) === 0x20 || text.charCodeAt(i + 1) === 0x09)) { depth++; i++; }
      else if (c >= 0x30 && c <= 0x39) {
        let j = i;
        while (j < n && j - i < 9 && text.charCodeAt(j) >= 0x30 && text.charCodeAt(j) <= 0x39) j++;
        const m = text.charCodeAt(j);
        if ((m === 0x2e || m === 0x29) && (text.charCodeAt(j + 1) === 0x20 || text.charCodeAt(j + 1) === 0x09)) { depth++; i = j + 1; }
        else break;
      } else break;
    }
    depth += Math.floor(cols / 4);
    if (depth > MAX_LINE_NESTING) return true;
    total += depth;
    if (total > MAX_TOTAL_NESTING) return true;
    while (i < n && text.charCodeAt(i) !== 0x0a && text.charCodeAt(i) !== 0x0d) i++;
    i++;
  }
  return false;
}

/**
 * Finds the `# Title` (the first level-1 heading) and the `##` sections of a whole note
 * (frontmatter included, BOM removed). A section runs from its heading to the next heading of
 * level 1 or 2; its text is the Markdown as written, trimmed, with line endings as `\n`.
 */
export function outlineBody(markdownWithoutBom: string): BodyOutline {
  const tree = processor.parse(markdownWithoutBom) as Root;
  const outline: BodyOutline = { sections: [] };
  let open: { heading: string; from: number } | null = null;
  const close = (to: number): void => {
    if (open === null) return;
    const text = markdownWithoutBom.slice(open.from, to).replace(/\r\n?/g, '\n').trim();
    outline.sections.push({ heading: open.heading, text });
    open = null;
  };
  for (const node of tree.children) {
    if (node.type !== 'heading' || node.depth > 2) continue;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) continue;
    close(start);
    if (node.depth === 1) {
      if (outline.title === undefined) outline.title = plainText(node);
    } else open = { heading: plainText(node), from: end };
  }
  close(markdownWithoutBom.length);
  return outline;
}
