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
const pages: Record<string, string> = {};
const url = (kind: 'page' | 'pane', theme: 'light' | 'dark'): string => pages[`${kind}-${theme}`] as string;

beforeAll(async () => {
  browser = await launch();
  for (const kind of ['page', 'pane'] as const) {
    for (const theme of ['light', 'dark'] as const) pages[`${kind}-${theme}`] = await writePage(vault, OPTIONS, theme, kind);
  }
  mkdirSync(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
});

/** The WCAG contrast ratio of two `rgb(…)` colours. */
function contrast(a: string, b: string): number {
  const luminance = (rgb: string): number => {
    const [r, g, bl] = (rgb.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe.each([
  ['page', 'light', 375, 812],
  ['page', 'light', 1280, 900],
  ['page', 'dark', 375, 812],
  ['page', 'dark', 1280, 900],
  ['pane', 'light', 375, 812],
  ['pane', 'light', 1280, 900],
  ['pane', 'dark', 375, 812],
  ['pane', 'dark', 1280, 900],
] as const)('dashboard (%s), %s theme, %i x %i', (kind, theme, width, height) => {
  it('shows every panel without errors, overflow, network or serious accessibility problems, calm and readable', async () => {
    const { page, watch } = await openPage(browser, url(kind, theme), width, height);
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

      // Words first: the summary sentences are the first panel.
      expect(await page.locator('.glimmers-panel').first().getAttribute('data-glimmers-panel')).toBe('summary');
      expect(await page.locator('.glimmers-sentence').first().textContent()).toMatch(/^(This week: \d+ glimmers? on|No glimmers this week)/);

      // The weight is never louder than the light: its contrast with the panel is not above the light's.
      const colours = await page.evaluate(() => {
        const fill = (sel: string): string => getComputedStyle(document.querySelector(sel) as Element).fill;
        return { light: fill('.glimmers-light-bar'), weight: fill('.glimmers-weight-bar'), background: getComputedStyle(document.querySelector('.glimmers-panel-trend') as Element).backgroundColor };
      });
      expect(contrast(colours.weight, colours.background), JSON.stringify(colours)).toBeLessThanOrEqual(contrast(colours.light, colours.background));

      // Heatmap cells: at least 24 px on a phone; the newest weeks in view, earlier ones a scroll away.
      const cell = await page.locator(`.glimmers-heat-cell[data-day="${TODAY}"]`).boundingBox();
      if (width < 600) {
        expect(cell!.width).toBeGreaterThanOrEqual(24);
        expect(cell!.height).toBeGreaterThanOrEqual(24);
        const weeks = await page.evaluate(() => {
          const scroller = document.querySelector('.glimmers-heatmap-scroll') as HTMLElement;
          const step = (document.querySelector('.glimmers-heat-cell') as Element).getBoundingClientRect().width / 24 * 26;
          return scroller.clientWidth / step;
        });
        expect(weeks).toBeGreaterThanOrEqual(12);
        expect(weeks).toBeLessThanOrEqual(16.5);
        expect(cell!.x + cell!.width).toBeLessThanOrEqual(width);
        expect(await page.locator('.glimmers-hint-touch').isVisible()).toBe(true);
        expect(await page.locator('.glimmers-hint-keys').isVisible()).toBe(false);
      } else {
        expect(await page.locator('.glimmers-hint-keys').isVisible()).toBe(true);
      }

      // "What I'm carrying" is closed until asked.
      const carrying = page.locator('[data-glimmers-panel="carrying"]');
      expect(await carrying.locator('[data-glimmers-key="carrying:toggle"]').getAttribute('aria-expanded')).toBe('false');
      expect(await carrying.locator('.glimmers-carrying-list').count()).toBe(0);
      await page.screenshot({ path: join(SCREENSHOTS, `dashboard-${kind}-${theme}-${width}.png`), fullPage: true });
      // What fits on one screen, as a person first sees it.
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: join(SCREENSHOTS, `dashboard-${kind}-${theme}-${width}-first-screen.png`) });

      // A day selected lists its glimmers, each a button that opens it.
      await page.locator(`.glimmers-heat-cell[data-day="${TODAY}"]`).click();
      const day = page.locator('[data-glimmers-panel="day"]');
      await expect.poll(() => day.locator('.glimmers-list-item').count()).toBeGreaterThan(0);
      expect(await day.locator('h3').textContent()).toBe('Glimmers on Wednesday 4 March 2026');
      expect(await day.textContent()).toContain('A client set a boundary.');
      await carrying.locator('[data-glimmers-key="carrying:toggle"]').click();
      await expect.poll(() => carrying.locator('.glimmers-carrying-text').count()).toBe(10);
      expect(await carrying.locator('.glimmers-carrying-text').first().textContent()).toMatch(/^(The court date next week|His story of the crossing|How tired I am by Thursday)\.$/);
      expect(await axeSerious(page)).toEqual([]);
      await page.locator('[data-glimmers-panel="heatmap"]').evaluate((el) => el.scrollIntoView());
      await page.screenshot({ path: join(SCREENSHOTS, `dashboard-${kind}-${theme}-${width}-day.png`) });
      await carrying.evaluate((el) => el.scrollIntoView());
      await page.screenshot({ path: join(SCREENSHOTS, `dashboard-${kind}-${theme}-${width}-carrying.png`) });

      // Every chart as a table too: still no overflow and nothing serious for axe.
      for (const toggle of await page.locator('.glimmers-toggle[aria-pressed]').all()) await toggle.click();
      expect(await page.locator('.glimmers-table').count()).toBe(7);
      const tableOverflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(tableOverflow).toBeLessThanOrEqual(0);
      expect(await axeSerious(page)).toEqual([]);

      expect(watch.errors).toEqual([]);
      expect(watch.requests).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});

describe('the pane, as docs/plugin.md shows it', () => {
  // What a person sees first, for the docs (copied into docs/images by hand, after looking at them).
  it('takes a desktop and a phone picture, one of a day being read, and the body map on both', async () => {
    // Each: file, theme, width, height, a heatmap day to select, the panel to scroll to (the body map alone).
    const shots: [string, 'light' | 'dark', number, number, string | null, string | null][] = [
      ['docs-dashboard-desktop-light.png', 'light', 1280, 900, null, null],
      ['docs-dashboard-phone-dark.png', 'dark', 375, 812, null, null],
      ['docs-dashboard-phone-day-light.png', 'light', 375, 812, '2026-03-03', 'heatmap'],
      ['docs-dashboard-body-desktop-dark.png', 'dark', 1280, 900, null, 'body'],
      ['docs-dashboard-body-phone-light.png', 'light', 375, 812, null, 'body'],
    ];
    for (const [name, theme, width, height, day, panel] of shots) {
      const { page, watch } = await openPage(browser, url('pane', theme), width, height);
      try {
        if (day !== null) {
          await page.locator(`.glimmers-heat-cell[data-day="${day}"]`).click();
          await expect.poll(() => page.locator('[data-glimmers-panel="day"] .glimmers-list-words').count()).toBeGreaterThan(0);
        }
        if (panel === 'body') await page.locator('[data-glimmers-panel="body"]').screenshot({ path: join(SCREENSHOTS, name) });
        else {
          if (panel !== null) await page.locator(`[data-glimmers-panel="${panel}"]`).evaluate((el) => el.scrollIntoView());
          await page.screenshot({ path: join(SCREENSHOTS, name) });
        }
        expect(watch.errors).toEqual([]);
      } finally {
        await page.context().close();
      }
    }
  });
});

describe('static dashboard: hostile note text', () => {
  it('shows HTML and script in notes as text and runs none of it', async () => {
    const { page, watch } = await openPage(browser, url('page', 'light'), 1200);
    try {
      await page.click('[data-glimmers-key="attention:toggle"]');
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
    const privateUrl = await writePage(vault, { ...OPTIONS, privacy: true }, 'dark');
    const { page, watch } = await openPage(browser, privateUrl, 320);
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
    const { page, watch } = await openPage(browser, url('page', 'light'), 1200);
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
      expect(await page.locator('[data-glimmers-panel="day"] h3').textContent()).toBe('Glimmers on Tuesday 24 February 2026');

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
    const pageUrl = n === 2000 ? url('page', 'light') : await writePage(fixtureVault(n, 99), OPTIONS, 'light');
    const { page, watch } = await openPage(browser, pageUrl, 1200);
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
