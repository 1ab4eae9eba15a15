/**
 * The care cards in real Chromium, on a phone and a desktop, light and dark: "Revisit a glimmer",
 * "Get back to basics", the end-of-day nudge and the `review` code block panel, drawn by the
 * plugin's own modules around a stand-in for Obsidian's chrome. They fit the width, axe finds nothing
 * serious, and screenshots are written for a person to look at.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import esbuild from 'esbuild';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCREENSHOTS, axeSerious, launch } from './support/page.ts';

const ROOT = join(import.meta.dirname, '..', '..');
let browser: Browser;
let url = '';

beforeAll(async () => {
  browser = await launch();
  const built = await esbuild.build({
    entryPoints: [join(ROOT, 'tests/browser/support/care-cards-entry.ts')],
    bundle: true, format: 'iife', platform: 'browser', target: 'es2020', write: false, logLevel: 'silent',
    alias: { obsidian: join(ROOT, 'tests/browser/support/obsidian-standin.ts') },
  });
  const css = ['packages/dashboard/theme-standin.css', 'tests/browser/support/obsidian-chrome-standin.css', 'packages/obsidian-plugin/styles.css']
    .map((f) => readFileSync(join(ROOT, f), 'utf8')).join('\n');
  const script = (built.outputFiles[0]?.text ?? '').replace(/<\/script/gi, '<\\/script');
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Care cards</title><style>${css}</style></head><body><script>${script}</script></body></html>`;
  const dir = mkdtempSync(join(tmpdir(), 'glimmers-care-'));
  writeFileSync(join(dir, 'care.html'), html);
  url = pathToFileURL(join(dir, 'care.html')).href;
  mkdirSync(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
});

describe.each([
  ['light', 320],
  ['dark', 320],
  ['light', 1200],
  ['dark', 1200],
] as const)('care cards, %s theme, %i px wide', (theme, width) => {
  it.each(['revisit', 'basics', 'nudge', 'review'])('%s fits, reads well to axe, and is drawn for a person to look at', async (name) => {
    const context = await browser.newContext({ viewport: { width, height: 760 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    try {
      await page.goto(url);
      await page.evaluate((t) => document.body.classList.add(`theme-${t}`), theme);
      await page.evaluate((n) => (window as unknown as { glimmersCare: { show(n: string): void } }).glimmersCare.show(n), name);
      await page.waitForTimeout(50);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      expect(await axeSerious(page)).toEqual([]);
      await page.screenshot({ path: join(SCREENSHOTS, `care-${name}-${theme}-${width}.png`) });
      if (name === 'revisit') {
        const before = await page.locator('.glimmers-care-words').first().textContent();
        await page.getByRole('button', { name: 'Show another' }).click();
        await expect.poll(() => page.locator('.glimmers-care-words').first().textContent()).not.toBe(before);
      }
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
