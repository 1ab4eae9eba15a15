/**
 * Builds the static dashboard page the way the CLI does (esbuild bundle of `standalone.ts`,
 * inlined with the stand-in theme and the dashboard CSS) and drives it in Debian's Chromium with
 * playwright-core. Every non-file request fails the test: the page must never reach a network.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import esbuild from 'esbuild';
import { chromium } from 'playwright-core';
import { BUNDLE_CONDITIONS } from '../../../scripts/bundle-conditions.mjs';
import type { Browser, Page } from 'playwright-core';
import { GlimmerIndex } from '@glimmers/core';
import { dashboardDataFromIndex, standalonePageHtml } from '@glimmers/dashboard';
import type { DashboardDataOptions } from '@glimmers/dashboard';
import type { AttemptedEntry, IndexEntry } from '@glimmers/core';

const ROOT = join(import.meta.dirname, '..', '..', '..');

/** The flags the team brief fixes for headless Chromium. */
export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

let bundled: string | null = null;

/** `standalone.ts` bundled as the CLI bundles it (an IIFE for the browser). */
export async function bundleStandalone(): Promise<string> {
  if (bundled !== null) return bundled;
  const result = await esbuild.build({
    entryPoints: [join(ROOT, 'packages/dashboard/src/standalone.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    write: false,
    legalComments: 'none',
    conditions: BUNDLE_CONDITIONS,
    logLevel: 'silent',
  });
  bundled = result.outputFiles[0]?.text ?? '';
  return bundled;
}

/** The stand-in theme and the dashboard styles, in the order the export inlines them. */
export function pageCss(): string {
  return readFileSync(join(ROOT, 'packages/dashboard/theme-standin.css'), 'utf8') + '\n' + readFileSync(join(ROOT, 'packages/dashboard/styles.css'), 'utf8');
}

/**
 * The plugin's pane as Obsidian lays it out (a leaf's view content holding the status line and the
 * dashboard), styled by the plugin's built `styles.css` (the dashboard's rules and the plugin's),
 * which `npm run build` writes before the tests run.
 */
function asPane(html: string): string {
  const built = join(ROOT, 'styles.css');
  if (!existsSync(built)) throw new Error('styles.css is missing: run npm run build first');
  const pane = '<div class="workspace-leaf-content" data-type="glimmers-dashboard"><div class="view-content glimmers-dashboard-view">'
    + '<p class="glimmers-dashboard-status glimmers-is-empty" aria-live="polite"></p><div class="glimmers-dashboard-mount" id="glimmers-dashboard"></div></div></div>';
  // Obsidian pads a view's content; this stands in for that one rule of its app.css (the plugin's own rules come after).
  const obsidian = '.view-content { padding: var(--size-4-3) var(--size-4-4); }';
  const css = `${readFileSync(join(ROOT, 'packages/dashboard/theme-standin.css'), 'utf8')}\n${obsidian}\n${readFileSync(built, 'utf8')}`.replace(/<\/(style)/gi, '<\\/$1');
  return html.replace(/<style>[\s\S]*?<\/style>/, () => `<style>${css}</style>`).replace(/<main class="glimmers-standalone"[\s\S]*?<\/main>/, () => pane);
}

/** Writes a page for a vault to a temporary folder and returns its file URL: the exported page, or the plugin's pane. */
export async function writePage(vault: { entries: IndexEntry[]; attempted: AttemptedEntry[] }, options: DashboardDataOptions, theme: 'light' | 'dark', kind: 'page' | 'pane' = 'page'): Promise<string> {
  const index = new GlimmerIndex();
  for (const e of vault.entries) index.set(e.path, e.glimmer);
  for (const a of vault.attempted) index.setAttempted(a.path, a.issues);
  const data = dashboardDataFromIndex(index, options, { includeText: true });
  const page = standalonePageHtml({ script: await bundleStandalone(), css: pageCss(), data, title: 'Glimmers', theme });
  const html = kind === 'pane' ? asPane(page) : page;
  const dir = mkdtempSync(join(tmpdir(), 'glimmers-dashboard-'));
  const file = join(dir, `dashboard-${kind}-${theme}.html`);
  writeFileSync(file, html);
  return pathToFileURL(file).href;
}

/** What a page did that a test may object to. */
export interface PageWatch {
  errors: string[];
  requests: string[];
}

/**
 * A page at `width` x `height` that records console errors and page errors, and blocks every
 * non-file request. Phone widths (under 600 px) get a touch screen, as a phone has.
 */
export async function openPage(browser: Browser, url: string, width: number, height = 900): Promise<{ page: Page; watch: PageWatch }> {
  const phone = width < 600;
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1, hasTouch: phone, isMobile: phone });
  const page = await context.newPage();
  const watch: PageWatch = { errors: [], requests: [] };
  page.on('console', (msg) => {
    if (msg.type() === 'error') watch.errors.push(msg.text());
  });
  page.on('pageerror', (err) => watch.errors.push(String(err)));
  page.on('request', (req) => {
    if (!req.url().startsWith('file:') && !req.url().startsWith('data:')) watch.requests.push(req.url());
  });
  await page.route('**', (route) => {
    const u = route.request().url();
    if (u.startsWith('file:') || u.startsWith('data:')) return route.continue();
    watch.requests.push(u);
    return route.abort('blockedbyclient');
  });
  await page.goto(url);
  await page.waitForSelector('.glimmers-dashboard');
  return { page, watch };
}

/** Runs axe-core in the page and returns its serious and critical violations. */
export async function axeSerious(page: Page): Promise<{ id: string; impact: string; help: string; targets: string[] }[]> {
  const source = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
  await page.evaluate(source);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact ?? '', help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
  });
}

/** Where screenshots go (git-ignored), for people to look at. */
export const SCREENSHOTS = join(ROOT, 'tests/browser/__screenshots__');
