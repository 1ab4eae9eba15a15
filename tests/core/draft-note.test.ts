import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { couldBeGlimmer, DRAFT_NOTE_TYPE, draftNoteText, GlimmerIndex, parseGlimmer, readDraftNote, type GlimmerDraft } from '@glimmers/core';

const DRAFT: GlimmerDraft = {
  title: 'A small step', answers: { witnessed: 'She said no.\nCalmly.', felt: 'Warm chest: "yes".' }, themes: ['client-hope'],
  moment: 'after-session', intensity: 4, weight: 2, body: ['warm chest', 'shoulders'], feelings: ['relief'], grounding: [],
};

describe('draft notes', () => {
  it('writes a readable note that reads back exactly', () => {
    const text = draftNoteText({ key: 'reflection:builtin:session', draft: DRAFT }, '2026-03-04T18:05');
    expect(text.split('\n').slice(0, 5)).toEqual(['---', `type: ${DRAFT_NOTE_TYPE}`, 'draft: reflection:builtin:session', 'updated: 2026-03-04T18:05', 'title: A small step']);
    expect(text).toContain('answer-witnessed: |-\n  She said no.\n  Calmly.');
    expect(text).toContain('not saved yet');
    expect(readDraftNote(text)).toEqual({ key: 'reflection:builtin:session', draft: DRAFT });
  });

  it('is a plain note for every reader of the format: never a glimmer, never an attempted one', () => {
    const text = draftNoteText({ key: 'quick:builtin:quick', draft: DRAFT }, '2026-03-04T18:05');
    expect(couldBeGlimmer(text)).toBe(true);
    expect(parseGlimmer(text)).toMatchObject({ glimmer: null, issues: [] });
    const index = new GlimmerIndex();
    const parsed = parseGlimmer(text);
    if (parsed.glimmer) index.set('Glimmers/Drafts/Unsaved glimmer.md', parsed.glimmer);
    expect(index.size).toBe(0);
  });

  it('reads only draft notes, and drops values of the wrong kind', () => {
    expect(readDraftNote('no frontmatter')).toBeNull();
    expect(readDraftNote('---\ntype: glimmer\ncreated: 2026-03-04\n---\n')).toBeNull();
    expect(readDraftNote('---\ntype: glimmer-draft\n---\n')).toBeNull();
    expect(readDraftNote('---\ntype: glimmer-draft\ndraft: [\n---\n')).toBeNull();
    const odd = readDraftNote('---\ntype: glimmer-draft\ndraft: quick:x\nintensity: 9\nweight: two\nthemes: meaning\nbody: {a: 1}\nanswer-: lost\nanswer-felt: 42\n---\n');
    expect(odd).toEqual({
      key: 'quick:x',
      draft: { title: '', answers: { felt: '42' }, themes: ['meaning'], moment: '', intensity: null, weight: null, body: [], feelings: [], grounding: [] },
    });
  });

  it('reads back any words a person may type (property)', () => {
    const words = fc.string({ unit: 'grapheme', maxLength: 40 });
    const draft = fc.record({
      title: words,
      answers: fc.dictionary(fc.constantFrom('witnessed', 'felt', 'remember', 'section-4'), fc.string({ unit: 'grapheme', maxLength: 200 })),
      themes: fc.array(words.filter((w) => w.trim() !== ''), { maxLength: 3 }),
      moment: fc.constantFrom('', 'after-session', 'end-of-day'),
      intensity: fc.option(fc.integer({ min: 1, max: 5 })),
      weight: fc.option(fc.integer({ min: 0, max: 5 })),
      body: fc.array(words.filter((w) => w.trim() !== ''), { maxLength: 3 }),
      feelings: fc.array(words.filter((w) => w.trim() !== ''), { maxLength: 3 }),
      grounding: fc.array(words.filter((w) => w.trim() !== ''), { maxLength: 3 }),
    });
    fc.assert(fc.property(draft, (d) => {
      const read = readDraftNote(draftNoteText({ key: 'reflection:builtin:session', draft: d }, '2026-03-04T18:05'));
      const kept = Object.fromEntries(Object.entries(d.answers).filter(([, t]) => t.trim() !== ''));
      expect(read?.draft).toEqual({ ...d, title: d.title.trim() === '' ? '' : d.title, answers: kept });
    }), { numRuns: 300 });
  });
});
