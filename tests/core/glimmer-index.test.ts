import { describe, expect, it } from 'vitest';
import { GlimmerIndex } from '@glimmers/core';
import type { IndexQuery } from '@glimmers/core';
import { generateVault, glimmer, matching, reference } from './support/glimmers.ts';

function indexOf(entries: { path: string; glimmer: ReturnType<typeof glimmer> }[]): GlimmerIndex {
  const index = new GlimmerIndex();
  for (const e of entries) index.set(e.path, e.glimmer);
  return index;
}

const error = { severity: 'error' as const, code: 'created-missing', message: 'The note has no created date.', field: 'created' };

describe('GlimmerIndex: keeping one entry per path', () => {
  it('adds, replaces and reads glimmers by path', () => {
    const index = new GlimmerIndex();
    index.set('a.md', glimmer('2026-03-04', { intensity: 2 }));
    index.set('b.md', glimmer('2026-03-04'));
    index.set('a.md', glimmer('2026-03-05', { intensity: 5 }));
    expect(index.size).toBe(2);
    expect(index.get('a.md')?.day).toBe('2026-03-05');
    const all = index.query();
    expect(all.count).toBe(2);
    expect(all.perDay.map((d) => [d.day, d.count])).toEqual([['2026-03-04', 1], ['2026-03-05', 1]]);
    expect(all.intensity).toEqual({ mean: 5, count: 1 });
  });

  it('an attempted glimmer replaces the glimmer at its path and is never counted', () => {
    const index = new GlimmerIndex();
    index.set('a.md', glimmer('2026-03-04', { themes: ['meaning'] }));
    index.setAttempted('a.md', [error]);
    expect(index.size).toBe(0);
    expect(index.get('a.md')).toBeUndefined();
    expect(index.query().count).toBe(0);
    expect(index.facets().themes).toEqual({});
    expect(index.attempted()).toEqual([{ path: 'a.md', issues: [error] }]);
    // Fixed again: counted again, and no longer needs attention.
    index.set('a.md', glimmer('2026-03-04'));
    expect(index.attempted()).toEqual([]);
    expect(index.query().count).toBe(1);
  });

  it('deletes glimmers and attempted glimmers', () => {
    const index = new GlimmerIndex();
    index.set('a.md', glimmer('2026-03-04'));
    index.setAttempted('b.md', [error]);
    expect(index.delete('a.md')).toBe(true);
    expect(index.delete('b.md')).toBe(true);
    expect(index.delete('c.md')).toBe(false);
    expect(index.size).toBe(0);
    expect(index.attempted()).toEqual([]);
    expect(index.query()).toMatchObject({ count: 0, days: 0, perDay: [], perWeek: [], recent: [], resurface: null });
  });

  it('renames glimmers and attempted glimmers, replacing what was at the new path', () => {
    const index = new GlimmerIndex();
    index.set('old.md', glimmer('2026-03-04', { themes: ['meaning'] }));
    index.set('taken.md', glimmer('2026-01-01', { themes: ['presence'] }));
    index.setAttempted('broken.md', [error]);
    index.rename('old.md', 'taken.md');
    index.rename('broken.md', 'Folder/broken.md');
    index.rename('missing.md', 'x.md');
    expect(index.size).toBe(1);
    expect(index.get('taken.md')?.themes).toEqual(['meaning']);
    expect(index.has('old.md')).toBe(false);
    expect(index.has('x.md')).toBe(false);
    expect(index.query().byTheme).toEqual({ meaning: 1 });
    expect(index.attempted().map((a) => a.path)).toEqual(['Folder/broken.md']);
  });

  it('lists entries and attempted glimmers sorted by path', () => {
    const index = new GlimmerIndex();
    for (const p of ['b.md', 'a.md', 'C.md']) index.set(p, glimmer('2026-03-04'));
    for (const p of ['z.md', 'y.md']) index.setAttempted(p, [error]);
    expect(index.entries().map((e) => e.path)).toEqual(['C.md', 'a.md', 'b.md']);
    expect(index.attempted().map((e) => e.path)).toEqual(['y.md', 'z.md']);
  });

  it('does not let a caller change what it stored through returned issues', () => {
    const index = new GlimmerIndex();
    const issues = [{ ...error }];
    index.setAttempted('a.md', issues);
    issues[0]!.message = 'changed';
    index.attempted()[0]!.issues[0]!.message = 'changed too';
    expect(index.getAttempted('a.md')?.[0]?.message).toBe(error.message);
  });
});

