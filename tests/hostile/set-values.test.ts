// Item 1 of issue #17: `glimmer set key=value` writes exactly the value typed, unless it is one of
// the documented forms (true/false, a plain number, a [a, b] list, "double-quoted" text), and
// refuses an ambiguous value in one line instead of changing it. No Node or YAML warnings.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseGlimmer } from '@glimmers/core';
import { glimmer, makeVault } from './support/cli.ts';

const NOTE = '---\ntitle: hello # keep me\ntype: note\n---\nbody\n';

function frontmatterOf(file: string): Record<string, unknown> {
  return parseGlimmer(readFileSync(file, 'utf8'), { sections: false }).frontmatter ?? {};
}

function setOne(pair: string, note = NOTE): { file: string; status: number | null; stdout: string; stderr: string } {
  const dir = makeVault({ 'n.md': note });
  const file = join(dir, 'n.md');
  return { file, ...glimmer(['set', file, pair]) };
}

describe('glimmer set writes exactly what was typed', () => {
  // Each of these was written as something else before (null, a cut value, a list, "").
  const texts = ['#work', 'Session #3', '---', '...', '- dash', '&a x', '!custom x', '|', '>', '%x', '@alice', '*star',
    'Note: hello', 'a: b: c', '? key', '`tick`', '{a}', 'yes', 'no', '007', '3.10', '1e3', '.5', '+3', '0x1F', ' padded ', 'tab\there',
    '"Hello," she said', "'Tis the season", 'Maria\'s "plan"', '[[Other note]]', 'é — ünïcödé 😀', ''.padEnd(300, '#x ')];
  it('for text with YAML indicators, numbers that are not plain, quotes and links (one key each)', () => {
    // One note with a key per text, each with a comment on its line, edited in one run.
    const note = `---\n${texts.map((_, i) => `t${i}: hello # keep ${i}\n`).join('')}---\nbody\n`;
    const dir = makeVault({ 'n.md': note });
    const file = join(dir, 'n.md');
    const result = glimmer(['set', file, ...texts.map((text, i) => `t${i}=${text}`)]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const data = frontmatterOf(file);
    texts.forEach((text, i) => expect(data[`t${i}`], `t${i}=${JSON.stringify(text)}`).toBe(text));
    const lines = readFileSync(file, 'utf8').split('\n');
    texts.forEach((_, i) => expect(lines[i + 1]).toMatch(new RegExp(`^t${i}: .* # keep ${i}$`)));
    expect(lines.slice(texts.length + 1).join('\n')).toBe('---\nbody\n');
  });

  it('reads the documented forms: true/false, plain numbers, [a, b] lists, "quoted" text, and key= deletes', () => {
    const dir = makeVault({ 'n.md': NOTE });
    const file = join(dir, 'n.md');
    const result = glimmer(['set', file, 'done=true', 'rating=4', 'ratio=-2.5', 'tags=[work, "a, b", [[Link]]]', 'empty=[]', 'code="42"', 'type=']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const data = frontmatterOf(file);
    expect(data).toEqual({ title: 'hello', done: true, rating: 4, ratio: -2.5, tags: ['work', 'a, b', '[[Link]]'], empty: [], code: '42' });
  });

  it('keeps numbers as text in the format\'s text fields, and whole numbers for intensity and weight', () => {
    const glimmerNote = '---\ntype: glimmer\ncreated: 2026-03-03\n---\n';
    const dir = makeVault({ 'g.md': glimmerNote });
    const file = join(dir, 'g.md');
    const result = glimmer(['set', file, 'moment=3', 'themes=[42, meaning]', 'intensity=4', 'weight=0']);
    expect(result.status).toBe(0);
    const data = frontmatterOf(file);
    expect(data).toMatchObject({ moment: '3', themes: ['42', 'meaning'], intensity: 4, weight: 0 });
  });

  // Ambiguous: refused with one line saying how to write it, and the note is left byte for byte.
  const refused: [string, RegExp][] = [
    ['title=null', /title: .*null/],
    ['title=~', /title: /],
    ['done=True', /true or false/],
    ['title=FALSE', /true or false/],
    ["title='quoted'", /double quotes/],
    ['title="not "one" text"', /double quotes/],
    ['title=[a, b', /list/],
    ['title=[a, , b]', /empty item/],
    ['title=[a, [b]]', /double quotes/],
    ['title=[[a]], [[b]]', /list/],
    ['title=two\nlines', /one line/],
    ['title=bell\u0007', /control character/],
  ];
  for (const [pair, why] of refused) {
    it(`refuses ${JSON.stringify(pair)}`, () => {
      const result = setOne(pair);
      expect(result.status).toBe(2);
      expect(result.stdout).toBe('');
      const lines = result.stderr.split('\n').filter((l) => l !== '');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^glimmer: set: /);
      expect(lines[0]).toMatch(why);
      expect(readFileSync(result.file, 'utf8')).toBe(NOTE);
    });
  }
});
