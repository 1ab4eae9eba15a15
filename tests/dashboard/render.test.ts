import { afterEach, describe, expect, it, vi } from 'vitest';
import { GlimmerIndex } from '@glimmers/core';
import type { Glimmer } from '@glimmers/core';
import { buildDashboardModel, renderDashboard, renderPanel } from '@glimmers/dashboard';
import type { DashboardHandlers, DashboardOptions } from '@glimmers/dashboard';
import { glimmer } from '../core/support/glimmers.ts';
import { HOSTILE } from './support/fixture.ts';
import { expectApproved, serializeDom } from './support/serialize-dom.ts';

const base: DashboardOptions = { range: '30d', today: '2026-03-04', weekStart: 1 };

function smallIndex(): GlimmerIndex {
  const index = new GlimmerIndex();
  const list: [string, Glimmer][] = [
    ['Glimmers/2026-03-04-a.md', glimmer('2026-03-04T17:10', { title: 'She set a boundary', themes: ['client-growth'], moment: 'after-session', intensity: 4, weight: 2, body: ['chest'], feelings: ['proud'], grounding: ['walk'] })],
    ['Glimmers/2026-03-04-b.md', glimmer('2026-03-04', { themes: ['client-hope', 'presence'], moment: 'end-of-day', intensity: 3, body: ['shoulders', 'chest'] })],
    ['Glimmers/2026-02-20.md', glimmer('2026-02-20', { themes: ['self-care'], moment: 'supervision', weight: 4, feelings: ['tired', 'proud'] })],
    ['Glimmers/2025-03-04.md', glimmer('2025-03-04', { title: 'The first laugh', themes: ['meaning'], intensity: 5, sections: [{ heading: 'What I want to remember', text: 'Laughter can come back.\nEven here.' }] })],
  ];
  for (const [path, g] of list) index.set(path, g);
  index.setAttempted('Glimmers/broken.md', [{ severity: 'error', code: 'created-invalid', message: 'created is not a real date: 2026-02-30.', line: 3, column: 10 }]);
  return index;
}

function handlers(overrides: Partial<DashboardHandlers> = {}): DashboardHandlers & { [K in 'openNote' | 'changeFilters' | 'newGlimmer']: ReturnType<typeof vi.fn> } {
  return { openNote: vi.fn(), changeFilters: vi.fn(), newGlimmer: vi.fn(), ...overrides } as never;
}

