/**
 * Browser side of the render bench (bundled by `render-bench.ts` into an IIFE). Reads the page's
 * dashboard payload, builds the index (timed apart), then times inside the page, with
 * `performance.now()` around the calls: the first render (model + DOM), the layout it triggers,
 * and re-renders after one glimmer changes (index update + model + `handle.update`).
 */
import { buildDashboardModel, indexFromDashboardData, parseDashboardData, renderDashboard } from '@glimmers/dashboard';
import type { DashboardHandlers, DashboardOptions, RangeOption } from '@glimmers/dashboard';

interface RenderTimes {
  glimmers: number;
  parseAndIndexMs: number;
  firstRenderMs: number;
  firstLayoutMs: number;
  rerenderMs: number[];
  rerenderLayoutMs: number[];
  elements: number;
}

function run(range: RangeOption, rerenders: number): RenderTimes {
  const t0 = performance.now();
  const data = parseDashboardData(document.getElementById('glimmers-data')?.textContent ?? '');
  if (!data) throw new Error('no payload');
  const index = indexFromDashboardData(data);
  const t1 = performance.now();
  const options: DashboardOptions = { ...data.options, range };
  const container = document.getElementById('glimmers-dashboard') as HTMLElement;
  const handlers: DashboardHandlers = { openNote: () => undefined, changeFilters: () => undefined };

  const t2 = performance.now();
  const handle = renderDashboard(container, buildDashboardModel(index, options), handlers);
  const t3 = performance.now();
  void container.getBoundingClientRect().height;
  const t4 = performance.now();

  const rerenderMs: number[] = [];
  const rerenderLayoutMs: number[] = [];
  const entries = data.entries;
  for (let i = 0; i < rerenders; i++) {
    // One glimmer edited: its intensity and themes change.
    const entry = entries[(entries.length - 1 - i * 7 + entries.length) % entries.length];
    if (!entry) break;
    const g = { ...entry.glimmer, intensity: ((entry.glimmer.intensity ?? 1) % 5) + 1, themes: i % 2 === 0 ? ['presence'] : ['meaning', 'self-care'] };
    const a = performance.now();
    index.set(entry.path, g);
    handle.update(buildDashboardModel(index, options));
    const b = performance.now();
    void container.getBoundingClientRect().height;
    rerenderMs.push(b - a);
    rerenderLayoutMs.push(performance.now() - b);
  }
  return {
    glimmers: index.size, parseAndIndexMs: t1 - t0, firstRenderMs: t3 - t2, firstLayoutMs: t4 - t3, rerenderMs, rerenderLayoutMs,
    elements: container.getElementsByTagName('*').length,
  };
}

(window as unknown as { glimmersBench: { run: typeof run } }).glimmersBench = { run };