describe('GlimmerIndex: query numbers', () => {
  it('sums several glimmers on one day, with means only over glimmers that have the field', () => {
    const index = new GlimmerIndex();
    index.set('1.md', glimmer('2026-03-04T09:00', { intensity: 4, weight: 1 }));
    index.set('2.md', glimmer('2026-03-04T17:30', { intensity: 2 }));
    index.set('3.md', glimmer('2026-03-04'));
    const q = index.query({ from: '2026-03-04', to: '2026-03-04' });
    expect(q.count).toBe(3);
    expect(q.days).toBe(1);
    expect(q.perDay).toEqual([{ day: '2026-03-04', count: 3, intensitySum: 6, intensityCount: 2, weightSum: 1, weightCount: 1 }]);
    expect(q.intensity).toEqual({ mean: 3, count: 2 });
    expect(q.weight).toEqual({ mean: 1, count: 1 });
    expect(q.perWeek).toEqual([{
      week: '2026-W10', start: '2026-03-02', end: '2026-03-08', days: 1, count: 3, intensitySum: 6, intensityCount: 2, weightSum: 1, weightCount: 1, meanIntensity: 3, meanWeight: 1,
    }]);
    expect(q.perMonth).toEqual([{
      month: '2026-03', start: '2026-03-01', end: '2026-03-31', days: 1, count: 3, intensitySum: 6, intensityCount: 2, weightSum: 1, weightCount: 1, meanIntensity: 3, meanWeight: 1,
    }]);
  });

  it('gives null means when no glimmer has intensity or weight', () => {
    const index = new GlimmerIndex();
    index.set('1.md', glimmer('2026-03-04'));
    const q = index.query();
    expect(q.intensity).toEqual({ mean: null, count: 0 });
    expect(q.weight).toEqual({ mean: null, count: 0 });
    expect(q.perWeek[0]?.meanIntensity).toBeNull();
  });

  it('sums weeks for any first day of the week, labelled by the ISO week holding most of their days', () => {
    const index = new GlimmerIndex();
    // 2026-03-07 is a Saturday, 2026-03-08 a Sunday, 2026-03-09 a Monday.
    index.set('sat.md', glimmer('2026-03-07', { weight: 4 }));
    index.set('sun.md', glimmer('2026-03-08', { weight: 2 }));
    index.set('mon.md', glimmer('2026-03-09', { intensity: 5 }));
    const rows = (weekStart: number): [string, string, string, number][] =>
      index.query({ weekStart }).perWeek.map((w) => [w.week, w.start, w.end, w.count]);
    expect(rows(1)).toEqual([['2026-W10', '2026-03-02', '2026-03-08', 2], ['2026-W11', '2026-03-09', '2026-03-15', 1]]);
    expect(rows(0)).toEqual([['2026-W10', '2026-03-01', '2026-03-07', 1], ['2026-W11', '2026-03-08', '2026-03-14', 2]]);
    expect(rows(6)).toEqual([['2026-W11', '2026-03-07', '2026-03-13', 3]]);
    const sunday = index.query({ weekStart: 0 }).perWeek[1];
    expect(sunday).toMatchObject({ weightSum: 2, weightCount: 1, intensitySum: 5, intensityCount: 1, meanWeight: 2, meanIntensity: 5 });
  });

  it('sums calendar months, with their first and last day (leap years included)', () => {
    const index = new GlimmerIndex();
    index.set('a.md', glimmer('2024-02-29', { weight: 3 }));
    index.set('b.md', glimmer('2024-02-01', { weight: 1 }));
    index.set('c.md', glimmer('2024-04-30'));
    expect(index.query().perMonth.map((m) => [m.month, m.start, m.end, m.count, m.meanWeight])).toEqual([
      ['2024-02', '2024-02-01', '2024-02-29', 2, 2],
      ['2024-04', '2024-04-01', '2024-04-30', 1, null],
    ]);
  });

  it('puts days into ISO weeks across year boundaries', () => {
    const index = new GlimmerIndex();
    const days = ['2025-12-28', '2025-12-29', '2026-01-01', '2026-01-04', '2026-01-05', '2026-12-31', '2027-01-01', '2027-01-03', '2027-01-04'];
    days.forEach((d, i) => index.set(`${i}.md`, glimmer(d)));
    expect(index.query().perWeek.map((w) => [w.week, w.start, w.count])).toEqual([
      ['2025-W52', '2025-12-22', 1],
      ['2026-W01', '2025-12-29', 3],
      ['2026-W02', '2026-01-05', 1],
      ['2026-W53', '2026-12-28', 3],
      ['2027-W01', '2027-01-04', 1],
    ]);
  });

  it('includes both ends of the range', () => {
    const index = indexOf(['2026-02-28', '2026-03-01', '2026-03-31', '2026-04-01'].map((d, i) => ({ path: `${i}.md`, glimmer: glimmer(d) })));
    expect(index.query({ from: '2026-03-01', to: '2026-03-31' }).count).toBe(2);
    expect(index.query({ from: '2026-03-02' }).count).toBe(2);
    expect(index.query({ to: '2026-02-28' }).count).toBe(1);
    expect(index.query({ from: '2026-05-01', to: '2026-04-01' }).count).toBe(0);
  });

  it('counts each value once per glimmer and orders records most frequent first', () => {
    const index = new GlimmerIndex();
    index.set('1.md', glimmer('2026-03-04', { themes: ['meaning', 'meaning', 'presence'], body: ['chest', 'chest'] }));
    index.set('2.md', glimmer('2026-03-05', { themes: ['presence'], moment: 'after-session', body: ['breath'] }));
    const q = index.query();
    expect(q.byTheme).toEqual({ presence: 2, meaning: 1 });
    expect(Object.keys(q.byTheme)).toEqual(['presence', 'meaning']);
    expect(q.body).toEqual({ chest: 1, breath: 1 });
    expect(Object.keys(q.body)).toEqual(['breath', 'chest']);
    expect(q.byMoment).toEqual({ 'after-session': 1 });
  });

  it('filters by theme (any of several), by moment, and by both', () => {
    const index = new GlimmerIndex();
    index.set('1.md', glimmer('2026-03-01', { themes: ['meaning'], moment: 'after-session' }));
    index.set('2.md', glimmer('2026-03-02', { themes: ['presence', 'meaning'], moment: 'end-of-day' }));
    index.set('3.md', glimmer('2026-03-03', { themes: ['self-care'], moment: 'after-session' }));
    index.set('4.md', glimmer('2026-03-04', { moment: 'after-session' }));
    expect(index.query({ themes: ['meaning'] }).count).toBe(2);
    expect(index.query({ themes: ['meaning', 'presence'] }).count).toBe(2);
    expect(index.query({ themes: ['meaning', 'self-care'] }).recent.map((e) => e.path)).toEqual(['3.md', '2.md', '1.md']);
    expect(index.query({ moment: 'after-session' }).count).toBe(3);
    expect(index.query({ moment: 'after-session', themes: ['meaning'] }).recent.map((e) => e.path)).toEqual(['1.md']);
    expect(index.query({ themes: ['unknown'] }).count).toBe(0);
    expect(index.query({ moment: 'unknown' }).resurface).toBeNull();
    expect(index.query({ themes: [] }).count).toBe(4);
  });

  it('lists recent glimmers newest first by created, then by path', () => {
    const index = new GlimmerIndex();
    index.set('b.md', glimmer('2026-03-04T08:00'));
    index.set('a.md', glimmer('2026-03-04T08:00'));
    index.set('c.md', glimmer('2026-03-04T21:15'));
    index.set('d.md', glimmer('2026-03-03T23:59'));
    index.set('e.md', glimmer('2026-03-05'));
    expect(index.query().recent.map((e) => e.path)).toEqual(['e.md', 'c.md', 'a.md', 'b.md', 'd.md']);
    expect(index.query({ recentLimit: 2 }).recent.map((e) => e.path)).toEqual(['e.md', 'c.md']);
    expect(index.query({ recentLimit: 0 }).recent).toEqual([]);
  });

  it('skips the value counts when asked, keeping every other number', () => {
    const index = indexOf(generateVault(300, 5));
    for (const q of [{ from: '2025-06-10', to: '2025-09-03' }, {}, { themes: ['meaning'], from: '2025-06-10' }, { themes: ['meaning'], moment: 'other' }] as IndexQuery[]) {
      const full = index.query(q);
      const lean = index.query({ ...q, counts: false });
      expect(lean).toEqual({ ...full, byTheme: {}, byMoment: {}, body: {}, feelings: {}, grounding: {} });
      expect(Object.keys(full.byTheme).length).toBeGreaterThan(0);
    }
  });

  it('never throws on an odd query', () => {
    const index = indexOf(generateVault(50, 3));
    const odd = [{ from: 'not a day' }, { themes: 'meaning' }, { recentLimit: -1 }, { seed: Number.NaN, today: 'soon' }, { moment: 42 }] as unknown as IndexQuery[];
    for (const q of odd) expect(() => index.query(q)).not.toThrow();
    expect(index.query(null as unknown as IndexQuery).count).toBe(50);
  });
});

