// The renderer rebuilds only the panels whose part of the model changed; the day or week a
// person selects lists its glimmers with their own words; "What I'm carrying" stays closed until
// asked and keeps its words hidden in privacy mode until "Show".
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GlimmerIndex } from '@glimmers/core';
import { buildDashboardModel, LiveDashboard, renderDashboard } from '@glimmers/dashboard';
import type { DashboardOptions, NoteText } from '@glimmers/dashboard';
import { glimmer } from '../core/support/glimmers.ts';
import { serializeDom } from './support/serialize-dom.ts';

const base: DashboardOptions = { range: '30d', today: '2026-03-04', weekStart: 1 };

function index(): GlimmerIndex {
  const i = new GlimmerIndex();
  i.set('a.md', glimmer('2026-03-04T09:00', { title: 'She laughed', themes: ['client-hope'], intensity: 4, weight: 1, feelings: ['warmth'] }));
  i.set('b.md', glimmer('2026-03-04T17:00', { themes: ['presence'], intensity: 3 }));
  i.set('c.md', glimmer('2026-02-20', { themes: ['meaning'], weight: 4 }));
  i.set('old.md', glimmer('2025-06-01', { themes: ['meaning'], intensity: 2 }));
  return i;
}

function mount(): HTMLElement {
  const div = document.createElement('div');
  document.body.appendChild(div);
  return div;
}

