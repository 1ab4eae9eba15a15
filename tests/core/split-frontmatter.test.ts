import fc from 'fast-check';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '@glimmers/core';

const remark = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);

/** What remark-frontmatter finds: the yaml node's value, or null. */
function remarkYaml(text: string): string | null {
  const tree = remark.parse(text);
  const first = tree.children[0];
  return first?.type === 'yaml' ? first.value : null;
}

describe('splitFrontmatter', () => {
  it('finds the block, the body and the line of the first YAML line', () => {
    const s = splitFrontmatter('---\na: 1\n---\nbody\n');
    expect(s).toMatchObject({ bom: '', eol: '\n', raw: 'a: 1', bodyStart: 13, frontmatterLine: 2, bodyLine: 4 });
  });

  it('keeps offsets in the original string when there is a BOM and CRLF', () => {
    const text = '\uFEFF---\r\na: 1\r\n---\r\nbody';
    const s = splitFrontmatter(text);
    expect(s).toMatchObject({ bom: '\uFEFF', eol: '\r\n', raw: 'a: 1' });
    expect(text.slice(s.bodyStart)).toBe('body');
    expect(text.slice(s.contentStart, s.contentEnd)).toBe('a: 1\r\n');
  });

  it.each([
    ['blank line before the fence', '\n---\na: 1\n---\n'],
    ['unclosed fence', '---\na: 1\n'],
    ['four dashes', '----\na: 1\n----\n'],
    ['... as the closer', '---\na: 1\n...\n'],
    ['fence with text after it', '--- yaml\na: 1\n---\n'],
    ['only a fence', '---'],
    ['indented fence', ' ---\na: 1\n---\n'],
  ])('finds no frontmatter with a %s', (_name, text) => {
    expect(splitFrontmatter(text).raw).toBeNull();
    expect(remarkYaml(text)).toBeNull();
  });

  it('allows spaces and tabs after the fences, and an empty block', () => {
    expect(splitFrontmatter('--- \t\na: 1\n---  \nx').raw).toBe('a: 1');
    expect(splitFrontmatter('---\n---\n').raw).toBe('');
    expect(splitFrontmatter('---\n---').bodyStart).toBe(7);
  });

  // Generous timeout: thousands of runs on a busy two-core machine; not a speed test.
  it('agrees with remark-frontmatter on any text', { timeout: 120_000 }, () => {
    const piece = fc.oneof(
      fc.constantFrom('---', '--- ', '----', '\n', '\r\n', '\r', '\t', ' ', '\uFEFF', 'a: 1', '...', '-'),
      fc.string({ maxLength: 5 }),
    );
    const text = fc.array(piece, { maxLength: 12 }).map((p) => p.join(''));
    fc.assert(
      fc.property(text, (t) => {
        const s = splitFrontmatter(t);
        const expected = remarkYaml(t);
        expect(s.raw === null).toBe(expected === null);
        // remark keeps line endings inside the value as written; so do we.
        if (expected !== null) expect(s.raw).toBe(expected);
      }),
      { numRuns: 3000 },
    );
  });
});