describe('GlimmerIndex: resurfacing a past glimmer', () => {
  it('prefers a glimmer written on this day in an earlier year', () => {
    const index = new GlimmerIndex();
    index.set('then.md', glimmer('2024-03-04T10:00'));
    index.set('other.md', glimmer('2025-06-01'));
    index.set('today.md', glimmer('2026-03-04'));
    for (let seed = 0; seed < 20; seed++) {
      expect(index.query({ today: '2026-03-04', seed }).resurface?.path).toBe('then.md');
    }
  });

  it('brings back a 29 February glimmer on 28 February of a year without one', () => {
    const index = new GlimmerIndex();
    index.set('leap.md', glimmer('2024-02-29'));
    index.set('other.md', glimmer('2024-07-01'));
    expect(index.query({ today: '2025-02-28', seed: 1 }).resurface?.path).toBe('leap.md');
    expect(index.query({ today: '2028-02-28', seed: 1 }).resurface?.path).not.toBeUndefined();
  });

  it('otherwise picks a glimmer from before today, the same one for the same seed', () => {
    const entries = generateVault(300, 11, '2026-03-04', 200);
    const index = indexOf(entries);
    const today = '2026-01-15';
    const seen = new Set<string>();
    for (let seed = 0; seed < 40; seed++) {
      const a = index.query({ today, seed }).resurface;
      const b = index.query({ today, seed }).resurface;
      expect(a).toEqual(b);
      expect(a!.glimmer.day < today).toBe(true);
      seen.add(a!.path);
    }
    // Different seeds reach different glimmers, so it is a pick and not always the first.
    expect(seen.size).toBeGreaterThan(10);
  });

  it('stays inside the query range and filters, and uses everything when nothing is before today', () => {
    const index = new GlimmerIndex();
    index.set('a.md', glimmer('2026-03-10', { themes: ['meaning'] }));
    index.set('b.md', glimmer('2026-03-11', { themes: ['presence'] }));
    expect(index.query({ themes: ['presence'], today: '2026-01-01' }).resurface?.path).toBe('b.md');
    expect(index.query({ from: '2026-03-10', to: '2026-03-10', seed: 5 }).resurface?.path).toBe('a.md');
  });
});

