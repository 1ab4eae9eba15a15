import { describe, expect, it } from 'vitest';
import { GlimmerIndex, summarizeHistory } from '@glimmers/core';
import type { Glimmer } from '@glimmers/core';
import { buildDashboardModel } from '@glimmers/dashboard';
import type { DashboardOptions, HeatmapCell } from '@glimmers/dashboard';
import { glimmer } from '../core/support/glimmers.ts';

function indexWith(list: [string, Glimmer][]): GlimmerIndex {
  const index = new GlimmerIndex();
  for (const [path, g] of list) index.set(path, g);
  return index;
}

const base: DashboardOptions = { range: '12m', today: '2026-03-04', weekStart: 1 };

function cells(model: ReturnType<typeof buildDashboardModel>): HeatmapCell[] {
  return model.heatmap.columns.flatMap((c) => c.cells).filter((c): c is HeatmapCell => c !== null);
}

describe('buildDashboardModel: ranges', () => {
  const index = indexWith([
    ['a.md', glimmer('2026-03-04')],
    ['b.md', glimmer('2026-02-03')],
    ['c.md', glimmer('2026-02-02')],
    ['d.md', glimmer('2025-12-05')],
    ['e.md', glimmer('2025-12-04')],
    ['f.md', glimmer('2025-03-05')],
    ['g.md', glimmer('2025-03-04')],
    ['h.md', glimmer('2023-01-01')],
  ]);

  it('counts both ends of 30 days, 90 days and 12 months ending today', () => {
    expect(buildDashboardModel(index, { ...base, range: '30d' })).toMatchObject({ count: 2, filters: { from: '2026-02-03', to: '2026-03-04', rangeLabel: 'Last 30 days' } });
    expect(buildDashboardModel(index, { ...base, range: '90d' })).toMatchObject({ count: 4, filters: { from: '2025-12-05', rangeLabel: 'Last 90 days' } });
    expect(buildDashboardModel(index, { ...base, range: '12m' })).toMatchObject({ count: 6, filters: { from: '2025-03-05', rangeLabel: 'Last 12 months' } });
  });

  it('"all" runs from the first glimmer, and charts long ranges by month', () => {
    const model = buildDashboardModel(index, { ...base, range: 'all' });
    expect(model.count).toBe(8);
    expect(model.filters).toMatchObject({ from: '2023-01-01', to: '2026-03-04', rangeLabel: 'All time' });
    expect(model.trend.granularity).toBe('month');
    expect(model.trend.points[0]).toMatchObject({ start: '2023-01-01', end: '2023-01-31', label: 'January 2023', count: 1 });
    expect(model.trend.points).toHaveLength(39);
    expect(model.trend.points.reduce((n, p) => n + p.count, 0)).toBe(8);
  });

  it('takes a custom range in either order, and falls back to 12 months with a notice when it is not two days', () => {
    const custom = buildDashboardModel(index, { ...base, range: { from: '2026-02-03', to: '2025-12-04' } });
    expect(custom.count).toBe(4);
    expect(custom.filters).toMatchObject({ range: { from: '2025-12-04', to: '2026-02-03' }, rangeLabel: '4 December 2025 to 3 February 2026' });
    expect(custom.filters.notice).toBeUndefined();
    // The heatmap follows a custom range into the past.
    expect(custom.heatmap.to).toBe('2026-02-03');
    const bad = buildDashboardModel(index, { ...base, range: { from: '2026-02-30', to: 'soon' } });
    expect(bad.filters.range).toBe('12m');
    expect(bad.count).toBe(6);
    expect(bad.filters.notice).toMatch(/last 12 months/);
  });
});

