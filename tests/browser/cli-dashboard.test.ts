/**
 * `glimmer dashboard` as a user runs it, then the HTML it wrote opened in headless Chromium:
 * it must render the panels with no console error, make no request at all beyond the file itself,
 * and show hostile note text as text.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const REPO = resolve(import.meta.dirname, '../..');
const BIN = join(REPO, 'packages/cli/dist/glimmer.mjs');
const PAYLOAD = '</script><script>window.__pwned = 1</script><img src="https://example.com/x.png" onerror="window.__pwned = 2">';

let browser: Browser;
let work: string;
let htmlPath: string;
let stderr: string;
let count: number;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'glimmer-dashboard-'));
  const vault = join(work, 'vault');
  cpSync(join(REPO, 'examples/vault'), vault, { recursive: true, filter: (src) => !src.includes('.obsidian') });
  writeFileSync(join(vault, `Glimmers/${'<b>hostile</b>'.replace(/\//g, '_')}.md`), [
    '---', 'type: glimmer', 'created: 2026-06-29T10:00', `themes: ["<img src=x onerror=window.__pwned=3>"]`, 'intensity: 5', '---', '',
    `# ${PAYLOAD}`, '', '## What I want to remember', '', PAYLOAD, '',
  ].join('\n'));
  htmlPath = join(work, 'dashboard.html');
  const run = spawnSync(process.execPath, [BIN, 'dashboard', vault, '--out', htmlPath, '--include-text', '--today', '2026-06-30'], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
  expect(run.status, run.stderr).toBe(0);
  stderr = run.stderr;
  const stats = spawnSync(process.execPath, [BIN, 'stats', vault, '--json'], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
  count = (JSON.parse(stats.stdout) as { glimmers: number }).glimmers;
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
});

afterAll(async () => {
  await browser?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('glimmer dashboard', () => {
  it('says what it wrote', () => {
    expect(count).toBeGreaterThan(50);
    expect(stderr).toContain(`writing the dashboard of ${count} glimmers`);
  });

  it('writes one self-contained file with a strict CSP and no external URL', () => {
    const html = readFileSync(htmlPath, 'utf8');
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:`);
    // Exactly the data element and the inline bundle: no <script src>, no <link>, no @import.
    expect(html.match(/<script/g)).toHaveLength(2);
    expect(html).not.toMatch(/<script[^>]*\bsrc=/);
    expect(html).not.toMatch(/<link\b/);
    expect(html).not.toMatch(/@import/);
    // The hostile text is in the JSON with `<` escaped, never as markup.
    expect(html).not.toContain('<script>window.__pwned');
    const urls = (html.match(/https?:\/\/[^\s"'<>)\\]+/g) ?? []).filter((u) => u !== 'http://www.w3.org/2000/svg');
    expect(urls).toEqual(['https://example.com/x.png']);
    expect(html).toContain('https://example.com/x.png\\" onerror');
  });

  it('renders the panels in Chromium with no console error and no request beyond the file', async () => {
    const context = await browser.newContext();
    const routed: string[] = [];
    const requests: string[] = [];
    const problems: string[] = [];
    // Every request is routed here and recorded; anything but the page file itself is refused.
    await context.route('**/*', (route) => {
      const url = route.request().url();
      routed.push(url);
      return url === pathToFileURL(htmlPath).href ? route.continue() : route.abort();
    });
    const page = await context.newPage();
    page.on('request', (request) => requests.push(request.url()));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(String(error)));
    await page.goto(pathToFileURL(htmlPath).href);
    // The page counts the same glimmers as `glimmer stats`.
    await page.waitForSelector(`text=${count} glimmers`);
    await page.waitForTimeout(300);

    expect(problems).toEqual([]);
    expect(requests).toEqual([pathToFileURL(htmlPath).href]);
    expect(routed).toEqual([pathToFileURL(htmlPath).href]);

    // "Needs attention" is a quiet line at the foot; opened, it lists the sample glimmer with the impossible date.
    expect(await page.textContent('[data-glimmers-panel="attention"]')).toMatch(/notes? looks? like (a )?glimmers? but ha(s|ve) an error: Show/);
    await page.click('[data-glimmers-key="attention:toggle"]');
    const text = await page.textContent('body');
    expect(text).toContain('Your glimmers');
    expect(text).toContain("A client's step forward");
    expect(text).toContain('end-of-april');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('img').count()).toBe(0);
    // The hostile theme id is listed (in the themes panel and filter) as plain text, tags and all.
    expect(text).toContain('<img src=x onerror=window.__pwned=3>');
    await context.close();
  });
});
