/**
 * The format's safety promises beyond the fixtures: nothing throws, nothing pollutes, sizes are
 * counted in UTF-8 bytes, and edits refuse what they cannot do exactly.
 */
import { describe, expect, it } from 'vitest';
import { editFrontmatter, parseGlimmer, validateFrontmatter, MAX_FILE_BYTES, MAX_FRONTMATTER_BYTES } from '@glimmers/core';

const head = '---\ntype: glimmer\ncreated: 2026-02-03\n';

describe('parseGlimmer safety', () => {
  it('keeps a __proto__ key as an ordinary extra key and pollutes nothing', () => {
    const r = parseGlimmer(`${head}__proto__:\n  polluted: true\nconstructor: x\n---\n`);
    expect(r.glimmer).not.toBeNull();
    expect(Object.prototype.hasOwnProperty.call(r.glimmer?.extra, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.getPrototypeOf(r.glimmer?.extra)).toBe(Object.prototype);
  });

  it('reports frontmatter nested too deeply to read as an error instead of crashing', { timeout: 60_000 }, () => {
    const r = parseGlimmer(`${head}x: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n---\n`);
    expect(r.attempted).toBe(true);
    expect(r.glimmer).toBeNull();
    expect(r.issues[0]?.code).toBe('yaml/syntax');
  });

  it.each([
    ['one line of 50,000 nested quotes', `${'> '.repeat(50_000)}deep\n`],
    ['one line of 4,000 nested list markers', `${'- '.repeat(4_000)}deep\n`],
    ['many moderately nested lines', `${'- - - - x\n'.repeat(2_000)}`],
    ['a staircase of indented lists', Array.from({ length: 500 }, (_, i) => `${' '.repeat(2 * i)}- x`).join('\n')],
  ])('keeps the glimmer but skips the outline of a body with %s (the Markdown parser would take seconds)', { timeout: 60_000 }, (_name, body) => {
    const r = parseGlimmer(`${head}---\n## Before\n\n${body}\n\n## After\n\ntext\n`);
    expect(r.glimmer?.created).toBe('2026-02-03');
    expect(r.glimmer?.sections).toEqual([]);
    // Past the outline's budget the body is too long before it is found too nested (docs/format.md).
    expect(r.issues.map((i) => [i.severity, i.code, i.line])).toEqual([['warning', _name === 'many moderately nested lines' ? 'body/too-long' : 'body/too-nested', 5]]);
  });

  it('outlines ordinary nested lists and quotes', () => {
    const body = '## What I witnessed\n\n- a\n  - b\n    - c\n\n> quoted\n> > twice\n\n1. one\n2. two\n';
    const r = parseGlimmer(`${head}---\n${body}`);
    expect(r.issues).toEqual([]);
    expect(r.glimmer?.sections.map((s) => s.heading)).toEqual(['What I witnessed']);
  });

  it('never throws on input that is not a string', () => {
    expect(parseGlimmer(undefined as unknown as string)).toMatchObject({ glimmer: null, attempted: false, issues: [] });
    expect(parseGlimmer(42 as unknown as string).issues).toEqual([]);
  });

  it('counts the 1 MiB limit in UTF-8 bytes, not characters', { timeout: 60_000 }, () => {
    const fm = `${head}---\n`;
    // 'é' is two bytes in UTF-8: a file of exactly 1 MiB is read, one byte more is not.
    const fill = (bytes: number): string => 'é'.repeat(Math.floor(bytes / 2)) + 'a'.repeat(bytes % 2);
    const exact = fm + fill(MAX_FILE_BYTES - fm.length);
    expect(parseGlimmer(exact, { sections: false }).glimmer).not.toBeNull();
    const over = exact + 'a';
    expect(parseGlimmer(over, { sections: false }).issues.map((i) => i.code)).toEqual(['file/too-large']);
    // The same number of characters, but one byte each: well under the limit.
    expect(parseGlimmer(fm + 'a'.repeat(MAX_FILE_BYTES / 2 + 10), { sections: false }).glimmer).not.toBeNull();
  });

  it('counts the 64 KiB frontmatter limit in UTF-8 bytes', () => {
    const value = (bytes: number): string => `note: "${'😊'.repeat(bytes / 4)}"\n`;
    const room = MAX_FRONTMATTER_BYTES - 'type: glimmer\ncreated: 2026-02-03\n'.length - 'note: ""'.length;
    const fits = `${head}${value(room - (room % 4))}---\n`;
    expect(parseGlimmer(fits).glimmer).not.toBeNull();
    const over = `${head}${value(room - (room % 4) + 4)}---\n`;
    expect(parseGlimmer(over).issues.map((i) => i.code)).toEqual(['frontmatter/too-large']);
  });

  it('ignores a plain note that is too large, silently', () => {
    expect(parseGlimmer('# Big\n' + 'x'.repeat(MAX_FILE_BYTES + 1))).toMatchObject({ attempted: false, issues: [] });
  });

  it('reads sections only for notes that mean to be glimmers', () => {
    expect(parseGlimmer('---\ntitle: x\n---\n## A\n\ntext\n').sections).toEqual([]);
  });

  it('checks themes against the vocabulary it is given', () => {
    const r = parseGlimmer(`${head}themes: [gratitude, meaning]\n---\n`, { themes: ['gratitude'] });
    expect(r.issues.map((i) => [i.code, i.message.includes('“meaning”')])).toEqual([['themes/unknown', true]]);
  });
});

describe('validateFrontmatter on what Obsidian\'s metadata cache gives', () => {
  const base = { type: 'glimmer', created: '2026-02-03' };

  it('reads numbers and numeric strings alike', () => {
    expect(validateFrontmatter({ ...base, intensity: 4, weight: '0' }).glimmer).toMatchObject({ intensity: 4, weight: 0 });
    expect(validateFrontmatter({ ...base, intensity: ' 3 ' }).glimmer?.intensity).toBe(3);
  });

  it.each([[9], [2.5], [-1], ['lots'], [true], [[3]], [Number.NaN], ['']])('rejects intensity %j as an error unless empty', (value) => {
    const r = validateFrontmatter({ ...base, intensity: value });
    if (value === '') expect(r.glimmer).not.toBeNull();
    else expect(r.issues.map((i) => i.code)).toEqual(['intensity/invalid']);
  });

  it('treats a Date object for created as invalid (dates must be written as text)', () => {
    expect(validateFrontmatter({ ...base, created: new Date('2026-02-03') }).issues.map((i) => i.code)).toEqual(['created/invalid']);
  });

  it('treats anything but a plain object with type glimmer as a plain note', () => {
    for (const data of [undefined, null, 'type: glimmer', 3, [base], new Map(Object.entries(base)), { ...base, type: 'Glimmer' }]) {
      expect(validateFrontmatter(data)).toEqual({ glimmer: null, issues: [] });
    }
  });

  it('does not hand back the caller\'s objects mutated', () => {
    const data = Object.freeze({ ...base, themes: Object.freeze(['meaning']), tags: Object.freeze(['a']) });
    const r = validateFrontmatter(data);
    expect(r.glimmer?.themes).toEqual(['meaning']);
    expect(r.glimmer?.extra).toEqual({ tags: ['a'] });
  });
});

describe('editFrontmatter refuses what it cannot do exactly', () => {
  const note = "---\ntype: glimmer\ncreated: '2026-02-03'\n---\nbody\n---\nnot frontmatter: 1\n";

  it.each([
    ['a function', { a: () => 1 }],
    ['a Date', { a: new Date() }],
    ['a nested undefined', { a: [undefined] }],
    ['a key with a line break', { 'a\nb': 1 }],
  ])('rejects %s and leaves the note unchanged', (_name, changes) => {
    const r = editFrontmatter(note, changes as Record<string, unknown>);
    expect(r.text).toBe(note);
    expect(r.issues.map((i) => i.code)).toEqual(['edit/invalid-value']);
  });

  it('rejects changes that are not an object', () => {
    expect(editFrontmatter(note, null as unknown as Record<string, unknown>).issues.map((i) => i.code)).toEqual(['edit/invalid-value']);
  });

  it('leaves a value that is already so byte for byte (its quotes stay)', () => {
    expect(editFrontmatter(note, { created: '2026-02-03', type: 'glimmer' })).toEqual({ text: note, issues: [] });
  });

  it('never touches a --- block in the body', () => {
    const r = editFrontmatter(note, { intensity: 3 });
    expect(r.text).toBe("---\ntype: glimmer\ncreated: '2026-02-03'\nintensity: 3\n---\nbody\n---\nnot frontmatter: 1\n");
  });

  it('refuses a frontmatter written as one { … } mapping', () => {
    const flow = '---\n{type: glimmer, created: 2026-02-03}\n---\n';
    expect(editFrontmatter(flow, { intensity: 2 })).toEqual({ text: flow, issues: [expect.objectContaining({ code: 'edit/unsupported' })] });
  });

  it('adds keys with the indentation of the existing ones, quoting what YAML needs', () => {
    const r = editFrontmatter('---\n  type: glimmer\n  created: 2026-02-03\n---\n', { 'a: b': '@me', list: ['x #1'] });
    expect(r.text).toBe('---\n  type: glimmer\n  created: 2026-02-03\n  "a: b": "@me"\n  list:\n    - "x #1"\n---\n');
  });

  it('writes an empty value as `key:`, as Obsidian does', () => {
    expect(editFrontmatter('---\na: 1\n---\n', { a: null, b: null }).text).toBe('---\na:\nb:\n---\n');
  });

  it('with no changes returns the input even when its frontmatter is broken', () => {
    const broken = '---\na: [\n---\n';
    expect(editFrontmatter(broken, {})).toEqual({ text: broken, issues: [] });
  });
});
