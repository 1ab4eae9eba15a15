import { describe, expect, it } from 'vitest';
import { editFrontmatter, parseGlimmer, serializeGlimmer, validateFrontmatter, type Glimmer } from '@glimmers/core';

const note = [
  '---',
  'type: glimmer',
  'created: 2026-02-03T14:30',
  'moment: after-session',
  'themes: client-hope',
  'intensity: "4"',
  'weight: 2',
  'body: [shoulders eased]',
  'tags: [work]',
  '---',
  '# A small step',
  '',
  '## What I witnessed',
  '',
  'A client set a boundary.',
  '',
  '```',
  '## not a section',
  '```',
  '',
  '## How it felt in my body',
  'Warm chest.',
  '',
].join('\n');

describe('parseGlimmer', () => {
  it('reads a glimmer with its rules applied', () => {
    const r = parseGlimmer(note);
    expect(r.issues).toEqual([]);
    expect(r.attempted).toBe(true);
    expect(r.glimmer).toMatchObject({
      created: '2026-02-03T14:30',
      day: '2026-02-03',
      moment: 'after-session',
      themes: ['client-hope'],
      intensity: 4,
      weight: 2,
      body: ['shoulders eased'],
      feelings: [],
      grounding: [],
      extra: { tags: ['work'] },
      title: 'A small step',
    });
    expect(r.sections).toEqual([
      { heading: 'What I witnessed', text: 'A client set a boundary.\n\n```\n## not a section\n```' },
      { heading: 'How it felt in my body', text: 'Warm chest.' },
    ]);
  });

  it('skips the body parse when sections is false', () => {
    const r = parseGlimmer(note, { sections: false });
    expect(r.glimmer?.sections).toEqual([]);
    expect(r.glimmer?.title).toBeUndefined();
  });

  it('ignores plain notes silently', () => {
    expect(parseGlimmer('# Shopping\n- milk\n')).toMatchObject({ glimmer: null, attempted: false, issues: [] });
    expect(parseGlimmer('---\ntitle: x\n---\nhi')).toMatchObject({ glimmer: null, attempted: false, issues: [], frontmatter: { title: 'x' } });
  });

  it('reports an attempted glimmer with broken YAML, pointing into the file', () => {
    const r = parseGlimmer('\uFEFF---\ntype: glimmer\ncreated: 2026-02-03\ncreated: 2026-02-04\n---\n');
    expect(r.attempted).toBe(true);
    expect(r.glimmer).toBeNull();
    expect(r.issues.map((i) => [i.code, i.line])).toEqual([['yaml/duplicate-key', 4]]);
  });
});

describe('validateFrontmatter', () => {
  it('treats a non-object as not a glimmer', () => {
    expect(validateFrontmatter(null)).toEqual({ glimmer: null, issues: [] });
    expect(validateFrontmatter(['type', 'glimmer'])).toEqual({ glimmer: null, issues: [] });
  });
  it('rejects an impossible date and a bad intensity', () => {
    const r = validateFrontmatter({ type: 'glimmer', created: '2026-02-30', intensity: 9 });
    expect(r.glimmer).toBeNull();
    expect(r.issues.map((i) => i.code)).toEqual(['created/invalid', 'intensity/invalid']);
  });
});

describe('serializeGlimmer', () => {
  it('writes canonical Markdown that reads back the same', () => {
    const g: Glimmer = {
      created: '2026-02-03', day: '2026-02-03', moment: 'end-of-day', themes: ['meaning', 'my-own'], intensity: 3, weight: 0,
      body: ['warm: chest'], feelings: ['calm'], grounding: [], extra: { tags: ['a'], rating: 'no' }, title: 'Hi',
      sections: [{ heading: 'What I witnessed', text: 'Something.' }],
    };
    const text = serializeGlimmer(g);
    expect(text).toBe(
      '---\ntype: glimmer\ncreated: 2026-02-03\nmoment: end-of-day\nthemes:\n  - meaning\n  - my-own\nintensity: 3\nweight: 0\nbody:\n  - "warm: chest"\nfeelings:\n  - calm\ntags:\n  - a\nrating: no\n---\n\n# Hi\n\n## What I witnessed\n\nSomething.\n',
    );
    expect(parseGlimmer(text).glimmer).toEqual(g);
  });
});

describe('editFrontmatter', () => {
  it('changes only the touched keys and keeps CRLF, BOM and comments', () => {
    const input = '\uFEFF---\r\ntype: glimmer # kind\r\ncreated: "2026-02-03"\r\n\r\nintensity: 2   # first guess\r\nthemes: [a, b]\r\n---\r\nBody\r\n';
    const r = editFrontmatter(input, { intensity: 4, themes: ['c'], weight: 1 });
    expect(r.issues).toEqual([]);
    expect(r.text).toBe('\uFEFF---\r\ntype: glimmer # kind\r\ncreated: "2026-02-03"\r\n\r\nintensity: 4   # first guess\r\nthemes: [c]\r\nweight: 1\r\n---\r\nBody\r\n');
  });
  it('deletes keys with undefined and returns the input for no changes', () => {
    const input = '---\na: 1\nb: 2\n---\n';
    expect(editFrontmatter(input, { b: undefined }).text).toBe('---\na: 1\n---\n');
    expect(editFrontmatter(input, { a: undefined }).text).toBe('---\nb: 2\n---\n');
    expect(editFrontmatter(input, {}).text).toBe(input);
  });
  it('leaves a note with broken frontmatter unchanged and says why', () => {
    const input = '---\na: 1\na: 2\n---\n';
    const r = editFrontmatter(input, { b: 1 });
    expect(r.text).toBe(input);
    expect(r.issues.map((i) => [i.code, i.line])).toEqual([['yaml/duplicate-key', 3]]);
  });
});