describe('GlimmerIndex: agreeing with a brute-force count', () => {
  const entries = generateVault(1500, 7);
  const index = indexOf(entries);
  const queries: IndexQuery[] = [
    {},
    { from: '2025-03-05', to: '2026-03-04' },
    { from: '2026-02-03', to: '2026-03-04', recentLimit: 25 },
    { from: '2024-01-15', to: '2024-01-20' },
    { from: '2024-12-31', to: '2025-01-01' },
    { themes: ['meaning'] },
    { themes: ['meaning'], from: '2025-06-17', to: '2025-11-02' },
    { moment: 'supervision', from: '2025-06-17' },
    { themes: ['meaning', 'presence'], to: '2025-06-01' },
    { themes: ['self-care'], moment: 'after-session' },
    { themes: ['no-such-theme'] },
    { weekStart: 0 },
    { weekStart: 6, from: '2025-12-20', to: '2026-01-10' },
    { weekStart: 3, themes: ['meaning'], from: '2025-06-17' },
    { weekStart: 9 },
  ];
  for (const q of queries) {
    it(`matches for ${JSON.stringify(q)}`, () => {
      const got = index.query(q);
      const { resurface, ...rest } = got;
      expect(rest).toEqual(reference(entries, q));
      const pool = matching(entries, q);
      if (pool.length === 0) expect(resurface).toBeNull();
      else expect(pool.map((e) => e.path)).toContain(resurface?.path);
    });
  }
});