describe('buildDashboardModel: summary and week start', () => {
  // 2026-03-08 is a Sunday.
  const index = indexWith([
    ['sun.md', glimmer('2026-03-08')],
    ['sat.md', glimmer('2026-03-07')],
    ['mon.md', glimmer('2026-03-02')],
    ['sun-before.md', glimmer('2026-03-01')],
    ['feb.md', glimmer('2026-02-27')],
  ]);

  it('counts "this week" from the chosen first day of the week', () => {
    expect(buildDashboardModel(index, { ...base, today: '2026-03-08', weekStart: 1 }).summary.thisWeek).toBe(3);
    expect(buildDashboardModel(index, { ...base, today: '2026-03-08', weekStart: 0 }).summary.thisWeek).toBe(1);
    expect(buildDashboardModel(index, { ...base, today: '2026-03-08', weekStart: 6 }).summary.thisWeek).toBe(2);
  });

  it('counts this month and days with a reflection, in rhythm words and never streak words', () => {
    const model = buildDashboardModel(index, { ...base, today: '2026-03-08' });
    expect(model.summary).toMatchObject({ thisMonth: 4, daysLast30: 5 });
    // Words first: core's summary sentences for the same glimmers.
    expect(model.summary.sentences).toEqual(summarizeHistory(index, { today: '2026-03-08', weekStart: 1 }).lines);
    expect(model.summary.sentences[0]).toBe('This week: 3 glimmers on 3 days.');
    expect(model.summary.rhythm).toHaveLength(30);
    expect(model.summary.rhythm[29]).toEqual({ day: '2026-03-08', count: 1 });
    expect(model.summary.rhythmText).toBe('A gentle rhythm: you paused to reflect on 5 of the last 30 days.');
    const quiet = buildDashboardModel(index, { ...base, today: '2026-06-01' }).summary;
    expect(quiet.rhythmText).toMatch(/one small moment is enough/);
    for (const text of [model.summary.rhythmText, quiet.rhythmText]) expect(text).not.toMatch(/streak|lost|broke|missed/i);
  });
});

describe('buildDashboardModel: heatmap', () => {
  it('lays out a rolling year in week columns from the week start, with labels per day', () => {
    const index = indexWith([
      ['1.md', glimmer('2026-03-04T08:00')],
      ['2.md', glimmer('2026-03-04T12:00')],
      ['3.md', glimmer('2026-03-04')],
      ['4.md', glimmer('2026-03-03')],
    ]);
    for (const weekStart of [0, 1, 3]) {
      const model = buildDashboardModel(index, { ...base, weekStart, heatmapMetric: 'count' });
      const h = model.heatmap;
      expect(h.from).toBe('2025-03-05');
      expect(h.to).toBe('2026-03-04');
      for (const col of h.columns) {
        expect(col.cells).toHaveLength(7);
        expect(new Date(`${col.start}T00:00:00Z`).getUTCDay()).toBe(weekStart);
      }
      const all = cells(model);
      expect(all).toHaveLength(365);
      expect(all[0]!.day).toBe('2025-03-05');
      expect(all[all.length - 1]!.day).toBe('2026-03-04');
      expect(all.find((c) => c.day === '2026-03-04')).toMatchObject({ count: 3, label: '3 glimmers on 4 March 2026' });
      expect(all.find((c) => c.day === '2026-03-03')!.label).toBe('1 glimmer on 3 March 2026');
      expect(all.find((c) => c.day === '2026-01-01')).toMatchObject({ count: 0, level: 0, label: 'No glimmers on 1 January 2026' });
    }
  });

  it('puts month names over the columns where months begin, across the new year', () => {
    const model = buildDashboardModel(indexWith([]), { ...base, weekStart: 1 });
    const labels = model.heatmap.monthLabels.map((m) => m.label);
    // The partial first month (from 5 March 2025) is named too, as April starts four columns later.
    expect(labels).toEqual(['Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec', 'Jan', 'Feb', 'Mar']);
    expect(model.heatmap.monthLabels[1]).toEqual({ column: 4, label: 'Apr' });
    const jan = model.heatmap.monthLabels.find((m) => m.label === 'Jan')!;
    expect(model.heatmap.columns[jan.column]!.cells.some((c) => c?.day === '2026-01-01')).toBe(true);
    expect(model.heatmap.months.map((m) => m.label)).toEqual([
      'March 2025', 'April 2025', 'May 2025', 'June 2025', 'July 2025', 'August 2025', 'September 2025', 'October 2025',
      'November 2025', 'December 2025', 'January 2026', 'February 2026', 'March 2026',
    ]);
  });

  it('shades by count relative to the fullest day, or by mean intensity, saying so in the label', () => {
    const list: [string, Glimmer][] = [];
    for (let i = 0; i < 8; i++) list.push([`busy-${i}.md`, glimmer('2026-03-01', { intensity: 2 })]);
    list.push(['one.md', glimmer('2026-03-02', { intensity: 5 })]);
    list.push(['unrated.md', glimmer('2026-03-03')]);
    const index = indexWith(list);
    const byCount = cells(buildDashboardModel(index, { ...base, heatmapMetric: 'count' }));
    expect(byCount.find((c) => c.day === '2026-03-01')!.level).toBe(4);
    expect(byCount.find((c) => c.day === '2026-03-02')!.level).toBe(1);
    const byIntensity = cells(buildDashboardModel(index, { ...base, heatmapMetric: 'intensity' }));
    expect(byIntensity.find((c) => c.day === '2026-03-01')).toMatchObject({ level: 2, label: '8 glimmers on 1 March 2026, mean intensity 2.0' });
    expect(byIntensity.find((c) => c.day === '2026-03-02')).toMatchObject({ level: 4, meanIntensity: 5 });
    expect(byIntensity.find((c) => c.day === '2026-03-03')).toMatchObject({ level: 0, count: 1, label: '1 glimmer on 3 March 2026, no intensity recorded' });
  });
});

