// The dashboard outside its pane: the status bar count and the `glimmers` code block in a note.
import { addDays } from '@glimmers/core';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { parseBlockOptions } from '../../packages/obsidian-plugin/src/dashboard/code-block.ts';
import { cleanUp, mockPlugin, type Harness } from './support/harness.ts';
import {
  advance, dashboardPane, expectedIndex, glimmerNote, layoutReady, renderBlock, sampleVault, spyOnWrites, startDashboard, texts, userEdits,
} from './support/dashboard-harness.ts';

const TODAY = '2026-03-04';
const YEAR_START = '2025-03-05';

let h: Harness;
let writes: MockInstance[];

beforeEach(() => {
  writes = spyOnWrites();
});

afterEach(() => {
  h.plugin.unload();
  for (const spy of writes) expect(spy).not.toHaveBeenCalled();
  cleanUp();
});

function statusBar(): HTMLElement {
  const items = mockPlugin(h).statusBarItems__ as HTMLElement[];
  const el = items.find((item) => item.hasClass('glimmers-status-bar'));
  if (!el) throw new Error('no status bar item');
  return el;
}

function heatCounts(root: HTMLElement): Map<string, number> {
  const counts = new Map<string, number>();
  for (const cell of root.querySelectorAll('[data-day]')) {
    const n = Number(/^(\d+) glimmers? on /.exec(cell.getAttribute('aria-label') ?? '')?.[1] ?? 0);
    counts.set(cell.getAttribute('data-day') ?? '', n);
  }
  return counts;
}

describe('the status bar', () => {
  it("should show this week's count from the week start setting, and follow edits", async () => {
    h = await startDashboard(sampleVault());
    expect(statusBar().hasClass('glimmers-is-hidden')).toBe(true);
    await layoutReady(h);
    const expected = await expectedIndex(h.app);
    const mondayWeek = expected.query({ from: '2026-03-02', to: '2026-03-08' }).count;
    expect(statusBar().textContent).toBe(`${mondayWeek} glimmers this week`);
    expect(statusBar().hasClass('glimmers-is-hidden')).toBe(false);

    await h.plugin.settingsStore.update((s) => { s.weekStart = 'sunday'; });
    const sundayWeek = expected.query({ from: '2026-03-01', to: '2026-03-07' }).count;
    expect(sundayWeek).toBe(mondayWeek + 1);
    expect(statusBar().textContent).toBe(`${sundayWeek} glimmers this week`);

    await userEdits(h.app).create('Glimmers/2026-03-05.md', glimmerNote({ created: '2026-03-05T08:00', themes: ['presence'] }));
    await advance();
    expect(statusBar().textContent).toBe(`${sundayWeek + 1} glimmers this week`);

    await h.plugin.settingsStore.update((s) => { s.showStatusBar = false; });
    expect(statusBar().hasClass('glimmers-is-hidden')).toBe(true);
  });

  it('should start a new week at midnight on the week start', async () => {
    h = await startDashboard(sampleVault());
    await layoutReady(h);
    expect(statusBar().textContent).toBe('3 glimmers this week');
    vi.setSystemTime(new Date(2026, 2, 9, 0, 0, 30));
    await advance(60_000);
    expect(statusBar().textContent).toBe('0 glimmers this week');
  });

  it('should open the dashboard when clicked or activated from the keyboard', async () => {
    h = await startDashboard(sampleVault());
    await layoutReady(h);
    statusBar().click();
    await advance(0);
    expect(dashboardPane(h.app)?.querySelector('[data-glimmers-panel="summary"]')).not.toBeNull();
    h.app.workspace.detachLeavesOfType('glimmers-dashboard');
    statusBar().dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await advance(0);
    expect(h.app.workspace.getLeavesOfType('glimmers-dashboard')).toHaveLength(1);
  });
});

