// The dashboard's body map panel (issue #13 item 2): the capture form's figure, each place with how
// often it was noted and its mean intensity beside its mean weight, focusable with its figures as its
// name, and a "Show as table" alternative with all twelve places.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BODY_REGIONS, GlimmerIndex } from '@glimmers/core';
import { buildDashboardModel, createBodyMapToggles, renderDashboard, renderPanel } from '@glimmers/dashboard';
import type { DashboardOptions } from '@glimmers/dashboard';
import { glimmer } from '../core/support/glimmers.ts';
import { serializeDom } from './support/serialize-dom.ts';

const base: DashboardOptions = { range: '30d', today: '2026-03-04', weekStart: 1 };

function index(): GlimmerIndex {
  const i = new GlimmerIndex();
  i.set('a.md', glimmer('2026-03-01', { body: ['warm chest'], intensity: 4, weight: 1 }));
  i.set('b.md', glimmer('2026-03-02', { body: ['chest', 'tight jaw'], intensity: 2, weight: 3 }));
  i.set('c.md', glimmer('2026-03-03', { body: ['stomach', 'everywhere'], weight: 4 }));
  return i;
}

function mount(): HTMLElement {
  const div = document.createElement('div');
  document.body.appendChild(div);
  return div;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('the body map panel', () => {
  it('words each place: how often, light beside weight, and a shade by how often', () => {
    const { body } = buildDashboardModel(index(), base);
    const chest = body.regions.find((r) => r.id === 'chest');
    expect(chest).toMatchObject({ count: 2, meanIntensity: 3, meanWeight: 2, level: 4, label: 'chest: 2 glimmers, mean intensity 3.0, mean weight 2.0' });
    expect(body.regions.find((r) => r.id === 'belly')?.label).toBe('belly: 1 glimmer, no intensity noted, mean weight 4.0');
    expect(body.regions.find((r) => r.id === 'feet')).toMatchObject({ count: 0, level: 0, label: 'feet: not noted in this range' });
    expect(body.noted.map((r) => r.id)).toEqual(['chest', 'face-jaw', 'belly']);
    expect(body.elsewhere).toEqual([{ word: 'everywhere', count: 1 }]);
    expect(body.caption).toBe('Where glimmers were felt in the body, last 30 days: chest (2 glimmers), face and jaw (1 glimmer), belly (1 glimmer).');
  });

  it('draws the capture form\'s figure, one Tab stop whose places are named by their figures', () => {
    const container = mount();
    renderPanel(container, buildDashboardModel(index(), base), 'body', { openNote: vi.fn(), changeFilters: vi.fn() });
    const figure = container.querySelector('svg.glimmers-body-figure') as SVGSVGElement;
    expect(figure.getAttribute('role')).toBe('group');
    expect(figure.getAttribute('aria-label')).toContain('chest (2 glimmers)');
    // The same shapes as the form's body map.
    const form = createBodyMapToggles(document, { label: 'form', pressed: [], onToggle: vi.fn() }).el;
    const shapes = (svg: Element): string[] => [...svg.querySelectorAll('[data-region]')].map((p) => `${p.getAttribute('data-region')} ${p.getAttribute('d')}`);
    expect(shapes(figure)).toEqual(shapes(form));
    const regions = [...figure.querySelectorAll<SVGElement>('[data-region]')];
    expect(regions.filter((r) => r.getAttribute('tabindex') === '0')).toHaveLength(1);
    const chest = figure.querySelector<SVGElement>('[data-region="chest"]')!;
    expect(chest.getAttribute('aria-label')).toBe('chest: 2 glimmers, mean intensity 3.0, mean weight 2.0');
    expect(chest.getAttribute('class')).toContain('glimmers-body-level-4');
    // Arrow keys walk head to feet; the place reached becomes the Tab stop.
    const head = figure.querySelector<SVGElement>('[data-region="head"]')!;
    head.focus();
    head.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    expect(document.activeElement?.getAttribute('data-region')).toBe(BODY_REGIONS[1]?.id);
    expect(figure.querySelector('[data-region="face-jaw"]')?.getAttribute('tabindex')).toBe('0');
    expect(head.getAttribute('tabindex')).toBe('-1');
    // Beside it, the places noted with their light and weight in words.
    const rows = [...container.querySelectorAll('.glimmers-bodymap-row')].map((li) => li.textContent);
    expect(rows).toEqual(['chest2 glimmerslight 3.0weight 2.0', 'face and jaw1 glimmerlight 2.0weight 3.0', 'belly1 glimmerlight noneweight 4.0']);
    expect(container.textContent).toContain('Also noted, not on the map: everywhere (1).');
  });

  it('offers all twelve places as a table', () => {
    const container = mount();
    renderPanel(container, buildDashboardModel(index(), base), 'body', { openNote: vi.fn(), changeFilters: vi.fn() });
    const toggle = [...container.querySelectorAll('button')].find((b) => b.textContent === 'Show as table')!;
    toggle.click();
    const rows = [...container.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent));
    expect(rows).toHaveLength(12);
    expect(rows[4]).toEqual(['chest', '2', '3.0', '2.0']);
    expect(rows[11]).toEqual(['feet', '0', 'none', 'none']);
  });

  it('says so when no place was noted', () => {
    const i = new GlimmerIndex();
    i.set('a.md', glimmer('2026-03-01', { intensity: 4 }));
    const container = mount();
    renderPanel(container, buildDashboardModel(i, base), 'body', { openNote: vi.fn(), changeFilters: vi.fn() });
    expect(container.querySelector('svg.glimmers-body-figure')).toBeNull();
    expect(container.textContent).toContain('Nothing noted about the body in this range.');
  });

  it('takes new figures in place, the same DOM as a fresh drawing, and is rebuilt when the places change', () => {
    const i = index();
    const patched = mount();
    const handlers = { openNote: vi.fn(), changeFilters: vi.fn() };
    const view = renderDashboard(patched, buildDashboardModel(i, base), handlers);
    const panel = (root: HTMLElement): HTMLElement => root.querySelector('[data-glimmers-panel="body"]')!;
    const before = panel(patched);
    const chest = before.querySelector('[data-region="chest"]');
    // b.md's intensity and weight change: the chest's and the jaw's figures, not the places noted.
    i.set('b.md', glimmer('2026-03-02', { body: ['chest', 'tight jaw'], intensity: 5, weight: 0 }));
    const next = buildDashboardModel(i, base);
    view.update(next);
    expect(panel(patched)).toBe(before);
    expect(before.querySelector('[data-region="chest"]')).toBe(chest);
    expect(chest?.getAttribute('aria-label')).toBe('chest: 2 glimmers, mean intensity 4.5, mean weight 0.5');
    const fresh = mount();
    renderDashboard(fresh, next, handlers);
    expect(serializeDom(panel(patched))).toBe(serializeDom(panel(fresh)));
    // A new place noted: drawn again.
    i.set('d.md', glimmer('2026-03-03', { body: ['cold feet'], intensity: 1 }));
    view.update(buildDashboardModel(i, base));
    expect(panel(patched)).not.toBe(before);
    expect(panel(patched).querySelector('[data-region="feet"]')?.getAttribute('aria-label')).toBe('feet: 1 glimmer, mean intensity 1.0, no weight noted');
  });
});
