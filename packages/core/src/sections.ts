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