describe('the glimmers code block', () => {
  it('should draw the asked-for panel with the index numbers for its range and theme, and update live', async () => {
    h = await startDashboard(sampleVault());
    await layoutReady(h);
    const expected = await expectedIndex(h.app);
    const { el } = await renderBlock(h, 'panel: moments\nrange: 90d\ntheme: Hope sparked by a client\n');
    expect([...el.querySelectorAll('[data-glimmers-panel]')].map((p) => p.getAttribute('data-glimmers-panel'))).toEqual(['moments']);
    const q = expected.query({ from: addDays(TODAY, -89) as string, to: TODAY, themes: ['client-hope'] });
    const rows = texts(el, '.glimmers-bar-row').sort();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows).toEqual(Object.entries(q.byMoment).map(([id, n]) => `${id === 'after-session' ? 'After a session' : id}${n}`).sort());

    const heat = await renderBlock(h, '```\npanel: heatmap\ntheme: client-hope\n');
    const perDay = new Map(expected.query({ from: YEAR_START, to: TODAY, themes: ['client-hope'] }).perDay.map((d) => [d.day, d.count]));
    for (const [day, n] of heatCounts(heat.el)) expect(n, day).toBe(perDay.get(day) ?? 0);
    expect(heat.el.querySelector('.glimmers-block-problem')?.textContent).toContain('"```"');

    await userEdits(h.app).create('Glimmers/2026-03-04 c.md', glimmerNote({ created: '2026-03-04T21:00', moment: 'after-session', themes: ['client-hope'] }));
    await advance();
    expect(heatCounts(heat.el).get(TODAY)).toBe((perDay.get(TODAY) ?? 0) + 1);
    expect(texts(el, '.glimmers-bar-row')).toContain(`After a session${(q.byMoment['after-session'] ?? 0) + 1}`);
  });

  it('should say gently what it did not understand and still draw a panel', async () => {
    h = await startDashboard(sampleVault());
    await layoutReady(h);
    const { el } = await renderBlock(h, 'colour: blue\npanel: sparkline\nrange: forever\njust words\nmetric: loudness\nfrom: 2026-13-01\n');
    const problems = texts(el, '.glimmers-block-problem');
    expect(problems).toEqual([
      'Glimmers does not know the option "colour", so it is left out. It knows: panel, range, from, to, theme, moment, metric.',
      expect.stringContaining('There is no panel called "sparkline", so the summary is shown.'),
      expect.stringContaining('The range "forever" is not one Glimmers knows, so the last 12 months are shown.'),
      expect.stringContaining('The line "just words" is not an option'),
      expect.stringContaining('The metric "loudness" is not one Glimmers knows'),
      expect.stringContaining('A custom range needs both from: and to:'),
    ]);
    expect(el.querySelector('[data-glimmers-panel="summary"]')).not.toBeNull();
  });

  it('should wait for the index at start-up, and let go of it when the note closes', async () => {
    h = await startDashboard(sampleVault());
    const { el, child } = await renderBlock(h, 'panel: summary');
    expect(el.querySelector('.glimmers-block-status')?.textContent).toBe('Reading your glimmers…');
    await layoutReady(h);
    expect(texts(el, '.glimmers-sentence')[0]).toMatch(/^This week: 3 glimmers on 2 days/);
    child.unload();
    expect(el.querySelector('[data-glimmers-panel]')).toBeNull();
    await userEdits(h.app).create('Glimmers/2026-03-04 c.md', glimmerNote({ created: '2026-03-04T21:00' }));
    await advance();
    expect(el.querySelector('[data-glimmers-panel]')).toBeNull();
  });

  it('should draw the whole dashboard with panel: dashboard', async () => {
    h = await startDashboard(sampleVault());
    await layoutReady(h);
    const { el } = await renderBlock(h, 'panel: dashboard\nrange: all');
    expect(el.querySelectorAll('[data-glimmers-panel]').length).toBeGreaterThanOrEqual(11);
    const expected = await expectedIndex(h.app);
    expect(el.querySelector('.glimmers-filter-summary')?.textContent).toBe(`${expected.query().count} glimmers · All time`);
  });
});

describe('parseBlockOptions', () => {
  it('should read key: value lines with quotes, comments, any case and a custom range', () => {
    const themes = [{ id: 'client-hope', label: 'Hope sparked by a client', hidden: false }];
    expect(parseBlockOptions('# my heatmap\nPanel: Heatmap\nfrom: "2026-01-01"\nto: 2026-03-31\ntheme: \'hope sparked by a client\'\nmoment: End of day\nmetric: intensity\n', themes)).toEqual({
      panel: 'heatmap', metric: 'intensity', problems: [],
      filters: { range: { from: '2026-01-01', to: '2026-03-31' }, theme: 'client-hope', moment: 'end-of-day' },
    });
    // The heatmap is shaded by mean intensity unless a block asks for counts.
    expect(parseBlockOptions('')).toEqual({ panel: 'summary', metric: 'intensity', problems: [], filters: { range: '12m' } });
    expect(parseBlockOptions('metric: count').metric).toBe('count');
    expect(parseBlockOptions('range: 30 days\ntheme: my-own-theme').filters).toEqual({ range: '30d', theme: 'my-own-theme' });
  });
});
