/**
 * Render: the dashboard for a vault's glimmers in headless Chromium (the system's /usr/bin/chromium,
 * driven by playwright-core; nothing is downloaded, the page is a local file with no network).
 * Each run is a fresh page, so the first render is a real first render (cold code); scripting time
 * is measured inside the page (see `render-page.ts`).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import esbuild from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { BUNDLE_CONDITIONS } from '../scripts/bundle-conditions.mjs';
import { dashboardDataFromIndex, serializeDashboardData } from '@glimmers/dashboard';
import type { GlimmerIndex } from '@glimmers/core';
import { OUT_DIR } from './generate-vault.ts';
import { median, round, type Sample } from './timing.ts';
import type { RenderTimes } from './render-page.ts';

export const CHROMIUM = '/usr/bin/chromium';
const ROOT = join(OUT_DIR, '..', '..');

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM);
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

let bundled: string | null = null;
async function pageScript(): Promise<string> {
  if (bundled !== null) return bundled;
  const out = await esbuild.build({
    entryPoints: [join(ROOT, 'bench/render-page.ts')], bundle: true, format: 'iife', platform: 'browser', target: 'es2020',
    minify: process.env.BENCH_NO_MINIFY !== "1", write: false, conditions: BUNDLE_CONDITIONS, logLevel: 'silent',
  });
  bundled = out.outputFiles[0]?.text ?? '';
  return bundled;
}

async function writePage(index: GlimmerIndex, today: string, name: string): Promise<string> {
  const css = ['packages/dashboard/theme-standin.css', 'packages/dashboard/styles.css'].filter((f) => existsSync(join(ROOT, f))).map((f) => readFileSync(join(ROOT, f), 'utf8')).join('\n');
  const data = serializeDashboardData(dashboardDataFromIndex(index, { range: '12m', today, weekStart: 1 }));
  const script = (await pageScript()).replace(/<\/(script)/gi, '<\\/$1');
  const html = [
    '<!doctype html><html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">`,
    `<style>${css}</style></head><body class="theme-light"><main class="glimmers-standalone" id="glimmers-dashboard"></main>`,
    `<script type="application/json" id="glimmers-data">${data}</script>`,
    `<script>${script}</script></body></html>`,
  ].join('\n');
  const file = join(OUT_DIR, `render-${name}.html`);
  writeFileSync(file, html);
  return file;
}

export interface RenderResult {
  glimmers: number;
  elements: number;
  runs: number;
  /** Payload parse + index build inside the page (not part of the render). */
  parseAndIndex: Sample;
  firstRender: Sample;
  /** The first render's parts: the model, then the DOM (`renderDashboard`, including any layout it forces). */
  firstModel: Sample;
  firstDom: Sample;
  /** Layout still pending after the render returned (forced by reading a size). */
  firstLayout: Sample;
  /** From the start of the first render until its frame was produced (two animation frames). */
  firstFrame: Sample;
  rerender: Sample;
  /** The re-render's parts: `index.set`, `buildDashboardModel`, the DOM update (only the changed panels). */
  rerenderSet: Sample;
  rerenderModel: Sample;
  rerenderUpdate: Sample;
  /** Panels rebuilt by one re-render, and the panels the dashboard has. */
  rerenderPanels: Sample;
  panels: number;
  rerenderLayout: Sample;
}


const sample = (xs: number[]): Sample => ({ median: median(xs), runs: xs.map((x) => round(x)) });

/** Renders the dashboard `runs` times, each in a fresh page, for `range` ('12m' is the default view). */
export async function benchRender(browser: Browser, index: GlimmerIndex, today: string, name: string, runs: number, range: '12m' | 'all' = '12m'): Promise<RenderResult> {
  const file = await writePage(index, today, name);
  const times: RenderTimes[] = [];
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  // Nothing may leave the machine: refuse every request that is not the local page itself.
  await context.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
  for (let i = 0; i < runs; i++) {
    const page = await context.newPage();
    await page.goto(pathToFileURL(file).href);
    times.push(await page.evaluate(([r, n]) => (window as unknown as { glimmersBench: { run: (range: string, n: number) => Promise<RenderTimes> } }).glimmersBench.run(r, n), [range, 5] as const));
    await page.close();
  }
  await context.close();
  return {
    glimmers: times[0]?.glimmers ?? 0,
    elements: times[0]?.elements ?? 0,
    runs,
    parseAndIndex: sample(times.map((t) => t.parseAndIndexMs)),
    firstRender: sample(times.map((t) => t.firstRenderMs)),
    firstModel: sample(times.map((t) => t.firstModelMs)),
    firstDom: sample(times.map((t) => t.firstDomMs)),
    firstLayout: sample(times.map((t) => t.firstLayoutMs)),
    firstFrame: sample(times.map((t) => t.firstFrameMs)),
    rerender: sample(times.flatMap((t) => t.rerenderMs)),
    rerenderSet: sample(times.flatMap((t) => t.rerenderParts.map((p) => p.set))),
    rerenderModel: sample(times.flatMap((t) => t.rerenderParts.map((p) => p.model))),
    rerenderUpdate: sample(times.flatMap((t) => t.rerenderParts.map((p) => p.update))),
    rerenderPanels: sample(times.flatMap((t) => t.rerenderParts.map((p) => p.panels))),
    panels: times[0]?.panels ?? 0,
    rerenderLayout: sample(times.flatMap((t) => t.rerenderLayoutMs)),
  };
}
