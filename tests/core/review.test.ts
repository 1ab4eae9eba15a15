/**
 * Review notes in core: the periods, the note (figures as an index query gives them; a note that is
 * never read as a glimmer), the links, the care settings and the date words the note is written in.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  cleanNudgeTime, composeReview, dayRangeInWords, defaultCareSettings, GlimmerIndex, migrateCareSettings, migrateSettings, monthPeriod,
  noteLink, parseGlimmer, reviewFileName, reviewPeriodOf, weekPeriod, type Glimmer, type IndexEntry,
} from '@glimmers/core';
import { glimmer } from './support/glimmers.ts';

describe('review periods', () => {
  it('reads ISO weeks, across the new year, and refuses weeks that do not exist', () => {
    expect(weekPeriod('2026-W10')).toEqual({ kind: 'week', label: '2026-W10', from: '2026-03-02', to: '2026-03-08' });
    expect(weekPeriod('2026-W01')).toMatchObject({ from: '2025-12-29', to: '2026-01-04' });
    expect(weekPeriod('2026-W53')).toMatchObject({ from: '2026-12-28', to: '2027-01-03' });
    for (const bad of ['2025-W53', '2026-W00', '2026-W54', '2026-10', '2026-w10', ' 2026-W10', '2026-W1']) expect(weekPeriod(bad), bad).toBeNull();
  });

  it('reads months, leap years included', () => {
    expect(monthPeriod('2026-02')).toEqual({ kind: 'month', label: '2026-02', from: '2026-02-01', to: '2026-02-28' });
    expect(monthPeriod('2024-02')?.to).toBe('2024-02-29');
    expect(monthPeriod('2026-12')?.to).toBe('2026-12-31');
    for (const bad of ['2026-13', '2026-00', '2026-3', '2026-W10']) expect(monthPeriod(bad), bad).toBeNull();
  });

  it('finds the week and the month holding a day', () => {
    expect(reviewPeriodOf('week', '2027-01-01')?.label).toBe('2026-W53');
    expect(reviewPeriodOf('week', '2026-03-08')?.label).toBe('2026-W10');
    expect(reviewPeriodOf('month', '2026-03-08')?.label).toBe('2026-03');
    expect(reviewPeriodOf('week', '2026-02-30')).toBeNull();
  });

  it('names a review by its period only, numbering a second one', () => {
    const week = weekPeriod('2026-W10')!;
    expect([reviewFileName(week), reviewFileName(week, 2)]).toEqual(['2026-W10 review.md', '2026-W10 review 2.md']);
  });
});

describe('composeReview', () => {
  const week = weekPeriod('2026-W10')!;
  const remember = (text: string): Glimmer['sections'] => [{ heading: 'What I want to remember', text }, { heading: "What I'm carrying", text: 'Heavy things.' }];

  it('writes a kind note for an empty week, with empty means as Obsidian writes an empty property', () => {
    const { figures, text } = composeReview([], { period: week, includeCarrying: false });
    expect(figures).toEqual({ period: '2026-W10', from: '2026-03-02', to: '2026-03-08', glimmers: 0, days: 0, intensity: { mean: null, count: 0 }, weight: { mean: null, count: 0 }, byTheme: {}, grounding: {} });
    expect(text).toContain('\nintensity:\nweight:\n---\n');
    expect(text).toContain('No glimmers this week. A quiet stretch is part of the rhythm too.');
    expect(text.endsWith('## What do I want to take into next week?\n\n')).toBe(true);
    expect(text).not.toContain('## What I carried');
  });

  it('leaves out glimmers outside the period, quotes carrying lines only when asked, and links every glimmer', () => {
    const entries: IndexEntry[] = [
      { path: 'G/in.md', glimmer: glimmer('2026-03-03T10:00', { intensity: 5, title: 'Inside', sections: remember('Keep this.') }) },
      { path: 'G/out.md', glimmer: glimmer('2026-03-09', { intensity: 5, sections: remember('Not this week.') }) },
    ];
    const off = composeReview(entries, { period: week, includeCarrying: false }).text;
    const on = composeReview(entries, { period: week, includeCarrying: true }).text;
    expect(off).toContain('- Tuesday 3 March: [[G/in|Inside]]');
    expect(off).toContain('> Keep this.\n> — [[G/in|Tuesday 3 March]]');
    expect(off).not.toContain('Not this week.');
    expect(off).not.toContain('Heavy things.');
    expect(on).toContain('## What I carried\n\n> Heavy things.');
  });

  it('is never read as a glimmer, and its frontmatter holds the figures of an index query over the period', () => {
    const entryArb = fc.record({
      day: fc.integer({ min: 0, max: 20 }),
      intensity: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
      weight: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
      title: fc.option(fc.string({ maxLength: 20 }), { nil: undefined }),
      words: fc.option(fc.constantFrom('---\ntype: glimmer\n---', '> quoted\n\n# heading', 'plain words', '[[link|x]] and | pipes ]]'), { nil: undefined }),
      theme: fc.constantFrom('client-hope', 'meaning', 'weird: id'),
      grounding: fc.array(fc.constantFrom('tea', 'walk: outside', '#tag'), { maxLength: 2 }),
    });
    fc.assert(fc.property(fc.array(entryArb, { maxLength: 12 }), fc.boolean(), (specs, carrying) => {
      const entries = specs.map((s, i) => {
        const day = `2026-03-${String(1 + s.day).padStart(2, '0')}`;
        const g = glimmer(day, { themes: [s.theme], grounding: s.grounding, sections: s.words === undefined ? [] : remember(s.words) });
        if (s.intensity !== undefined) g.intensity = s.intensity;
        if (s.weight !== undefined) g.weight = s.weight;
        if (s.title !== undefined && s.title.trim() !== '' && !/[\r\n]/.test(s.title)) g.title = s.title;
        return { path: `Glimmers/${i} [x] #${i}.md`, glimmer: g };
      });
      const review = composeReview(entries, { period: week, includeCarrying: carrying });
      const parsed = parseGlimmer(review.text);
      expect(parsed.attempted).toBe(false);
      expect(parsed.glimmer).toBeNull();
      expect(parsed.issues).toEqual([]);
      const index = new GlimmerIndex();
      for (const e of entries) index.set(e.path, e.glimmer);
      const q = index.query({ from: week.from, to: week.to, recentLimit: 0 });
      const round = (m: number | null): number | null => (m === null ? null : Math.round(m * 100) / 100);
      expect(parsed.frontmatter).toEqual({ type: 'glimmer-review', period: '2026-W10', from: '2026-03-02', to: '2026-03-08', glimmers: q.count, intensity: round(q.intensity.mean), weight: round(q.weight.mean) });
      expect(review.figures).toMatchObject({ glimmers: q.count, days: q.days, intensity: q.intensity, weight: q.weight, byTheme: q.byTheme, grounding: q.grounding });
    }), { numRuns: 200 });
  });
});

describe('noteLink', () => {
  it('writes a wiki link, or a Markdown link with an encoded path when the name has [ ] | # ^ or parentheses', () => {
    expect(noteLink('Glimmers/2026-03-02 a step.md', 'Monday 2 March')).toBe('[[Glimmers/2026-03-02 a step|Monday 2 March]]');
    expect(noteLink('Glimmers/a | b.md', 'A [title]')).toBe('[A title](Glimmers/a%20%7C%20b.md)');
    expect(noteLink('G/number #2 (draft).md', 'x')).toBe('[x](G/number%20%232%20%28draft%29.md)');
    expect(noteLink('G/ok.md', 'with | pipe and ]] end')).toBe('[[G/ok|with pipe and end]]');
  });
});

describe('care settings', () => {
  it('are off with 17:30 on weekdays by default, and keep valid values while dropping bad ones', () => {
    expect(defaultCareSettings()).toEqual({ nudge: false, nudgeTime: '17:30', nudgeDays: [1, 2, 3, 4, 5], reviewFolder: 'Glimmers/Reviews', reviewCarrying: false });
    expect(migrateSettings(null).care).toEqual(defaultCareSettings());
    expect(migrateCareSettings({ nudge: true, nudgeTime: '9:05', nudgeDays: [6, 0, 6, 9, 1.5, '2'], reviewFolder: '/Notes/Reviews/', reviewCarrying: true }))
      .toEqual({ nudge: true, nudgeTime: '09:05', nudgeDays: [0, 6], reviewFolder: 'Notes/Reviews', reviewCarrying: true });
    expect(migrateCareSettings({ nudge: 'yes', nudgeTime: '24:00', nudgeDays: 'weekdays', reviewFolder: '.hidden' })).toEqual(defaultCareSettings());
  });

  it('read a typed time of day', () => {
    expect(['17:30', '7:05', '17.30', '17h30', ' 09:00 '].map(cleanNudgeTime)).toEqual(['17:30', '07:05', '17:30', '17:30', '09:00']);
    expect(['24:00', '17:60', 'soon', '1730', ''].map(cleanNudgeTime)).toEqual([null, null, null, null, null]);
  });
});

describe('date words', () => {
  it('say a stretch of days as briefly as it can be said', () => {
    expect(dayRangeInWords('2026-03-02', '2026-03-08')).toBe('2 to 8 March 2026');
    expect(dayRangeInWords('2026-04-27', '2026-05-03')).toBe('27 April to 3 May 2026');
    expect(dayRangeInWords('2025-12-29', '2026-01-04')).toBe('29 December 2025 to 4 January 2026');
  });
});
