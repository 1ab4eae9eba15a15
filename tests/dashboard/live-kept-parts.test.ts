// A live dashboard keeps what it worked out between draws (#13 item 7): the body map's sums day by
// day and month by month, and the list of notes that cannot be read. After saves that change, add,
// move and remove glimmers, or break and mend one, what a person reads is what a fresh drawing says.
import { describe, expect, it, vi } from 'vitest';
import { GlimmerIndex } from '@glimmers/core';
import { buildDashboardModel, LiveDashboard } from '@glimmers/dashboard';
import type { DashboardOptions } from '@glimmers/dashboard';
import { glimmer } from '../core/support/glimmers.ts';

const options = { today: '2026-03-04', weekStart: 1 };

describe('the live body map', () => {
  it('reads the same as a fresh drawing after each save', () => {
    const index = new GlimmerIndex();
    index.set('a.md', glimmer('2026-03-04T09:00', { body: ['warm chest'], intensity: 4, weight: 1 }));
    index.set('b.md', glimmer('2026-03-02', { body: ['tight jaw, shoulders'], intensity: 2, weight: 4 }));
    const container = document.createElement('div');
    document.body.appendChild(container);
    const live = new LiveDashboard(container, { index: () => index, options: () => options, filters: { range: '30d' }, handlers: { openNote: vi.fn() } });
    live.draw();
    const fresh = (): unknown => buildDashboardModel(index, { ...options, range: '30d' } as DashboardOptions).body;
    const chest = (): string | null | undefined => container.querySelector('[data-region="chest"]')?.getAttribute('aria-label');
    expect(chest()).toBe('chest: 1 glimmer, mean intensity 4.0, mean weight 1.0');

    const saves: [string, ReturnType<typeof glimmer> | null][] = [
      ['a.md', glimmer('2026-03-04T09:00', { body: ['warm chest'], intensity: 2, weight: 3 })],
      ['c.md', glimmer('2026-03-03', { body: ['chest', 'everywhere'], intensity: 5 })],
      ['b.md', glimmer('2026-03-03', { body: ['chest'], weight: 2 })],
      ['c.md', null],
    ];
    for (const [path, g] of saves) {
      if (g === null) index.delete(path);
      else index.set(path, g);
      live.draw();
      expect(live.model?.body).toEqual(fresh());
    }
    expect(chest()).toBe('chest: 2 glimmers, mean intensity 2.0, mean weight 2.5');
    container.remove();
  });
});

describe('the live attention line', () => {
  it('follows notes that break and are mended, and is kept while none did', () => {
    const index = new GlimmerIndex();
    index.set('a.md', glimmer('2026-03-04T09:00', { intensity: 4 }));
    const container = document.createElement('div');
    document.body.appendChild(container);
    const live = new LiveDashboard(container, { index: () => index, options: () => options, filters: { range: '30d' }, handlers: { openNote: vi.fn() } });
    live.draw();
    const line = (): string => container.querySelector('[data-glimmers-panel="attention"]')?.textContent ?? '';
    expect(line()).not.toContain('look');
    const broken = [{ severity: 'error' as const, code: 'created-invalid', message: 'created is not a real date.' }];
    index.setAttempted('b.md', broken);
    live.draw();
    expect(line()).toContain('1 note looks like a glimmer but has an error');
    const first = live.model?.attention;
    index.set('a.md', glimmer('2026-03-04T09:00', { intensity: 2 }));
    live.draw();
    // Nothing changed among the notes that cannot be read: the same list, not worked out again.
    expect(live.model?.attention).toBe(first);
    index.setAttempted('c.md', broken);
    live.draw();
    expect(line()).toContain('2 notes look like glimmers but have an error');
    index.set('b.md', glimmer('2026-03-03'));
    index.delete('c.md');
    live.draw();
    expect(line()).not.toContain('look');
    expect(live.model?.attention).toEqual(buildDashboardModel(index, { ...options, range: '30d' } as DashboardOptions).attention);
    container.remove();
  });
});
