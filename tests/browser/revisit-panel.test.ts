/**
 * The dashboard's "A glimmer to revisit" panel (care) in real Chromium, on a phone and a desktop,
 * light and dark: it fits, axe finds nothing serious, "Show another" brings a different glimmer's
 * words by keyboard, and "On this day" shows its own. Screenshots of the panel are written for a
 * person to look at.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { DashboardDataOptions } from '@glimmers/dashboard';
import { HOSTILE, TODAY, fixtureVault } from '../dashboard/support/fixture.ts';
import { SCREENSHOTS, axeSerious, launch, openPage, writePage } from './support/page.ts';

const OPTIONS: DashboardDataOptions = { range: '12m', today: TODAY, weekStart: 1 };
const vault = fixtureVault(300);
let browser: Browser;
const pages: Record<'light' | 'dark', string> = { light: '', dark: '' };

beforeAll(async () => {
  browser = await launch();
  pages.light = await writePage(vault, OPTIONS, 'light');
  pages.dark = await writePage(vault, OPTIONS, 'dark');
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
] as const)('revisit panel, %s theme, %i px wide', (theme, width) => {
  it('fits, reads well to axe, and steps to another glimmer by keyboard', async () => {
    const { page, watch } = await openPage(browser, pages[theme], width);
    try {
      const panel = page.locator('[data-glimmers-panel="revisit"]');
      await panel.scrollIntoViewIfNeeded();
      const box = await panel.boundingBox();
      expect(box!.x + box!.width).toBeLessThanOrEqual(width + 0.5);
      const words = panel.locator('[data-glimmers-key="revisit:text"]');
      const first = await words.textContent();
      expect(first?.trim()).not.toBe('');
      // "On this day" brings back the glimmer of 4 March a year ago, with its own words.
      const onThisDay = panel.getByRole('group', { name: 'On this day' });
      expect(await onThisDay.textContent()).toContain(HOSTILE.remember);
      expect(await onThisDay.textContent()).toContain('A year ago, 4 March 2025');
      await panel.screenshot({ path: join(SCREENSHOTS, `revisit-${theme}-${width}.png`) });
      expect(await axeSerious(page)).toEqual([]);

      const another = panel.getByRole('button', { name: 'Show another' });
      await another.focus();
      await page.keyboard.press('Enter');
      await expect.poll(async () => (await panel.locator('.glimmers-revisit-reason').first().textContent())).toBeTruthy();
      // Focus stays on "Show another", so the next press brings the next glimmer.
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Show another');
      const seen = new Set<string>();
      for (let i = 0; i < 4; i++) {
        seen.add(`${await panel.locator('.glimmers-revisit-reason').first().textContent()}|${await panel.locator('.glimmers-revisit-title').first().textContent().catch(() => '')}`);
        await page.keyboard.press('Enter');
      }
      expect(seen.size).toBeGreaterThan(1);
      expect(watch.errors).toEqual([]);
      expect(watch.requests).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});