/** Watches `root` and returns the panels replaced since the last call. */
function replacements(root: HTMLElement): () => string[] {
  const seen: string[] = [];
  const observer = new MutationObserver((records) => {
    for (const r of records) for (const n of Array.from(r.addedNodes)) {
      const name = n instanceof Element ? n.getAttribute('data-glimmers-panel') : null;
      if (name) seen.push(name);
    }
  });
  observer.observe(root, { childList: true, subtree: true });
  return () => {
    for (const r of observer.takeRecords()) for (const n of Array.from(r.addedNodes)) {
      const name = n instanceof Element ? n.getAttribute('data-glimmers-panel') : null;
      if (name) seen.push(name);
    }
    return seen.splice(0).sort();
  };
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('renderDashboard: only what changed is rebuilt', () => {
  it('rebuilds nothing for the same model, and only the affected panels after one glimmer changed', () => {
    const i = index();
    const container = mount();
    const view = renderDashboard(container, buildDashboardModel(i, base), { openNote: vi.fn(), changeFilters: vi.fn() });
    const replaced = replacements(container);
    view.update(buildDashboardModel(i, base));
    expect(replaced()).toEqual([]);

    // An old glimmer outside the 30 days gets a new feeling: nothing in the range changes.
    i.set('old.md', glimmer('2025-06-01', { themes: ['meaning'], intensity: 2, feelings: ['calm'] }));
    view.update(buildDashboardModel(i, base));
    expect(replaced()).toEqual([]);

    // Today's glimmer gets another feeling: the feelings panel, and nothing else, is rebuilt.
    i.set('b.md', glimmer('2026-03-04T17:00', { themes: ['presence'], intensity: 3, feelings: ['calm'] }));
    view.update(buildDashboardModel(i, base));
    expect(replaced()).toEqual(['feelings']);
    expect(container.querySelector('.glimmers-panel-feelings')?.textContent).toContain('calm');

    // Its intensity changes: the sentences and its line in the list are rebuilt; the heatmap and the
    // trend keep their elements (scroll, focus) and only that day's cell and that week's bar change.
    const heatmap = container.querySelector('[data-glimmers-panel="heatmap"]');
    const cell = (): Element => container.querySelector('[data-day="2026-03-04"]')!;
    expect(cell().getAttribute('aria-label')).toBe('2 glimmers on 4 March 2026, mean intensity 3.5');
    const untouched = container.querySelector('[data-day="2026-03-03"]');
    i.set('b.md', glimmer('2026-03-04T17:00', { themes: ['presence'], intensity: 5, feelings: ['calm'] }));
    view.update(buildDashboardModel(i, base));
    expect(replaced()).toEqual(['recent', 'summary']);
    expect(container.querySelector('[data-glimmers-panel="heatmap"]')).toBe(heatmap);
    expect(cell().getAttribute('aria-label')).toBe('2 glimmers on 4 March 2026, mean intensity 4.5');
    expect(cell().querySelector('title')?.textContent).toBe('2 glimmers on 4 March 2026, mean intensity 4.5');
    expect(cell().getAttribute('class')).toBe('glimmers-heat-cell glimmers-heat-l4');
    expect(container.querySelector('[data-day="2026-03-03"]')).toBe(untouched);
    // The same through the table: while the table is shown, the panel is rebuilt instead.
    container.querySelector<HTMLButtonElement>('[data-glimmers-key="toggle:heatmap"]')!.click();
    replaced();
    i.set('b.md', glimmer('2026-03-04T17:00', { themes: ['presence'], intensity: 1, feelings: ['calm'] }));
    view.update(buildDashboardModel(i, base));
    expect(replaced()).toEqual(['heatmap', 'recent', 'summary']);
    expect(container.querySelector('.glimmers-panel-heatmap table')?.textContent).toContain('2.5');
  });

  it('keeps the scroll of the page and a revealed or opened part when other panels change', () => {
    const i = index();
    const container = mount();
    const view = renderDashboard(container, buildDashboardModel(i, base), { openNote: vi.fn(), changeFilters: vi.fn() });
    container.querySelector<HTMLButtonElement>('[data-glimmers-key="carrying:toggle"]')!.click();
    const carrying = container.querySelector('.glimmers-panel-carrying');
    i.set('d.md', glimmer('2026-03-03', { feelings: ['hope'] }));
    view.update(buildDashboardModel(i, base));
    // The carrying panel's list of glimmers changed, so it was rebuilt, and it is still open.
    expect(container.querySelector('.glimmers-panel-carrying')).not.toBe(carrying);
    expect(container.querySelector('[data-glimmers-key="carrying:toggle"]')!.getAttribute('aria-expanded')).toBe('true');
  });
});

describe('renderDashboard: a part brought up to date in place reads as if drawn anew', () => {
  it('gives the heatmap, the trend and the filters the same DOM as a fresh drawing of the new model', () => {
    const i = index();
    const patched = mount();
    const handlers = { openNote: vi.fn(), changeFilters: vi.fn(), select: vi.fn() };
    const view = renderDashboard(patched, buildDashboardModel(i, { ...base, range: '90d' }), handlers);
    const replaced = replacements(patched);
    // Counts, a new theme's count, means, a new week's bar and an emptied one.
    i.set('a.md', glimmer('2026-03-04T09:00', { title: 'She laughed', themes: ['meaning'], intensity: 1, weight: 5 }));
    i.set('e.md', glimmer('2026-01-14', { themes: ['presence'], intensity: 2 }));
    i.delete('c.md');
    const next = buildDashboardModel(i, { ...base, range: '90d' });
    view.update(next);
    expect(replaced()).not.toContain('heatmap');
    expect(replaced()).not.toContain('trend');
    const fresh = mount();
    renderDashboard(fresh, next, handlers);
    const html = (root: HTMLElement, part: string): string => serializeDom(root.querySelector(`[data-glimmers-panel="${part}"]`)!);
    for (const part of ['heatmap', 'trend', 'filters']) expect(html(patched, part), part).toBe(html(fresh, part));

    // A sync that brings many days at once (more than the few cells looked up one by one).
    for (let d = 1; d <= 20; d++) i.set(`sync-${d}.md`, glimmer(`2026-02-${String(d).padStart(2, '0')}`, { themes: ['presence'], intensity: (d % 5) + 1 }));
    const synced = buildDashboardModel(i, { ...base, range: '90d' });
    view.update(synced);
    expect(replaced()).not.toContain('heatmap');
    const again = mount();
    renderDashboard(again, synced, handlers);
    expect(html(patched, 'heatmap')).toBe(html(again, 'heatmap'));
  });
});

describe('reading a day or a week', () => {
  const texts: Record<string, NoteText> = {
    'a.md': { witnessed: 'She laughed for the first time in months.\nThen cried.', carrying: 'The court date.', remember: null },
    'b.md': { witnessed: null, carrying: null, remember: null },
  };

  function live(privacy = false): { container: HTMLElement; loadNoteText: ReturnType<typeof vi.fn>; openNote: ReturnType<typeof vi.fn> } {
    const container = mount();
    const loadNoteText = vi.fn(async (path: string) => texts[path] ?? null);
    const openNote = vi.fn();
    const i = index();
    new LiveDashboard(container, { index: () => i, options: () => ({ today: base.today, weekStart: 1, privacy }), filters: { range: '30d' }, handlers: { openNote, loadNoteText } }).draw();
    return { container, loadNoteText, openNote };
  }

  it('lists the glimmers of a selected heatmap day with their first witnessed line, each opening its note', async () => {
    const { container, loadNoteText, openNote } = live();
    expect(container.querySelector('[data-glimmers-panel="day"]')!.hasAttribute('hidden')).toBe(true);
    container.querySelector('[data-day="2026-03-04"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    const day = (): HTMLElement => container.querySelector('[data-glimmers-panel="day"]')!;
    expect(day().querySelector('h3')!.textContent).toBe('Glimmers on Wednesday 4 March 2026');
    await vi.waitFor(() => expect(day().querySelector('.glimmers-list-words')?.textContent).toBe('She laughed for the first time in months.'));
    expect(loadNoteText.mock.calls.map(([p]) => p).sort()).toEqual(['a.md', 'b.md']);
    const items = [...day().querySelectorAll<HTMLButtonElement>('.glimmers-list-item')];
    expect(items.map((b) => b.querySelector('.glimmers-list-title')!.textContent)).toEqual(['Glimmer on 4 March 2026', 'She laughed']);
    items[1]!.click();
    expect(openNote).toHaveBeenCalledWith('a.md', expect.any(MouseEvent));
    day().querySelector<HTMLButtonElement>('[data-glimmers-key="day:close"]')!.click();
    expect(day().hasAttribute('hidden')).toBe(true);
  });

  it('lists a week chosen from the trend, from the keyboard', () => {
    const { container } = live();
    const week = container.querySelector<SVGElement>('[data-week][tabindex="0"]')!;
    expect(week.getAttribute('data-week')).toBe('2026-03-02');
    week.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }));
    const previous = container.querySelector<SVGElement>('[data-week][tabindex="0"]')!;
    expect(previous.getAttribute('data-week')).toBe('2026-02-23');
    previous.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(container.querySelector('[data-glimmers-panel="day"] h3')!.textContent).toBe('Glimmers in the week of 23 February 2026');
    expect(container.querySelector('[data-week="2026-02-23"]')!.getAttribute('aria-pressed')).toBe('true');
  });

  it('keeps titles and words hidden in privacy mode, reading nothing until "Show"', async () => {
    const { container, loadNoteText } = live(true);
    container.querySelector('[data-day="2026-03-04"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    const day = (): HTMLElement => container.querySelector('[data-glimmers-panel="day"]')!;
    expect(day().textContent).not.toContain('She laughed');
    expect(loadNoteText).not.toHaveBeenCalled();
    day().querySelector<HTMLButtonElement>('[data-glimmers-key="day:show"]')!.click();
    await vi.waitFor(() => expect(day().textContent).toContain('She laughed for the first time in months.'));
    expect(day().textContent).toContain('She laughed');
  });
});

