/**
 * The bounded outline (blocks only, then the headings' inline Markdown) finds the same title and
 * sections as remark's full parse, on generated bodies made of the pieces that decide where a
 * section starts: headings in and out of quotes, lists and code, setext underlines, link
 * definitions, HTML blocks and inline markup in headings.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import type { Heading, Root, RootContent } from 'mdast';
import { parseGlimmer } from '@glimmers/core';

const full = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).freeze();

function plain(node: RootContent | Heading): string {
  let text = '';
  const walk = (n: { value?: unknown; children?: unknown[]; type?: string }): void => {
    if (typeof n.value === 'string' && n.type !== 'html') text += n.value;
    else if (n.type === 'break') text += ' ';
    for (const child of (n.children ?? []) as { value?: unknown; children?: unknown[]; type?: string }[]) walk(child);
  };
  walk(node);
  return text.replace(/\s+/g, ' ').trim();
}

/** The outline as remark's full parse gives it (the reading before it was bounded). */
function reference(note: string): { title?: string; sections: { heading: string; text: string }[] } {
  const tree = full.parse(note) as Root;
  const out: { title?: string; sections: { heading: string; text: string }[] } = { sections: [] };
  let open: { heading: string; from: number } | null = null;
  const close = (to: number): void => {
    if (open) out.sections.push({ heading: open.heading, text: note.slice(open.from, to).replace(/\r\n?/g, '\n').trim() });
    open = null;
  };
  for (const node of tree.children) {
    if (node.type !== 'heading' || node.depth > 2) continue;
    close(node.position?.start.offset ?? 0);
    if (node.depth === 1) out.title ??= plain(node);
    else open = { heading: plain(node), from: node.position?.end.offset ?? 0 };
  }
  close(note.length);
  return out;
}

const PIECES = [
  '# A title', '# A *small* `step`', '## What I witnessed', '## What **I** want to remember', '## What I’m carrying ##', '##Not a heading',
  '## [linked][r] and [x](y)', '## \\*escaped\\* &amp; &copy;', '## ![img](i.png) <b>bold</b> <http://a.b>', '## a_b_c snake_case', '## *open',
  'text', 'more *text* [a](', '', '', '> ## quoted', '> text', '- ## in a list', '- item', '  ## indented in item', '1. one', '2) two',
  '```', '```md', '~~~', '    ## indented code', 'Setext title', '===', '---', '***', '[r]: /url "title"', '<div>', '</div>', '<!-- c -->',
  '%% comment %%', '> [r]: /q', '- [r]: /l', '## [r]', 'Setext [r]', '## <span>x</span>', '\t## tab', '   ## three spaces', '## trailing \\', 'a  ', '_*_*', '`a``', '    ', '- - x', '> > ## deep',
];

const bodyArb = fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }).map((lines) => lines.join('\n'));

describe('the bounded outline', () => {
  // Generous timeout: two Markdown parses per generated body on a busy two-core machine.
  it('finds the same title and sections as the full Markdown parse', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(bodyArb, fc.constantFrom('\n', '\r\n'), (body, eol) => {
        const note = `---\ntype: glimmer\ncreated: 2026-03-03\n---\n${body}`.replace(/\n/g, eol);
        const parsed = parseGlimmer(note);
        const expected = reference(note);
        expect({ title: parsed.glimmer?.title, sections: parsed.sections }).toEqual({ title: expected.title, sections: expected.sections });
      }),
      { numRuns: 1000 },
    );
  });
});
