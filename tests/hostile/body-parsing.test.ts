/**
 * #17 item 3: reading a note's body is bounded. Before, a "What I want to remember" section of
 * 60 KB of `_*` took 21-42 s to export (the Markdown parser's inline pass grew with the square of
 * the text) and 100 KB of `[a](` 3-5 s; nested lists grew the same way. Now every shape grows at
 * most about linearly with the note's size, in core's `parseGlimmer`, which the command line's
 * exports and the plugin's revisit text both call.
 */
import { describe, expect, it } from 'vitest';
import { parseGlimmer, rememberText } from '@glimmers/core';
import { checkLinearGrowth, describeGrowth } from './support/growth.ts';

const HEAD = '---\ntype: glimmer\ncreated: 2026-03-03\n---\n# A title\n\n## What I witnessed\n\nA small step.\n\n## What I want to remember\n\n';

/** A glimmer whose "What I want to remember" section is `size` characters of `unit` repeated. */
function note(unit: string, size: number): string {
  return HEAD + unit.repeat(Math.ceil(size / unit.length)).slice(0, size) + '\n';
}

/** From about the parser's budget to far past it (a note may have up to 1 MiB). */
const SIZES = [16_384, 32_768, 65_536, 131_072, 262_144];

const SHAPES: readonly [string, string][] = [
  ['emphasis marks', '_*'],
  ['unclosed links', '[a]('],
  ['code span marks', '`a``'],
  ['lines of one letter', 'x\n'],
  ['a flat list', '- a\n'],
  ['nested lists', '- - - - x\n'],
  ['quotes', '> b\n'],
  ['headings with markup', '## *h* _*\n'],
  ['fences', '```\n'],
  ['html lines', '<div>\n'],
];

describe('reading a body (#17 item 3)', () => {
  it.each(SHAPES)('grows at most about linearly with %s', { timeout: 300_000 }, (_name, unit) => {
    // Notes are built before timing; eight reads per size keep the times above the clock's noise.
    const notes = new Map(SIZES.map((size) => [size, note(unit, size)] as const));
    const verdict = checkLinearGrowth((size) => {
      const text = notes.get(size) ?? '';
      for (let i = 0; i < 8; i++) parseGlimmer(text);
    }, { sizes: SIZES });
    expect(verdict.ok, describeGrowth(verdict)).toBe(true);
  });

  it('still reads the sections of an ordinary long glimmer', () => {
    const prose = 'A sentence of an ordinary length, written after a long day of sessions.\n';
    const parsed = parseGlimmer(note(prose, 20_000));
    expect(parsed.issues).toEqual([]);
    expect(parsed.glimmer?.title).toBe('A title');
    expect(rememberText(parsed).startsWith('A sentence of an ordinary length')).toBe(true);
  });

  it('says so when a body is too long to outline, and the glimmer stays valid', () => {
    const parsed = parseGlimmer(note('_*', 200_000));
    expect(parsed.glimmer).not.toBeNull();
    expect(parsed.sections).toEqual([]);
    expect(parsed.issues.map((i) => i.code)).toEqual(['body/too-long']);
    expect(parsed.issues[0]?.message).not.toContain('_*');
  });
});