describe('buildDashboardModel: weekly trend', () => {
  const index = indexWith([
    ['a.md', glimmer('2025-12-30', { intensity: 4, weight: 2 })],
    ['b.md', glimmer('2026-01-02', { intensity: 2 })],
    ['c.md', glimmer('2026-01-02')],
    ['d.md', glimmer('2026-01-04', { weight: 5 })],
    ['e.md', glimmer('2026-01-13', { intensity: 5, weight: 0 })],
  ]);
  const options: DashboardOptions = { ...base, today: '2026-01-20', range: { from: '2025-12-29', to: '2026-01-20' } };

  it('groups by ISO week when the week starts on Monday, across the year boundary, with means over rated glimmers only', () => {
    const model = buildDashboardModel(index, options);
    expect(model.trend.granularity).toBe('week');
    expect(model.trend.points.map((p) => [p.start, p.count, p.meanIntensity, p.meanWeight])).toEqual([
      ['2025-12-29', 4, 3, 3.5],
      ['2026-01-05', 0, null, null],
      ['2026-01-12', 1, 5, 0],
      ['2026-01-19', 0, null, null],
    ]);
    // The same weeks and means as the index's ISO weeks (2026-W01 starts on 29 December 2025).
    const iso = index.query({ from: '2025-12-29', to: '2026-01-20' }).perWeek;
    expect(iso.map((w) => [w.week, w.start, w.count, w.meanIntensity, w.meanWeight])).toEqual([
      ['2026-W01', '2025-12-29', 4, 3, 3.5],
      ['2026-W03', '2026-01-12', 1, 5, 0],
    ]);
    expect(model.trend.points[0]!.label).toBe('Week of 29 December 2025');
    expect(model.trend.caption).toContain('The fullest week was the week of 29 December 2025, with 4 glimmers.');
  });

  it('starts weeks on Sunday when asked', () => {
    const model = buildDashboardModel(index, { ...options, weekStart: 0 });
    expect(model.trend.points.map((p) => [p.start, p.count])).toEqual([
      ['2025-12-28', 3],
      ['2026-01-04', 1],
      ['2026-01-11', 1],
      ['2026-01-18', 0],
    ]);
  });

  it('says plainly when nothing has a rating', () => {
    const model = buildDashboardModel(indexWith([['a.md', glimmer('2026-01-02')]]), options);
    expect(model.trend.points[0]).toMatchObject({ count: 1, meanIntensity: null, meanWeight: null });
    expect(model.trend.balanceCaption).toBe('No intensity or weight recorded per week in this range.');
  });
});