describe("what I'm carrying", () => {
  it('is closed at first, and once opened lists the carrying lines it reads', async () => {
    const container = mount();
    const loadNoteText = vi.fn(async (path: string): Promise<NoteText | null> => (path === 'c.md' ? { witnessed: null, carrying: 'A heavy week at work.', remember: null } : { witnessed: null, carrying: null, remember: null }));
    const i = index();
    new LiveDashboard(container, { index: () => i, options: () => ({ today: base.today, weekStart: 1 }), filters: { range: '30d' }, handlers: { openNote: vi.fn(), loadNoteText } }).draw();
    const panel = (): HTMLElement => container.querySelector('[data-glimmers-panel="carrying"]')!;
    const toggle = (): HTMLButtonElement => panel().querySelector('[data-glimmers-key="carrying:toggle"]')!;
    expect(toggle().getAttribute('aria-expanded')).toBe('false');
    expect(panel().querySelector('.glimmers-carrying-list')).toBeNull();
    expect(loadNoteText).not.toHaveBeenCalled();
    toggle().click();
    await vi.waitFor(() => expect(panel().querySelector('.glimmers-carrying-text')?.textContent).toBe('A heavy week at work.'));
    expect(panel().textContent).toContain('20 February 2026');
  });

  it('shows the carrying lines of a page read in full at once, and hides them in privacy mode until "Show"', () => {
    const i = new GlimmerIndex();
    i.set('x.md', glimmer('2026-03-01', { sections: [{ heading: "What I’m carrying", text: 'Grief for a client.' }] }));
    const container = mount();
    new LiveDashboard(container, { index: () => i, options: () => ({ today: base.today, weekStart: 1, privacy: true }), filters: { range: '30d' }, handlers: { openNote: vi.fn() } }).draw();
    const panel = (): HTMLElement => container.querySelector('[data-glimmers-panel="carrying"]')!;
    panel().querySelector<HTMLButtonElement>('[data-glimmers-key="carrying:toggle"]')!.click();
    expect(panel().textContent).not.toContain('Grief');
    panel().querySelector<HTMLButtonElement>('[data-glimmers-key="carrying:show"]')!.click();
    expect(panel().querySelector('.glimmers-carrying-text')?.textContent).toBe('Grief for a client.');
  });
});
