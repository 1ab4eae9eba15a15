// The dashboard pane inside the in-memory Obsidian: opened through its command, every panel's
// numbers read from the DOM and compared with an index built by parsing every file, live updates
// after edits, filters, the empty state, privacy mode, and never a write to a note.
import { addDays, BODY_REGIONS, bodyMapFigures, DEFAULT_THEMES, MOMENTS, summarizeHistory, type GlimmerIndex } from '@glimmers/core';
import { PANEL_NAMES } from '@glimmers/dashboard';
import type { WorkspaceLeaf } from 'obsidian-test-mocks/obsidian';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { cleanUp, mockPlugin, type Harness } from './support/harness.ts';
import {
  advance, BROKEN_GLIMMER, command, dashboardPane, expectedIndex, glimmerNote, indexEveryNote, layoutReady, sampleVault, spyOnWrites, startDashboard, texts, userEdits,
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

function pane(): HTMLElement {
  const el = dashboardPane(h.app);
  if (!el) throw new Error('the dashboard pane is not open');
  return el;
}

function panel(name: string): HTMLElement {
  const el = pane().querySelector<HTMLElement>(`[data-glimmers-panel="${name}"]`);
  if (!el) throw new Error(`no ${name} panel`);
  return el;
}

/** The filter bar's "N glimmers · range" line. */
function shownCount(): number {
  return Number((panel('filters').querySelector('.glimmers-filter-summary')?.textContent ?? '').split(' ')[0]);
}

/** The rows of a bars panel as `label count`, sorted. */
function barRows(name: string): string[] {
  return [...panel(name).querySelectorAll('.glimmers-bar-row')]
    .map((row) => `${row.querySelector('.glimmers-bar-label')?.textContent} ${row.querySelector('.glimmers-bar-count')?.textContent}`).sort();
}

/** The places the body map lists, as "word count", sorted. */
function placeRows(): string[] {
  return [...panel('body').querySelectorAll('.glimmers-bodymap-row')]
    .map((row) => `${row.querySelector('.glimmers-bodymap-word')?.textContent} ${Number.parseInt(row.querySelector('.glimmers-bodymap-count')?.textContent ?? '', 10)}`).sort();
}

function expectedRows(counts: Record<string, number>, label: (key: string) => string = (k) => k): string[] {
  return Object.entries(counts).filter(([, n]) => n > 0).map(([key, n]) => `${label(key)} ${n}`).sort();
}

function select(key: string, value: string): void {
  const el = pane().querySelector<HTMLSelectElement>(`select[data-glimmers-key="${key}"]`);
  if (!el) throw new Error(`no select ${key}`);
  el.value = value;
  el.dispatchEvent(new Event('change', { bubbles: true }));
}

/** This week's and this month's counts (from the summary's sentences) and the days of the last 30 with a glimmer. */
function stats(): number[] {
  const [week, month] = texts(panel('summary'), '.glimmers-sentence');
  const count = (sentence: string | undefined): number => Number(/^This (?:week|month): (\d+) glimmers?/.exec(sentence ?? '')?.[1] ?? 0);
  const days = /reflect on (\d+) of the last 30 days/.exec(panel('summary').querySelector('.glimmers-rhythm-text')?.textContent ?? '')?.[1];
  return [count(week), count(month), Number(days ?? 0)];
}

/** Opens the quiet "notes to fix" line at the foot of the dashboard. */
function openAttention(): HTMLElement {
  const toggle = panel('attention').querySelector<HTMLButtonElement>('[data-glimmers-key="attention:toggle"]');
  if (toggle?.getAttribute('aria-expanded') === 'false') toggle.click();
  return panel('attention');
}

async function openOnSample(): Promise<GlimmerIndex> {
  h = await startDashboard(sampleVault());
  await layoutReady(h);
  await command(h, 'open-dashboard');
  return expectedIndex(h.app);
}

describe('the dashboard pane', () => {
  it('should open from its command and show every panel with the numbers of the index', async () => {
    const expected = await openOnSample();
    const leaves = h.app.workspace.getLeavesOfType('glimmers-dashboard');
    expect(leaves).toHaveLength(1);
    expect(leaves[0]?.getDisplayText()).toBe('Glimmer dashboard');
    const shown = new Set([...pane().querySelectorAll('[data-glimmers-panel]')].map((el) => el.getAttribute('data-glimmers-panel')));
    for (const name of PANEL_NAMES) expect(shown, name).toContain(name);

    const year = expected.query({ from: YEAR_START, to: TODAY, recentLimit: 10 });
    expect(shownCount()).toBe(year.count);
    expect(stats()).toEqual([
      expected.query({ from: '2026-03-02', to: '2026-03-08' }).count,
      expected.query({ from: '2026-03-01', to: '2026-03-31' }).count,
      expected.query({ from: addDays(TODAY, -29) as string, to: TODAY }).days,
    ]);
    // The summary in words is core's, from the same numbers.
    expect(texts(panel('summary'), '.glimmers-sentence')).toEqual(summarizeHistory(expected, { today: TODAY, weekStart: 1 }).lines);

    const perDay = new Map(year.perDay.map((d) => [d.day, d.count]));
    const cells = [...panel('heatmap').querySelectorAll('[data-day]')];
    expect(cells.length).toBeGreaterThanOrEqual(365);
    for (const cell of cells) {
      const label = cell.getAttribute('aria-label') ?? '';
      const count = /^(\d+) glimmers? on /.exec(label)?.[1];
      expect(Number(count ?? 0), label).toBe(perDay.get(cell.getAttribute('data-day') ?? '') ?? 0);
    }

    const themeLabel = (id: string): string => DEFAULT_THEMES.find((t) => t.id === id)?.label ?? id;
    const momentLabel = (id: string): string => MOMENTS.find((m) => m.id === id)?.label ?? id;
    expect(barRows('themes')).toEqual(expectedRows(year.byTheme, themeLabel));
    expect(barRows('moments')).toEqual(expectedRows(year.byMoment, momentLabel));
    // The body map: each place with the glimmers that noted it (core's one region rule).
    const places = bodyMapFigures(expected, { from: YEAR_START, to: TODAY }).regions.filter((r) => r.count > 0);
    expect(places.length).toBeGreaterThan(1);
    expect(placeRows()).toEqual(places.map((r) => `${BODY_REGIONS.find((b) => b.id === r.region)?.word} ${r.count}`).sort());
    expect(barRows('feelings')).toEqual(expectedRows(year.feelings));
    expect(barRows('grounding')).toEqual(expectedRows(year.grounding));

    // The trend as a table: one row per week, adding up to the range's count.
    panel('trend').querySelector<HTMLButtonElement>('[data-glimmers-key="toggle:trend"]')?.click();
    const weekly = [...panel('trend').querySelectorAll('tbody tr')].map((row) => Number(row.querySelectorAll('td')[0]?.textContent));
    expect(weekly.reduce((a, b) => a + b, 0)).toBe(year.count);

    expect([...panel('recent').querySelectorAll('[data-path]')].map((el) => el.getAttribute('data-path'))).toEqual(year.recent.map((e) => e.path));
    // Newest first: the evening glimmer has no title, the morning one has its `# Title`.
    expect(texts(panel('recent'), '.glimmers-list-title').slice(0, 2)).toEqual(['Glimmer on 4 March 2026', 'She laughed again']);
    expect(panel('attention').textContent).toContain('2 notes look like glimmers but have an error: Show');
    const attention = [...openAttention().querySelectorAll('[data-path]')];
    expect(attention.map((el) => el.getAttribute('data-path'))).toEqual(expected.attempted().map((a) => a.path));
    expect(attention[0]?.textContent).toContain('Line 4: The frontmatter is not valid YAML');
    expect(attention[1]?.textContent).toContain('Line 3: `created` should be a real date');

    // The glimmer from this day last year, with its words read from that one note.
    expect(panel('revisit').textContent).toContain('On this day, a year ago');
    await advance(0);
    expect(panel('revisit').querySelector('.glimmers-revisit-text')?.textContent).toBe('People can change, slowly and for real.');
  });

  it('should show edits, new notes and deletions without reopening', async () => {
    const expected = await openOnSample();
    const before = expected.query({ from: YEAR_START, to: TODAY }).count;
    const [week] = stats();
    const edit = userEdits(h.app);
    await edit.create('Glimmers/2026-03-04 c.md', glimmerNote({ created: '2026-03-04T19:00', themes: ['self-care'], feelings: ['tenderness'], title: 'Just now' }));
    await advance(100);
    // Still debouncing: nothing redrawn yet.
    expect(shownCount()).toBe(before);
    await advance();
    expect(shownCount()).toBe(before + 1);
    expect(stats()[0]).toBe((week ?? 0) + 1);
    expect(texts(panel('recent'), '.glimmers-list-title')[0]).toBe('Just now');
    expect(barRows('feelings')).toContain('tenderness 1');

    await edit.remove('Glimmers/2026-03-02.md');
    await edit.modify('Glimmers/2026-02-10.md', '---\ntype: glimmer\ncreated: 2026-02-10\nintensity: 9\n---\n');
    await advance();
    const now = await expectedIndex(h.app);
    expect(shownCount()).toBe(now.query({ from: YEAR_START, to: TODAY }).count);
    expect(shownCount()).toBe(before - 1);
    const attention = texts(openAttention(), '.glimmers-list-title');
    expect(attention).toEqual(['2026-02-10', 'broken yaml', 'impossible date']);
    expect(panel('attention').textContent).toContain('`intensity` (how much it filled you up) should be a whole number from 1 to 5');
  });

  it('should keep its filters in its state and count what they select', async () => {
    const expected = await openOnSample();
    select('filter:range', '30d');
    expect(shownCount()).toBe(expected.query({ from: addDays(TODAY, -29) as string, to: TODAY }).count);
    select('filter:theme', 'client-hope');
    expect(shownCount()).toBe(expected.query({ from: addDays(TODAY, -29) as string, to: TODAY, themes: ['client-hope'] }).count);
    select('filter:range', 'all');
    expect(shownCount()).toBe(expected.query({ themes: ['client-hope'] }).count);
    const leaf = h.app.workspace.getLeavesOfType('glimmers-dashboard')[0] as unknown as WorkspaceLeaf & { view: { getState(): Record<string, unknown> } };
    expect(leaf.view.getState()['filters']).toEqual({ range: 'all', theme: 'client-hope' });
    // A stored state that makes no sense falls back to the last 12 months.
    await (leaf.view as unknown as { setState(s: unknown, r: unknown): Promise<void> }).setState({ filters: { range: 'forever', theme: 7 } }, { history: false });
    expect(leaf.view.getState()['filters']).toEqual({ range: '12m' });
    expect(shownCount()).toBe(expected.query({ from: YEAR_START, to: TODAY }).count);
  });

  it('should say it is still reading while Obsidian indexes the vault, then show the numbers', async () => {
    h = await startDashboard(sampleVault(), { cold: true });
    // A pane restored with the workspace opens before the layout is ready.
    await command(h, 'open-dashboard');
    expect(pane().querySelector('.glimmers-dashboard-status')?.textContent).toBe('Reading your glimmers…');
    expect(pane().querySelector('[data-glimmers-panel]')).toBeNull();
    await layoutReady(h);
    // The cache is still empty: no "no glimmers yet" while Obsidian is reading.
    expect(pane().querySelector('[data-glimmers-panel]')).toBeNull();
    expect(pane().textContent).not.toContain('No glimmers yet');

    indexEveryNote(h.app, { resolved: false });
    h.app.metadataCache.trigger('resolved');
    await advance();
    const expected = await expectedIndex(h.app);
    expect(shownCount()).toBe(expected.query({ from: YEAR_START, to: TODAY }).count);
    expect(pane().querySelector('.glimmers-dashboard-status')?.textContent).toBe('');
  });

  it('should reuse the open pane and keep it when the plugin unloads', async () => {
    await openOnSample();
    await command(h, 'open-dashboard');
    expect(h.app.workspace.getLeavesOfType('glimmers-dashboard')).toHaveLength(1);
    expect(mockPlugin(h).commands__.get('open-dashboard')?.name).toBe('Open glimmer dashboard');
    h.plugin.unload();
    expect(h.app.workspace.getLeavesOfType('glimmers-dashboard')).toHaveLength(1);
  });

  it('should release everything it listened to on the vault when the plugin unloads', async () => {
    const listeners = (): number => [h.app.vault, h.app.metadataCache, h.app.workspace]
      .reduce((n, source) => n + Object.values((source as unknown as { _: Record<string, unknown[]> })._).reduce((m, list) => m + list.length, 0), 0);
    h = await startDashboard(sampleVault());
    const beforeLayout = listeners();
    await layoutReady(h);
    await command(h, 'open-dashboard');
    expect(listeners()).toBeGreaterThan(beforeLayout);
    h.plugin.unload();
    expect(listeners()).toBe(beforeLayout);
    const shown = shownCount();
    await userEdits(h.app).create('Glimmers/2026-03-04 late.md', glimmerNote({ created: '2026-03-04T22:00' }));
    await advance();
    expect(shownCount()).toBe(shown);
  });

  it('should open a glimmer in another tab, leaving the dashboard in place', async () => {
    await openOnSample();
    const item = panel('recent').querySelector<HTMLButtonElement>('[data-path="Glimmers/2026-03-04 a.md"]');
    item?.click();
    await advance(0);
    const opened = h.app.workspace.getMostRecentLeaf() as unknown as { file: { path: string } | null; getViewState(): { type: string } };
    expect(opened.file?.path).toBe('Glimmers/2026-03-04 a.md');
    expect(h.app.workspace.getLeavesOfType('glimmers-dashboard')).toHaveLength(1);
    expect(pane().querySelector('[data-glimmers-panel="recent"]')).not.toBeNull();
  });

  it('should explain glimmers on an empty vault and open the New glimmer form from there', async () => {
    h = await startDashboard({ 'Notes/plain.md': '# Just a note\n' });
    await layoutReady(h);
    await command(h, 'open-dashboard');
    expect(pane().textContent).toContain('No glimmers yet');
    const button = [...pane().querySelectorAll('button')].find((b) => b.textContent === 'New glimmer');
    button?.click();
    await advance(0);
    expect(activeDocument.querySelector('.glimmers-modal')).not.toBeNull();
  });

  it('should keep glimmer words hidden in privacy mode until asked, reading nothing before', async () => {
    h = await startDashboard(sampleVault(), { disk: { data: JSON.stringify({ privacyMode: true }) } });
    await layoutReady(h);
    const cachedRead = vi.spyOn(h.app.vault, 'cachedRead');
    await command(h, 'open-dashboard');
    await advance(0);
    expect(texts(panel('recent'), '.glimmers-list-title').slice(0, 2)).toEqual(['Glimmer on 4 March 2026', 'Glimmer on 4 March 2026']);
    expect(pane().textContent).not.toContain('She laughed again');
    expect(panel('revisit').querySelector('.glimmers-revisit-text')).toBeNull();
    expect(cachedRead).not.toHaveBeenCalled();
    [...panel('revisit').querySelectorAll('button')].find((b) => b.textContent === 'Show')?.click();
    await advance(0);
    expect(panel('revisit').querySelector('.glimmers-revisit-text')?.textContent).toBe('People can change, slowly and for real.');
    expect(cachedRead.mock.calls.map(([f]) => f.path)).toEqual(['Glimmers/2025/2025-03-04.md']);
  });

  it('should list a broken glimmer that arrives later in needs attention, opening its note', async () => {
    await openOnSample();
    await userEdits(h.app).modify('Glimmers/2026-03-04 b.md', '---\ntype: glimmer\ncreated: 2026-03-04\nfeelings: [calm\n---\n');
    await advance();
    const row = openAttention().querySelector<HTMLButtonElement>('[data-path="Glimmers/2026-03-04 b.md"]');
    expect(row?.textContent).toContain('The frontmatter is not valid YAML');
    expect(panel('attention').querySelector(`[data-path="${BROKEN_GLIMMER}"]`)).not.toBeNull();
    row?.click();
    await advance(0);
    const opened = h.app.workspace.getMostRecentLeaf() as unknown as { file: { path: string } | null };
    expect(opened.file?.path).toBe('Glimmers/2026-03-04 b.md');
  });
});