describe('buildDashboardModel: filters, bars and lists', () => {
  const index = indexWith([
    ['Glimmers/a.md', glimmer('2026-03-01', { themes: ['client-hope', 'presence'], moment: 'after-session', body: ['chest'], feelings: ['warm'], title: 'Her laugh', sections: [{ heading: 'What I want to remember', text: 'Laughter came back.' }] })],
    ['Glimmers/b.md', glimmer('2026-03-02', { themes: ['client-hope'], moment: 'end-of-day', body: ['chest', 'shoulders'], intensity: 3 })],
    ['Glimmers/c.md', glimmer('2026-03-03T09:30', { themes: ['my-own-theme'], moment: 'supervision', grounding: ['walk'] })],
    ['Glimmers/d.md', glimmer('2025-03-04', { themes: ['meaning'], title: 'On this day', sections: [{ heading: 'What I’m carrying', text: 'x' }] })],
  ]);
  index.setAttempted('Glimmers/broken.md', [
    { severity: 'warning', code: 'theme-unknown', message: 'Unknown theme.' },
    { severity: 'error', code: 'created-invalid', message: 'created is not a real date.', line: 3 },
  ]);

  it('filters every panel by theme and by moment', () => {
    const model = buildDashboardModel(index, { ...base, theme: 'client-hope' });
    expect(model.count).toBe(2);
    // The week of Wednesday 4 March starts on Monday 2 March: the glimmer of Sunday 1 March is last week's.
    expect(model.summary.thisWeek).toBe(1);
    expect(model.summary.thisMonth).toBe(2);
    expect(model.body.noted.map((r) => [r.word, r.count, r.level])).toEqual([['chest', 2, 4], ['shoulders', 1, 2]]);
    expect(model.filters.theme).toBe('client-hope');
    expect(buildDashboardModel(index, { ...base, moment: 'supervision' }).recent.map((r) => r.path)).toEqual(['Glimmers/c.md']);
    expect(buildDashboardModel(index, { ...base, theme: 'client-hope', moment: 'supervision' })).toMatchObject({ count: 0, noMatches: true, empty: false });
  });

  it('offers every default theme and every theme in use, with counts and labels', () => {
    const model = buildDashboardModel(index, { ...base, themeLabels: { 'my-own-theme': 'Mine' } });
    const options = model.filters.themeOptions;
    expect(options.slice(0, 8).map((o) => o.value)).toEqual(['client-growth', 'client-hope', 'perspective', 'meaning', 'resourcefulness', 'self-care', 'context', 'presence']);
    expect(options.find((o) => o.value === 'client-hope')).toEqual({ value: 'client-hope', label: 'Hope sparked by a client', count: 2 });
    expect(options.find((o) => o.value === 'my-own-theme')).toEqual({ value: 'my-own-theme', label: 'Mine', count: 1 });
    expect(model.filters.momentOptions.map((o) => o.label)).toEqual(['After a session', 'End of day', 'Supervision', 'Other']);
    expect(model.themes.rows[0]).toMatchObject({ key: 'client-hope', label: 'Hope sparked by a client', count: 2, share: 1 });
  });

  it('lists recent glimmers newest first, hiding titles in privacy mode', () => {
    const model = buildDashboardModel(index, base);
    // 4 March 2025 is a day before the last 12 months.
    expect(model.recent.map((r) => r.title)).toEqual(['Glimmer on 3 March 2026', 'Glimmer on 2 March 2026', 'Her laugh']);
    expect(buildDashboardModel(index, { ...base, range: 'all' }).recent.map((r) => r.title)).toContain('On this day');
    expect(model.recent[1]!.meta).toBe('End of day · Hope sparked by a client · intensity 3');
    const hidden = buildDashboardModel(index, { ...base, privacy: true });
    expect(hidden.recent.map((r) => r.title)).toEqual(['Glimmer on 3 March 2026', 'Glimmer on 2 March 2026', 'Glimmer on 1 March 2026']);
    expect(JSON.stringify(hidden.recent)).not.toContain('Her laugh');
  });

  it('lists attempted glimmers with their first error and line', () => {
    expect(buildDashboardModel(index, base).attention).toEqual([{ path: 'Glimmers/broken.md', name: 'broken', message: 'Line 3: created is not a real date.', more: 1 }]);
  });

  it('marks an empty vault, and keeps notes that need attention visible there', () => {
    const empty = new GlimmerIndex();
    empty.setAttempted('x.md', [{ severity: 'error', code: 'c', message: 'm' }]);
    const model = buildDashboardModel(empty, base);
    expect(model).toMatchObject({ empty: true, noMatches: false, count: 0, revisit: { items: [], any: false, more: false, onThisDay: [] }, recent: [] });
    expect(model.attention).toHaveLength(1);
  });

  it('ranks at most ten bars and says how many more there are', () => {
    const many = indexWith(Array.from({ length: 14 }, (_, i) => [`${i}.md`, glimmer('2026-03-01', { feelings: Array.from({ length: i + 1 }, (_, k) => `feeling-${String(k).padStart(2, '0')}`) })] as [string, Glimmer]));
    const feelings = buildDashboardModel(many, base).feelings;
    expect(feelings.rows).toHaveLength(10);
    expect(feelings.more).toBe(4);
    expect(feelings.rows[0]).toMatchObject({ label: 'feeling-00', count: 14, share: 1 });
    expect(feelings.rows[9]).toMatchObject({ label: 'feeling-09', count: 5 });
  });
});
