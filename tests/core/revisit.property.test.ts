/**
 * Properties of choosing a glimmer to reread (core `revisit/`), over generated vaults: never one
 * without words, never one from the last 14 days, the same choice all day, "Show another" never
 * repeats until all are seen, and the index and a plain list give the same order.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addDays, chooseRevisit, GlimmerIndex, lastRevisitDay, localDate, nextRevisit, onThisDay, revisitSourceOf, revisitText, revisitTier,
  revisitWindow, type Glimmer, type IndexEntry,
} from '@glimmers/core';
import { glimmer } from './support/glimmers.ts';

const TODAY = '2026-06-26';
const TEXTS = ['', 'Awkward is fine.', '%% a prompt left empty %%', 'She laughed for the first time.\n\nI felt it in my chest.'];

/** A glimmer within 60 days before (or a few after) today, with or without words in either section. */
const glimmerArb: fc.Arbitrary<Glimmer> = fc
  .record({
    back: fc.integer({ min: -3, max: 60 }),
    time: fc.option(fc.constantFrom('T08:00', 'T17:45', 'T23:59'), { nil: undefined }),
    themes: fc.subarray(['meaning', 'presence', 'client-hope']),
    intensity: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
    weight: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
    remember: fc.option(fc.constantFrom(...TEXTS), { nil: undefined }),
    witnessed: fc.option(fc.constantFrom(...TEXTS), { nil: undefined }),
  })
  .map(({ back, time, themes, intensity, weight, remember, witnessed }) => {
    const g = glimmer((addDays(TODAY, -back) as string) + (time ?? ''), { themes });
    if (intensity !== undefined) g.intensity = intensity;
    if (weight !== undefined) g.weight = weight;
    if (witnessed !== undefined) g.sections.push({ heading: 'What I witnessed', text: witnessed });
    if (remember !== undefined) g.sections.push({ heading: 'What I want to remember', text: remember });
    return g;
  });

const vaultArb: fc.Arbitrary<IndexEntry[]> = fc
  .array(glimmerArb, { maxLength: 40 })
  .map((list) => list.map((g, i) => ({ path: `Glimmers/${String(i).padStart(3, '0')} note.md`, glimmer: g })));

const hasWords = (e: IndexEntry): boolean => revisitText(e.glimmer) !== null;
const eligible = (e: IndexEntry): boolean => e.glimmer.day <= (lastRevisitDay(TODAY) as string);

describe('revisit (properties)', () => {
  it('never offers a glimmer without words, nor one from the last 14 days', () => {
    fc.assert(fc.property(vaultArb, fc.nat(50), (entries, steps) => {
      const source = revisitSourceOf(entries);
      let choice = chooseRevisit(source, { today: TODAY });
      expect(choice === null).toBe(!entries.some((e) => eligible(e) && hasWords(e)));
      for (let i = 0; choice !== null && i < steps; i++) {
        expect(hasWords(choice.entry)).toBe(true);
        expect(choice.text.text.trim()).not.toBe('');
        expect(choice.text.text).not.toContain('%%');
        expect(choice.entry.glimmer.day <= (addDays(TODAY, -14) as string)).toBe(true);
        choice = nextRevisit(source, { today: TODAY, after: choice.position });
      }
    }), { numRuns: 300 });
  });

  it('makes the same choice all day: at any hour, in any order, whatever was written since', () => {
    fc.assert(fc.property(vaultArb, fc.array(glimmerArb, { maxLength: 5 }), fc.integer({ min: 0, max: 23 }), (entries, later, hour) => {
      const morning = chooseRevisit(revisitSourceOf(entries), { today: localDate(new Date(2026, 5, 26, 0, 1)) });
      // Notes written later in the day (only recent ones: a new glimmer is never 14 days old).
      const written = later.filter((g) => g.day > (lastRevisitDay(TODAY) as string)).map((g, i) => ({ path: `Glimmers/new ${i}.md`, glimmer: g }));
      const evening = chooseRevisit(revisitSourceOf([...written, ...entries].reverse()), { today: localDate(new Date(2026, 5, 26, hour, 59)) });
      expect(evening?.entry.path).toBe(morning?.entry.path);
    }), { numRuns: 300 });
  });

  it('steps through every glimmer with words before showing any again', () => {
    fc.assert(fc.property(vaultArb, (entries) => {
      const source = revisitSourceOf(entries);
      const withWords = entries.filter((e) => eligible(e) && hasWords(e)).map((e) => e.path).sort();
      const seen: string[] = [];
      let choice = chooseRevisit(source, { today: TODAY });
      for (let i = 0; choice !== null && i < withWords.length; i++) {
        seen.push(choice.entry.path);
        choice = nextRevisit(source, { today: TODAY, after: choice.position });
      }
      expect([...seen].sort()).toEqual(withWords);
      // Then it goes round again, from the same first choice.
      if (withWords.length > 0) expect(choice?.entry.path).toBe(seen[0]);
    }), { numRuns: 300 });
  });

  it('offers glimmers that filled the person up first', () => {
    fc.assert(fc.property(vaultArb, (entries) => {
      const choice = chooseRevisit(revisitSourceOf(entries), { today: TODAY });
      const best = Math.min(...entries.filter((e) => eligible(e) && hasWords(e)).map((e) => revisitTier(e.glimmer)));
      if (choice) expect(revisitTier(choice.entry.glimmer)).toBe(best);
    }), { numRuns: 300 });
  });

  it('gives every stretch of the order as a slice of the whole, from an index or a list alike', () => {
    fc.assert(fc.property(vaultArb, fc.nat(45), fc.nat(12), (entries, start, count) => {
      const index = new GlimmerIndex();
      for (const e of entries) index.set(e.path, e.glimmer);
      const whole = revisitWindow(revisitSourceOf(entries), { today: TODAY }, 0, Number.POSITIVE_INFINITY);
      expect(whole.entries.map((e) => e.path).sort()).toEqual(entries.filter(eligible).map((e) => e.path).sort());
      expect(whole.end).toBe(true);
      const part = revisitWindow(index, { today: TODAY }, start, count);
      // A stretch that stops short of the end says so; one that reaches it says that.
      if (start + count < whole.entries.length) expect(part.end).toBe(false);
      if (start + count > whole.entries.length) expect(part.end).toBe(true);
      expect(part.entries.map((e) => e.path)).toEqual(whole.entries.slice(start, start + count).map((e) => e.path));
    }), { numRuns: 300 });
  });

  it('keeps to the theme filter, and "On this day" offers only that date a year or a month ago', () => {
    fc.assert(fc.property(vaultArb, (entries) => {
      const source = revisitSourceOf(entries);
      const chosen = chooseRevisit(source, { today: TODAY, themes: ['meaning'] });
      if (chosen) expect(chosen.entry.glimmer.themes).toContain('meaning');
      const found = onThisDay(source, { today: TODAY });
      if (found) {
        expect(found.entry.glimmer.day).toBe('2026-05-26');
        expect(found.ago).toEqual({ months: 1 });
        expect(hasWords(found.entry)).toBe(true);
      } else {
        expect(entries.some((e) => e.glimmer.day === '2026-05-26' && hasWords(e))).toBe(false);
      }
    }), { numRuns: 300 });
  });
});
