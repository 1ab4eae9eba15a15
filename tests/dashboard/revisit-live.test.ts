// "A glimmer to revisit" inside the live dashboard (the pane, the code block, the exported page):
// "Show another" past the glimmers offered asks LiveDashboard for the next stretch of today's order,
// which moves only the revisit panel on; the range, the filters kept by the host and a selected day stay.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GlimmerIndex, type Glimmer } from '@glimmers/core';
import { LiveDashboard } from '@glimmers/dashboard';
import { glimmer } from '../core/support/glimmers.ts';

const remember = (text: string): Glimmer['sections'] => [{ heading: 'What I want to remember', text }];

function index(): GlimmerIndex {
  const i = new GlimmerIndex();
  for (let n = 0; n < 25; n++) i.set(`g${n}.md`, glimmer(`2025-11-${String(n + 1).padStart(2, '0')}`, { intensity: 4, sections: remember(`Words ${n}`) }));
  i.set('today.md', glimmer('2026-03-04', { intensity: 3 }));
  return i;
}

function panelsAdded(root: HTMLElement): () => string[] {
  const seen: string[] = [];
  const observer = new MutationObserver((records) => {
    for (const r of records) for (const n of Array.from(r.addedNodes)) if (n instanceof Element && n.hasAttribute('data-glimmers-panel')) seen.push(n.getAttribute('data-glimmers-panel') ?? '');
  });
  observer.observe(root, { childList: true, subtree: true });
  return () => {
    for (const r of observer.takeRecords()) for (const n of Array.from(r.addedNodes)) if (n instanceof Element && n.hasAttribute('data-glimmers-panel')) seen.push(n.getAttribute('data-glimmers-panel') ?? '');
    return seen.splice(0).sort();
  };
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('revisit in the live dashboard', () => {
  it('goes on past the first glimmers offered, rebuilding only the revisit panel, and starts again on a new day', () => {
    const container = document.createElement('div');
    document.body.appendChild(container);
    let today = '2026-03-04';
    const onFilters = vi.fn();
    const live = new LiveDashboard(container, { index, options: () => ({ today, weekStart: 1 }), filters: { range: '30d' }, handlers: { openNote: vi.fn() }, onFilters });
    live.draw();
    const words = (): string | null | undefined => container.querySelector('[data-glimmers-key="revisit:text"]')?.textContent;
    const another = (): void => [...container.querySelectorAll('button')].find((b) => b.textContent === 'Show another')?.click();
    // Read today's day from the heatmap: its list stays open while the revisit panel moves on.
    (container.querySelector('[data-day="2026-03-04"]') as SVGElement).dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(container.querySelector('[data-glimmers-panel="day"]')?.textContent).toContain('4 March 2026');
    const first = live.model?.revisit.items.map((i) => i.text?.text) ?? [];
    expect(first).toHaveLength(20);
    const seen = [words()];
    for (let n = 1; n < 20; n++) {
      another();
      seen.push(words());
    }
    expect(seen).toEqual(first);
    const added = panelsAdded(container);
    another();
    expect(added()).toEqual(['revisit']);
    expect(live.model?.revisit.start).toBe(20);
    const rest = live.model?.revisit.items.map((i) => i.text?.text) ?? [];
    expect(rest).toHaveLength(5);
    expect(words()).toBe(rest[0]);
    expect(new Set([...first, ...rest]).size).toBe(25);
    expect(live.filters).toEqual({ range: '30d' });
    expect(onFilters).not.toHaveBeenCalled();
    expect(container.querySelector('[data-glimmers-panel="day"]')?.textContent).toContain('4 March 2026');
    // Another range keeps the place (glimmers to revisit come from all time); another theme is another order, from the top.
    live.setFilters({ range: '90d' });
    expect(live.model?.revisit.start).toBe(20);
    live.setFilters({ range: '90d', theme: 'meaning' });
    expect(live.model?.revisit.start).toBe(0);
    live.setFilters({ range: '90d' });
    expect(live.model?.revisit.start).toBe(0);
    another();
    another();
    expect(live.model?.revisit.start).toBe(0);
    for (let n = 2; n < 21; n++) another();
    expect(live.model?.revisit.start).toBe(20);
    // A new day: a new order, from the top.
    today = '2026-03-05';
    live.draw();
    expect(live.model?.revisit.start).toBe(0);
  });

  it('keeps its glimmers to revisit while nothing old enough changes, and follows a change to an old one', () => {
    const container = document.createElement('div');
    document.body.appendChild(container);
    const i = index();
    const live = new LiveDashboard(container, { index: () => i, options: () => ({ today: '2026-03-04', weekStart: 1 }), filters: { range: '30d' }, handlers: { openNote: vi.fn() } });
    live.draw();
    const before = live.model?.revisit;
    i.set('today.md', glimmer('2026-03-04', { intensity: 5 }));
    live.draw();
    // The same model object: not worked out again for a glimmer of today.
    expect(live.model?.revisit).toBe(before);
    const shown = before?.items[0]?.path as string;
    i.set(shown, { ...i.get(shown)!, sections: remember('New words for an old glimmer.') });
    live.draw();
    expect(live.model?.revisit).not.toBe(before);
    expect(live.model?.revisit.items.find((item) => item.path === shown)?.text?.text).toBe('New words for an old glimmer.');
    expect(container.querySelector('[data-glimmers-key="revisit:text"]')?.textContent).toBe('New words for an old glimmer.');
  });
});
