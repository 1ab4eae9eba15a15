// A model built with the one drawn last (`previousModel`, what LiveDashboard passes) is the same
// model as one built afresh; only the work differs: heatmap days whose figures did not change are
// the very cells drawn last, so a save's redraw neither words them again nor compares them at length.
import { describe, expect, it } from 'vitest';
import { GlimmerIndex } from '@glimmers/core';
import { buildDashboardModel } from '@glimmers/dashboard';
import type { DashboardOptions } from '@glimmers/dashboard';
import { glimmer } from '../core/support/glimmers.ts';

const base: DashboardOptions = { range: '12m', today: '2026-03-04', weekStart: 1 };

function index(): GlimmerIndex {
  const i = new GlimmerIndex();
  for (let d = 1; d <= 28; d++) i.set(`feb-${d}.md`, glimmer(`2026-02-${String(d).padStart(2, '0')}`, { intensity: (d % 5) + 1 }));
  i.set('today.md', glimmer('2026-03-04T09:00', { intensity: 2 }));
  return i;
}

describe('building on the model drawn last', () => {
  it('gives the same model as building afresh, keeping the heatmap cells that did not change', () => {
    const i = index();
    const first = buildDashboardModel(i, base);
    i.set('today.md', glimmer('2026-03-04T09:00', { intensity: 5 }));
    i.set('feb-3.md', glimmer('2026-02-03', { intensity: 1 }));
    const kept = buildDashboardModel(i, { ...base, previousModel: first });
    expect(kept).toEqual(buildDashboardModel(i, base));
    const cellOf = (m: typeof first, day: string) => m.heatmap.columns.flatMap((c) => c.cells).find((c) => c?.day === day);
    expect(cellOf(kept, '2026-02-10')).toBe(cellOf(first, '2026-02-10'));
    expect(cellOf(kept, '2026-03-04')).not.toBe(cellOf(first, '2026-03-04'));
    expect(cellOf(kept, '2026-03-04')?.label).toBe('1 glimmer on 4 March 2026, mean intensity 5.0');
    expect(cellOf(kept, '2026-02-03')?.label).toBe('1 glimmer on 3 February 2026, mean intensity 1.0');
  });

  it('keeps nothing from a heatmap of other days, another week start or another shading', () => {
    const i = index();
    const first = buildDashboardModel(i, base);
    for (const other of [{ today: '2026-03-05' }, { weekStart: 0 }, { heatmapMetric: 'count' as const }]) {
      const next = buildDashboardModel(i, { ...base, ...other, previousModel: first });
      expect(next).toEqual(buildDashboardModel(i, { ...base, ...other }));
      expect(next.heatmap.columns.some((c, k) => c === first.heatmap.columns[k])).toBe(false);
    }
  });
});
