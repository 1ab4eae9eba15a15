/**
 * Browser side of the render bench (bundled by `render-bench.ts` into an IIFE). Reads the page's
 * dashboard payload, builds the index (timed apart), then times inside the page, with
 * `performance.now()` around the calls: the first render (model + DOM), the layout it triggers,
 * and re-renders after one glimmer changes (index update + `LiveDashboard.draw`: the model, then
 * rebuilding only the panels whose part of it changed), as the plugin's pane does.
 */
import { baseOptions, indexFromDashboardData, LiveDashboard, parseDashboardData } from '@glimmers/dashboard';
import type { RangeOption } from '@glimmers/dashboard';

/** What the page reports back to `render-bench.ts`. */
export interface RenderTimes {
  glimmers: number;
  parseAndIndexMs: number;
  firstRenderMs: number;
  /** The first render's two parts: `buildDashboardModel`, then `renderDashboard` (DOM). */
  firstModelMs: number;
  firstDomMs: number;
  firstLayoutMs: number;
  /** From the start of the first render until the frame showing it has been produced. */
  firstFrameMs: number;
  /** Each re-render's parts: `index.set`, `buildDashboardModel`, the DOM update; and how many panels it rebuilt. */
  rerenderParts: { set: number; model: number; update: number; panels: number }[];
  rerenderMs: number[];
  rerenderLayoutMs: number[];
  elements: number;
  /** Panels (and in-between parts) the dashboard is made of. */
  panels: number;
}

/** Resolves after the next frame has been produced (two animation frames: style, layout and paint done). */
function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

async function run(range: RangeOption, rerenders: number): Promise<RenderTimes> {
  const t0 = performance.now();
  const data = parseDashboardData(document.getElementById('glimmers-data')?.textContent ?? '');
  if (!data) throw new Error('no payload');
  const index = indexFromDashboardData(data);
  const t1 = performance.now();
  const container = document.getElementById('glimmers-dashboard') as HTMLElement;
  const live = new LiveDashboard(container, {
    index: () => index, options: () => baseOptions(data.options), filters: { range }, handlers: { openNote: () => undefined }, now: () => performance.now(),
  });
  // Panels put into the page by each re-render (a panel is rebuilt by replacing it).
  let added = 0;
  const observer = new MutationObserver((records) => {
    for (const r of records) for (const n of Array.from(r.addedNodes)) if (n instanceof Element && n.hasAttribute('data-glimmers-panel')) added++;
  });

  const t2 = performance.now();
  const first = live.draw();
  const t3 = performance.now();
  const tm = t2 + first.model;
  void container.getBoundingClientRect().height;
  const t4 = performance.now();
  await nextFrame();
  const t5 = performance.now();

  const rerenderMs: number[] = [];
  const rerenderLayoutMs: number[] = [];
  const rerenderParts: RenderTimes['rerenderParts'] = [];
  const entries = data.entries;
  for (let i = 0; i < rerenders; i++) {
    // One glimmer edited: its intensity and themes change.
    const entry = entries[(entries.length - 1 - i * 7 + entries.length) % entries.length];
    if (!entry) break;
    const g = { ...entry.glimmer, intensity: ((entry.glimmer.intensity ?? 1) % 5) + 1, themes: i % 2 === 0 ? ['presence'] : ['meaning', 'self-care'] };
    observer.observe(container, { childList: true, subtree: true });
    const a = performance.now();
    index.set(entry.path, g);
    const a1 = performance.now();
    const times = live.draw();
    const b = performance.now();
    observer.takeRecords().forEach((r) => r.addedNodes.forEach((n) => {
      if (n instanceof Element && n.hasAttribute('data-glimmers-panel')) added++;
    }));
    observer.disconnect();
    rerenderParts.push({ set: a1 - a, model: times.model, update: times.render, panels: added });
    added = 0;
    void container.getBoundingClientRect().height;
    rerenderMs.push(b - a);
    rerenderLayoutMs.push(performance.now() - b);
  }
  return {
    glimmers: index.size, parseAndIndexMs: t1 - t0, firstRenderMs: t3 - t2, firstModelMs: tm - t2, firstDomMs: t3 - tm, firstLayoutMs: t4 - t3, firstFrameMs: t5 - t2,
    rerenderMs, rerenderLayoutMs, rerenderParts,
    elements: container.getElementsByTagName('*').length,
    panels: container.querySelectorAll('[data-glimmers-panel]').length,
  };
}

(window as unknown as { glimmersBench: { run: typeof run } }).glimmersBench = { run };
