/**
 * The dashboard's "A glimmer to revisit" panel (care): the model chooses with core's revisit rule,
 * and the panel shows words to reread, never a glimmer without them, with "Show another" and
 * "On this day".
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GlimmerIndex, type Glimmer } from '@glimmers/core';
import { buildDashboardModel, dashboardDataFromIndex, indexFromDashboardData, parseDashboardData, renderPanel, serializeDashboardData, type DashboardHandlers, type DashboardOptions, type RevisitWords } from '@glimmers/dashboard';
import { glimmer } from '../core/support/glimmers.ts';
import { fixtureIndex } from './support/fixture.ts';
import { expectApproved, serializeDom } from './support/serialize-dom.ts';

const base: DashboardOptions = { range: '12m', today: '2026-03-04', weekStart: 1 };
const remember = (text: string): Glimmer['sections'] => [{ heading: 'What I want to remember', text }];
const witnessed = (text: string): Glimmer['sections'] => [{ heading: 'What I witnessed', text }];

function indexWith(list: [string, Glimmer][]): GlimmerIndex {
  const index = new GlimmerIndex();
  for (const [path, g] of list) index.set(path, g);
  return index;
}

function handlers(overrides: Partial<DashboardHandlers> = {}): DashboardHandlers & { openNote: ReturnType<typeof vi.fn>; changeFilters: ReturnType<typeof vi.fn> } {
  return { openNote: vi.fn(), changeFilters: vi.fn(), ...overrides } as never;
}

function mountPoint(): HTMLElement {
  const div = document.createElement('div');
  document.body.appendChild(div);
  return div;
}

function buttonNamed(root: HTMLElement, name: string): HTMLButtonElement {
  const found = [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent) === name);
  if (!found) throw new Error(`no button "${name}"`);
  return found;
}

const words = (root: HTMLElement): string | null | undefined => root.querySelector('[data-glimmers-key="revisit:text"]')?.textContent;

afterEach(() => {
  document.body.replaceChildren();
});

describe('revisit model', () => {
  const index = indexWith([
    ['faint.md', glimmer('2026-01-10', { intensity: 1, weight: 5, sections: remember('A faint light.') })],
    ['full.md', glimmer('2026-01-11', { intensity: 5, title: 'Her laugh', themes: ['client-hope'], sections: remember('Laughter came back.') })],
    ['empty.md', glimmer('2026-01-12', { intensity: 5, sections: remember('%% What do I want to remember? %%') })],
    ['seen.md', glimmer('2026-01-13', { intensity: 3, sections: witnessed('He came back.') })],
    ['fresh.md', glimmer('2026-03-01', { intensity: 5, sections: remember('Too fresh to come back yet.') })],
    ['year.md', glimmer('2025-03-04', { intensity: 2, sections: remember('A year ago today.') })],
    ['month.md', glimmer('2026-02-04', { intensity: 4, sections: witnessed('A month ago today.') })],
  ]);

  it('offers filling glimmers first, with their words, never one without words or from the last two weeks', () => {
    const r = buildDashboardModel(index, base).revisit;
    expect(r.items.map((i) => i.path)).toEqual(['full.md', 'month.md', 'seen.md', 'faint.md', 'year.md']);
    expect(r.items[0]).toEqual({
      path: 'full.md', day: '2026-01-11', dateLabel: '11 January 2026', reason: 'From 11 January 2026', title: 'Her laugh',
      themes: ['Hope sparked by a client'], text: { heading: 'What I want to remember', text: 'Laughter came back.' },
    });
    expect(r.items[2]?.text).toEqual({ heading: 'What I witnessed', text: 'He came back.' });
    expect(r).toMatchObject({ start: 0, next: 6, more: false, any: true });
  });

  it('brings back "On this day" a year ago, then a month ago', () => {
    const r = buildDashboardModel(index, base).revisit;
    expect(r.onThisDay.map((i) => [i.path, i.reason])).toEqual([['year.md', 'On this day, a year ago'], ['month.md', 'On this day, a month ago']]);
  });

  it('keeps to the theme filter, and continues from where "Show another" asked, round to the start after the end', () => {
    expect(buildDashboardModel(index, { ...base, theme: 'client-hope' }).revisit.items.map((i) => i.path)).toEqual(['full.md']);
    expect(buildDashboardModel(index, { ...base, revisitFrom: 3 }).revisit).toMatchObject({ start: 3, items: [{ path: 'seen.md' }, { path: 'faint.md' }, { path: 'year.md' }] });
    const round = buildDashboardModel(index, { ...base, revisitFrom: 99 }).revisit;
    expect([round.start, round.items[0]?.path]).toEqual([0, 'full.md']);
  });

  it('leaves the words unknown when only the frontmatter was read and the host can read them', () => {
    const frontmatterOnly = indexWith([['x.md', glimmer('2025-01-01', { intensity: 4 })]]);
    const r = buildDashboardModel(frontmatterOnly, { ...base, loadsWords: true }).revisit;
    expect(r.items).toEqual([{ path: 'x.md', day: '2025-01-01', dateLabel: '1 January 2025', reason: 'From 1 January 2025', themes: [] }]);
    // A host that cannot read notes (a static page) passes such a glimmer over, and says why.
    expect(buildDashboardModel(frontmatterOnly, base).revisit).toMatchObject({ items: [], any: true, unread: true });
  });

  it('keeps the same choice all day, and changes it from day to day', () => {
    const big = fixtureIndex(400);
    const first = (today: string): string | undefined => buildDashboardModel(big, { ...base, today }).revisit.items[0]?.path;
    expect(first('2026-03-05')).toBe(first('2026-03-05'));
    big.set('Glimmers/written-today.md', glimmer('2026-03-05T18:00', { intensity: 5, sections: remember('New today.') }));
    expect(first('2026-03-05')).toBe(buildDashboardModel(fixtureIndex(400), { ...base, today: '2026-03-05' }).revisit.items[0]?.path);
    const days = new Set(['2026-03-05', '2026-03-06', '2026-03-07', '2026-03-08', '2026-03-09'].map(first));
    expect(days.size).toBeGreaterThan(1);
  });
});

describe('revisit panel', () => {
  it('keeps the words hidden in privacy mode until "Show", loading them on demand', async () => {
    // Only the frontmatter is known (as from Obsidian's cache): the words must be loaded.
    const index = indexWith([['Glimmers/2025-03-04.md', glimmer('2025-03-04', { title: 'The first laugh', themes: ['meaning'], intensity: 5 })]]);
    const loadRevisitText = vi.fn(async (_path: string): Promise<RevisitWords> => ({ heading: 'What I want to remember', text: 'Laughter can come back.' }));
    const revealRevisit = vi.fn();
    const container = mountPoint();
    renderPanel(container, buildDashboardModel(index, { ...base, privacy: true, loadsWords: true }), 'revisit', handlers({ loadRevisitText, revealRevisit }));
    expect(container.textContent).not.toContain('The first laugh');
    expect(loadRevisitText).not.toHaveBeenCalled();
    expectApproved('revisit-privacy-hidden', serializeDom(container));
    buttonNamed(container, 'Show the glimmer to revisit').click();
    expect(revealRevisit).toHaveBeenCalledWith('Glimmers/2025-03-04.md');
    expect(loadRevisitText).toHaveBeenCalledWith('Glimmers/2025-03-04.md');
    expect(container.textContent).toContain('Reading the note…');
    await vi.waitFor(() => expect(words(container)).toBe('Laughter can come back.'));
    // Focus follows the revealed words, so a screen reader reads them once loaded.
    expect(document.activeElement).toBe(container.querySelector('[data-glimmers-key="revisit:text"]'));
    expect(container.textContent).toContain('The first laugh');
    expectApproved('revisit-privacy-shown', serializeDom(container));
  });

  it('passes over a glimmer whose note has no words, and steps through the rest with "Show another"', async () => {
    const index = indexWith([
      ['a.md', glimmer('2026-01-05', { intensity: 5 })],
      ['b.md', glimmer('2026-01-06', { intensity: 5 })],
      ['c.md', glimmer('2026-01-07', { intensity: 5 })],
    ]);
    const texts: Record<string, RevisitWords | null> = { 'a.md': null, 'b.md': { heading: 'What I witnessed', text: 'B words' }, 'c.md': { heading: 'What I witnessed', text: 'C words' } };
    const h = handlers({ loadRevisitText: async (path) => texts[path] ?? null });
    const model = buildDashboardModel(index, { ...base, loadsWords: true });
    const order = model.revisit.items.map((i) => i.path);
    const container = mountPoint();
    renderPanel(container, model, 'revisit', h);
    const shown: string[] = [];
    for (let i = 0; i < 3; i++) {
      await vi.waitFor(() => expect(words(container)).toMatch(/words$/));
      shown.push(words(container) as string);
      buttonNamed(container, 'Show another').click();
    }
    const withWords = order.filter((p) => p !== 'a.md').map((p) => `${p.slice(0, 1).toUpperCase()} words`);
    // Each glimmer with words once, then round again; the one without words never.
    expect(shown).toEqual([...withWords, withWords[0]]);
    expect(container.textContent).not.toContain('no "What I want to remember"');
    expect(h.changeFilters).not.toHaveBeenCalled();
  });

  it('asks for the next glimmers of the day after the last one offered', () => {
    const list: [string, Glimmer][] = Array.from({ length: 25 }, (_, i) => [`g${i}.md`, glimmer(`2025-11-${String(i + 1).padStart(2, '0')}`, { intensity: 4, sections: remember(`Words ${i}`) })]);
    const model = buildDashboardModel(indexWith(list), { ...base, theme: undefined });
    expect(model.revisit).toMatchObject({ start: 0, next: 20, more: true, any: true });
    const h = handlers();
    const container = mountPoint();
    renderPanel(container, model, 'revisit', h);
    for (let i = 0; i < 20; i++) buttonNamed(container, 'Show another').click();
    expect(h.changeFilters).toHaveBeenCalledWith({ range: '12m', revisitFrom: 20 });
  });

  it('shows "On this day" with its own words and link', async () => {
    const index = indexWith([
      ['now.md', glimmer('2026-01-20', { intensity: 5, sections: remember('From January.') })],
      ['then.md', glimmer('2025-03-04', { intensity: 1, sections: witnessed('A year ago, exactly.') })],
    ]);
    const h = handlers();
    const container = mountPoint();
    renderPanel(container, buildDashboardModel(index, base), 'revisit', h);
    const group = container.querySelector<HTMLElement>('[role="group"][aria-label="On this day"]');
    expect(group?.textContent).toContain('A year ago, 4 March 2025');
    expect(group?.querySelector('blockquote')?.textContent).toBe('A year ago, exactly.');
    buttonNamed(group as HTMLElement, 'Open the glimmer from 4 March 2025').click();
    expect(h.openNote).toHaveBeenCalledWith('then.md', expect.any(MouseEvent));
  });

  it('says kindly when nothing is old enough, when nothing has words, and when a page has no note text', () => {
    const say = (index: GlimmerIndex, h: DashboardHandlers): string => {
      const container = mountPoint();
      renderPanel(container, buildDashboardModel(index, { ...base, loadsWords: h.loadRevisitText !== undefined }), 'revisit', h);
      return container.textContent ?? '';
    };
    expect(say(indexWith([['new.md', glimmer('2026-03-01', { sections: remember('New.') })]]), handlers())).toContain('Glimmers come back here two weeks after you write them');
    expect(say(indexWith([['old.md', glimmer('2025-06-01', { sections: remember('%% empty %%') })]]), handlers())).toContain('None of your older glimmers has words to reread yet');
    expect(say(indexWith([['old.md', glimmer('2025-06-01')]]), handlers())).toContain('exported without note text');
  });

  it('on an exported page, says the words were left out, or offers the words the page holds', () => {
    const index = indexWith([
      ['old.md', glimmer('2025-06-01', { intensity: 5, title: 'Old', sections: remember('Kept words.') })],
      ['bare.md', glimmer('2025-06-02', { intensity: 5, sections: [{ heading: 'What I am grateful for', text: 'Not shown.' }] })],
    ]);
    const pageText = (includeText: boolean): string => {
      const data = parseDashboardData(serializeDashboardData(dashboardDataFromIndex(index, base, { includeText })));
      if (!data) throw new Error('no payload');
      expect(data.options.textIncluded).toBe(includeText);
      const container = mountPoint();
      renderPanel(container, buildDashboardModel(indexFromDashboardData(data), data.options), 'revisit', handlers());
      return container.textContent ?? '';
    };
    expect(pageText(false)).toContain('exported without note text');
    const withText = pageText(true);
    expect(withText).toContain('Kept words.');
    expect(withText).not.toContain('Not shown.');
  });
});