function mountPoint(): HTMLElement {
  const div = document.createElement('div');
  document.body.appendChild(div);
  return div;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('renderDashboard: approved HTML', () => {
  it('draws every panel for a small vault', () => {
    const container = mountPoint();
    renderDashboard(container, buildDashboardModel(smallIndex(), base), handlers());
    expectApproved('dashboard-small', serializeDom(container));
  });

  it('draws the empty state with "New glimmer", and without it when the host cannot create notes', () => {
    const empty = buildDashboardModel(new GlimmerIndex(), base);
    const withButton = mountPoint();
    const h = handlers();
    renderDashboard(withButton, empty, h);
    expectApproved('empty-state', serializeDom(withButton));
    const cta = withButton.querySelector<HTMLButtonElement>('.glimmers-cta');
    expect(cta?.textContent).toBe('New glimmer');
    cta!.click();
    expect(h.newGlimmer).toHaveBeenCalledTimes(1);

    const without = mountPoint();
    renderDashboard(without, empty, { openNote: vi.fn(), changeFilters: vi.fn() });
    expect(without.querySelector('.glimmers-cta')).toBeNull();
    expect(without.textContent).toContain('Write a glimmer in Obsidian or with the glimmer command');
  });

  it('draws one panel for a code block, and its table', () => {
    const container = mountPoint();
    renderPanel(container, buildDashboardModel(smallIndex(), base), 'themes', handlers());
    expect(container.querySelectorAll('[data-glimmers-panel]')).toHaveLength(1);
    container.querySelector<HTMLButtonElement>('.glimmers-toggle')!.click();
    expectApproved('panel-themes-table', serializeDom(container));
  });
});

describe('renderDashboard: handlers', () => {
  it('opens a recent glimmer and a note that needs attention', () => {
    const container = mountPoint();
    const h = handlers();
    renderDashboard(container, buildDashboardModel(smallIndex(), base), h);
    const recent = container.querySelectorAll<HTMLButtonElement>('.glimmers-panel-recent .glimmers-list-item');
    expect(Array.from(recent).map((b) => b.getAttribute('data-path'))).toEqual(['Glimmers/2026-03-04-a.md', 'Glimmers/2026-03-04-b.md', 'Glimmers/2026-02-20.md']);
    recent[1]!.click();
    // Notes to fix wait behind a quiet line at the foot.
    expect(container.querySelector('.glimmers-panel-attention')!.textContent).toBe('1 note looks like a glimmer but has an error: Show');
    container.querySelector<HTMLButtonElement>('[data-glimmers-key="attention:toggle"]')!.click();
    const attention = container.querySelector<HTMLButtonElement>('.glimmers-panel-attention .glimmers-list-item')!;
    expect(attention.textContent).toContain('Line 3: created is not a real date: 2026-02-30.');
    attention.click();
    expect(h.openNote.mock.calls.map((call) => call[0])).toEqual(['Glimmers/2026-03-04-b.md', 'Glimmers/broken.md']);
    // A glimmer's link hands over its click, so the host can honour Ctrl or Cmd (a new tab).
    expect(h.openNote.mock.calls[0]?.[1]).toBeInstanceOf(MouseEvent);
  });

  it('moves through the heatmap with arrow keys and reads a day out on Enter or click', () => {
    const container = mountPoint();
    renderDashboard(container, buildDashboardModel(smallIndex(), base), handlers());
    const focusable = container.querySelectorAll('.glimmers-heat-cell[tabindex="0"]');
    expect(focusable).toHaveLength(1);
    const today = focusable[0] as SVGElement;
    expect(today.getAttribute('data-day')).toBe('2026-03-04');
    today.focus();
    today.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }));
    const moved = container.querySelector('.glimmers-heat-cell[tabindex="0"]')!;
    expect(moved.getAttribute('data-day')).toBe('2026-02-25');
    moved.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp', bubbles: true }));
    const up = container.querySelector('.glimmers-heat-cell[tabindex="0"]')!;
    expect(up.getAttribute('data-day')).toBe('2026-02-24');
    today.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    const status = container.querySelector('.glimmers-heatmap-status')!;
    expect(status.textContent).toBe('2 glimmers on 4 March 2026, mean intensity 3.5');
    expect(status.getAttribute('aria-live')).toBe('polite');
    container.querySelector('[data-day="2026-02-20"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(status.textContent).toBe('1 glimmer on 20 February 2026, no intensity recorded');
    // Home and End go to the first and last day; moving past the last day stays on it.
    const roving = (): Element => container.querySelector('.glimmers-heat-cell[tabindex="0"]')!;
    roving().dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true }));
    expect(roving().getAttribute('data-day')).toBe('2025-03-05');
    roving().dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
    expect(roving().getAttribute('data-day')).toBe('2026-03-04');
    roving().dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    expect(roving().getAttribute('data-day')).toBe('2026-03-04');
    expect(container.querySelectorAll('.glimmers-heat-cell[tabindex="0"]')).toHaveLength(1);
  });

  it('sends filter changes: range, theme, moment and a custom range', () => {
    const container = mountPoint();
    const h = handlers();
    renderDashboard(container, buildDashboardModel(smallIndex(), { ...base, theme: 'meaning' }), h);
    const pick = (key: string, value: string): void => {
      const select = container.querySelector<HTMLSelectElement>(`[data-glimmers-key="filter:${key}"]`)!;
      select.value = value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    };
    pick('range', '90d');
    pick('theme', '');
    pick('moment', 'supervision');
    expect(h.changeFilters.mock.calls).toEqual([[{ range: '90d', theme: 'meaning' }], [{ range: '30d' }], [{ range: '30d', theme: 'meaning', moment: 'supervision' }]]);
    pick('range', 'custom');
    expect(h.changeFilters).toHaveBeenCalledTimes(3);
    const from = container.querySelector<HTMLInputElement>('[data-glimmers-key="filter:from"]')!;
    const to = container.querySelector<HTMLInputElement>('[data-glimmers-key="filter:to"]')!;
    expect([from.value, to.value]).toEqual(['2026-02-03', '2026-03-04']);
    from.value = '2026-01-01';
    container.querySelector<HTMLButtonElement>('[data-glimmers-key="filter:apply"]')!.click();
    expect(h.changeFilters).toHaveBeenLastCalledWith({ range: { from: '2026-01-01', to: '2026-03-04' }, theme: 'meaning' });
  });
});

