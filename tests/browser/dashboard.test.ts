import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { PANEL_NAMES } from '@glimmers/dashboard';
import type { DashboardDataOptions } from '@glimmers/dashboard';
import { HOSTILE, TODAY, fixtureVault } from '../dashboard/support/fixture.ts';
import { SCREENSHOTS, axeSerious, launch, openPage, writePage } from './support/page.ts';

const OPTIONS: DashboardDataOptions = { range: '12m', today: TODAY, weekStart: 1 };
const vault = fixtureVault(2000);

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
  ['light', 1200],
  ['dark', 320],
  ['dark', 1200],
] as const)('static dashboard, %s theme, %i px wide, %s', (theme, width) => {
  it('shows every panel without errors, overflow, network or serious accessibility problems', async () => {
    const { page, watch } = await openPage(browser, pages[theme], width);
    try {
      expect(await page.locator('.glimmers-panel').count()).toBeGreaterThan(10);
      for (const name of PANEL_NAMES) {
        const panel = page.locator(`[data-glimmers-panel="${name}"]`);
        await panel.scrollIntoViewIfNeeded();
        expect(await panel.isVisible(), `${name} visible`).toBe(true);
        const box = await panel.boundingBox();
        expect(box, `${name} has a box`).not.toBeNull();
        expect(box!.x, `${name} starts inside the page`).toBeGreaterThanOrEqual(0);
        expect(box!.x + box!.width, `${name} ends inside the page`).toBeLessThanOrEqual(width + 0.5);
      }
      const overflow = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
      expect(overflow.scroll).toBeLessThanOrEqual(overflow.client);
      expect(await axeSerious(page)).toEqual([]);
      await page.screenshot({ path: join(SCREENSHOTS, `dashboard-${theme}-${width}.png`), fullPage: true });

      // Every chart as a table too: still no overflow and nothing serious for axe.
      for (const toggle of await page.locator('.glimmers-toggle').all()) await toggle.click();
      expect(await page.locator('.glimmers-table').count()).toBe(7);
      const tableOverflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(tableOverflow).toBeLessThanOrEqual(0);
      expect(await axeSerious(page)).toEqual([]);
      await page.screenshot({ path: join(SCREENSHOTS, `dashboard-${theme}-${width}-tables.png`), fullPage: true });

      expect(watch.errors).toEqual([]);
      expect(watch.requests).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});

describe('static dashboard: hostile note text', () => {
  it('shows HTML and script in notes as text and runs none of it', async () => {
    const { page, watch } = await openPage(browser, pages.light, 1200);
    try {
      const text = await page.locator('.glimmers-dashboard').textContent();
      expect(text).toContain(HOSTILE.title);
      expect(text).toContain(HOSTILE.remember);
      expect(text).toContain(HOSTILE.feeling);
      expect(text).toContain(HOSTILE.theme);
      expect(text).toContain(HOSTILE.message);
      // Hover and click the hostile entries, in case a handler was planted.
      for (const item of await page.locator('.glimmers-list-item').all()) {
        await item.hover();
        await item.click();
      }
      await page.locator('.glimmers-heat-cell[tabindex="0"]').click();
      const state = await page.evaluate(() => ({
        pwned: (window as unknown as { __glimmersPwned?: number }).__glimmersPwned,
        imgs: document.querySelectorAll('.glimmers-dashboard img, .glimmers-dashboard script, .glimmers-dashboard b').length,
        scripts: document.querySelectorAll('script').length,
      }));
      expect(state).toEqual({ pwned: undefined, imgs: 0, scripts: 2 });
      expect(watch.errors).toEqual([]);
      expect(watch.requests).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});

describe('static dashboard: privacy mode', () => {
  it('keeps the text to revisit and the titles out of the page until "Show"', async () => {
    const url = await writePage(vault, { ...OPTIONS, privacy: true }, 'dark');
    const { page, watch } = await openPage(browser, url, 320);
    try {
      const revisit = page.locator('[data-glimmers-panel="revisit"]');
      expect(await revisit.textContent()).not.toContain(HOSTILE.remember);
      expect(await page.locator('.glimmers-panel-recent').textContent()).not.toContain(HOSTILE.title);
      expect(await axeSerious(page)).toEqual([]);
      await page.locator('[data-glimmers-key="revisit:show"]').focus();
      await page.keyboard.press('Enter');
      // The hostile words come back "On this day"; focus moves to the words of the glimmer to revisit.
      await expect.poll(() => revisit.textContent()).toContain(HOSTILE.remember);
      const shown = await page.locator('[data-glimmers-key="revisit:text"]').textContent();
      expect(shown?.trim()).not.toBe('');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-glimmers-key'))).toBe('revisit:text');
      await page.screenshot({ path: join(SCREENSHOTS, 'dashboard-dark-320-privacy.png'), fullPage: true });
      expect(watch.errors).toEqual([]);
      expect(watch.requests).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});

describe('static dashboard: keyboard', () => {
  it('selects a recent glimmer with Enter, moves through the heatmap with arrow keys, and filters', async () => {
    const { page, watch } = await openPage(browser, pages.light, 1200);
    try {
      const first = page.locator('.glimmers-panel-recent .glimmers-list-item').first();
      await first.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('.glimmers-panel-recent .glimmers-list-item').first().getAttribute('aria-current')).toBe('true');

      const focused = page.locator('.glimmers-heat-cell[tabindex="0"]');
      expect(await focused.getAttribute('data-day')).toBe(TODAY);
      await focused.focus();
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowUp');
      const day = await page.evaluate(() => document.activeElement?.getAttribute('data-day'));
      expect(day).toBe('2026-02-24');
      await page.keyboard.press('Enter');
      const status = await page.locator('.glimmers-heatmap-status').textContent();
      expect(status).toMatch(/(No glimmers|\d+ glimmers?) on 24 February 2026/);

      const before = await page.locator('.glimmers-filter-summary').textContent();
      await page.selectOption('[data-glimmers-key="filter:range"]', '30d');
      await expect.poll(() => page.locator('.glimmers-filter-summary').textContent()).not.toBe(before);
      expect(await page.locator('.glimmers-filter-summary').textContent()).toContain('Last 30 days');
      expect(watch.errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});

describe('static dashboard: first render time (printed, not asserted)', () => {
  it.each([2000, 10000])('renders a vault of %i glimmers', async (n) => {
    const url = n === 2000 ? pages.light : await writePage(fixtureVault(n, 99), OPTIONS, 'light');
    const { page, watch } = await openPage(browser, url, 1200);
    try {
      const detail = await page.evaluate(() => (performance.getEntriesByName('glimmers:first-render')[0] as PerformanceMark | undefined)?.detail as Record<string, number> | undefined);
      expect(typeof detail?.ms).toBe('number');
      const parts = ['parse', 'index', 'model', 'render'].map((k) => `${k} ${detail?.[k]?.toFixed(1)}`).join(', ');
      console.log(`[dashboard] first render at ${n} glimmers: ${detail?.ms?.toFixed(1)} ms (${parts})`);
      expect(watch.errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});