describe('renderDashboard: updates and teardown', () => {
  it('keeps tables shown and keyboard focus across an update, and shows the new numbers', () => {
    const index = smallIndex();
    const container = mountPoint();
    const view = renderDashboard(container, buildDashboardModel(index, base), handlers());
    const toggle = (): HTMLButtonElement => container.querySelector<HTMLButtonElement>('[data-glimmers-key="toggle:feelings"]')!;
    toggle().click();
    toggle().focus();
    index.set('Glimmers/new.md', glimmer('2026-03-03', { feelings: ['hope'] }));
    view.update(buildDashboardModel(index, base));
    expect(toggle().getAttribute('aria-pressed')).toBe('true');
    expect(document.activeElement).toBe(toggle());
    expect(container.querySelector('.glimmers-panel-feelings table')?.textContent).toContain('hope');
    expect(container.querySelector('.glimmers-filter-summary')?.textContent).toBe('4 glimmers · Last 30 days');
  });

  it('removes everything on destroy and ignores late clicks', () => {
    const container = mountPoint();
    const h = handlers();
    const view = renderDashboard(container, buildDashboardModel(smallIndex(), base), h);
    const item = container.querySelector<HTMLButtonElement>('.glimmers-list-item')!;
    view.destroy();
    expect(container.children).toHaveLength(0);
    item.click();
    expect(h.openNote).not.toHaveBeenCalled();
    view.update(buildDashboardModel(smallIndex(), base));
    expect(container.children).toHaveLength(0);
  });
});

describe('renderDashboard: note text is only ever text', () => {
  it('shows hostile titles, themes, feelings, paths and errors as text, creating no elements from them', () => {
    const index = new GlimmerIndex();
    index.set(HOSTILE.path, glimmer('2026-03-04', { title: HOSTILE.title, themes: [HOSTILE.theme], feelings: [HOSTILE.feeling] }));
    index.set('old.md', glimmer('2025-03-04', { sections: [{ heading: 'What I want to remember', text: HOSTILE.remember }] }));
    index.setAttempted('bad.md', [{ severity: 'error', code: 'x', message: HOSTILE.message }]);
    const container = mountPoint();
    renderDashboard(container, buildDashboardModel(index, { ...base, range: 'all' }), handlers());
    container.querySelector<HTMLButtonElement>('[data-glimmers-key="attention:toggle"]')!.click();
    const text = container.textContent ?? '';
    for (const s of [HOSTILE.title, HOSTILE.theme, HOSTILE.feeling, HOSTILE.remember, HOSTILE.message]) expect(text).toContain(s);
    expect(container.querySelectorAll('img, script, b, iframe, object, embed, a')).toHaveLength(0);
    const tags = new Set(Array.from(container.querySelectorAll('*')).map((n) => n.tagName.toLowerCase()));
    expect([...tags].sort()).toEqual(['blockquote', 'button', 'circle', 'div', 'g', 'h2', 'h3', 'label', 'li', 'line', 'ol', 'option', 'p', 'rect', 'section', 'select', 'span', 'svg', 'text', 'title', 'ul']);
    for (const node of Array.from(container.querySelectorAll('*'))) {
      for (const attr of Array.from(node.attributes)) expect(attr.name.startsWith('on'), `${node.tagName} ${attr.name}`).toBe(false);
    }
  });

  it('uses no inline styles and only glimmers- classes (plus Obsidian\'s own button and select classes)', () => {
    const container = mountPoint();
    renderDashboard(container, buildDashboardModel(smallIndex(), { ...base, privacy: true }), handlers());
    for (const t of Array.from(container.querySelectorAll<HTMLElement>('.glimmers-toggle'))) t.click();
    expect(container.querySelectorAll('[style]')).toHaveLength(0);
    const classes = new Set(Array.from(container.querySelectorAll('[class]')).flatMap((n) => (n.getAttribute('class') ?? '').split(/\s+/)).filter(Boolean));
    expect([...classes].filter((c) => !c.startsWith('glimmers-'))).toEqual(['dropdown']);
  });
});
