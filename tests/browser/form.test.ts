// The capture forms in real headless Chromium with the stand-in Obsidian theme: at a phone's size,
// a phone with the keyboard open, and a desktop window; light and dark. Nothing overflows sideways,
// Save stays in view without scrolling, axe finds nothing serious, the body map's targets are big
// enough for a finger. Screenshots go to the git-ignored screenshot folder, for people to look at.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measureForm, openForm, regionTargets, writeFormPage, type FormState } from './support/form-page.ts';
import { SCREENSHOTS, axeSerious, launch } from './support/page.ts';

const SIZES = [[375, 812], [375, 450], [1280, 800]] as const;
const THEMES = ['light', 'dark'] as const;
type Step = 'step one' | 'details open' | 'closing card' | 'quick capture';
const STEPS: Step[] = ['step one', 'details open', 'closing card', 'quick capture'];

let browser: Browser;
let url = '';

beforeAll(async () => {
  browser = await launch();
  url = await writeFormPage();
  mkdirSync(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
});

/** Opens the form in the state a step of the practice puts it in. */
async function show(step: Step, state: Omit<FormState, 'form'>): Promise<Page> {
  const { page, errors } = await openForm(browser, url, { ...state, form: step === 'quick capture' ? 'quick' : 'reflection', detailsOpen: step === 'details open' });
  (page as Page & { glimmersErrors?: string[] }).glimmersErrors = errors;
  if (step === 'details open') {
    // Scrolled to the details, as a person looking at them would be: the footer must still show.
    await page.getByRole('textbox', { name: 'Title (optional)' }).scrollIntoViewIfNeeded();
  }
  if (step === 'closing card') {
    await page.getByRole('textbox', { name: 'What moment of resilience did I witness?' }).fill('She set a boundary, calmly.');
    await page.getByRole('button', { name: 'chest' }).click();
    await page.getByRole('button', { name: 'Save glimmer' }).click();
    await page.getByRole('group', { name: 'Before you go' }).waitFor();
  }
  return page;
}

const errorsOf = (page: Page): string[] => (page as Page & { glimmersErrors?: string[] }).glimmersErrors ?? [];

describe.each(STEPS)('%s', (step) => {
  describe.each(THEMES)('%s theme', (theme) => {
    it.each(SIZES)('at %i x %i: no overflow, the main action in view, nothing serious for axe', async (width, height) => {
      const page = await show(step, { theme, width, height });
      try {
        const main = step === 'closing card' ? ['a slow breath', 'Close'] : ['Save glimmer', 'Cancel'];
        const layout = await measureForm(page, main);
        expect(layout.pageOverflow, 'page overflow').toBeLessThanOrEqual(0);
        expect(layout.dialogOverflow, 'dialog overflow').toBeLessThanOrEqual(0);
        for (const name of main) expect(layout.inView[name], `${name} in view without scrolling`).toBe(true);
        expect(await axeSerious(page)).toEqual([]);
        if (step === 'step one' && theme === 'light' && height !== 450) {
          console.log(`[practice] "New glimmer" step one at ${width} x ${height}: ${layout.contentHeight} px of content, ${layout.visibleHeight} px shown`);
        }
        await page.screenshot({ path: join(SCREENSHOTS, `form-${step.replace(/ /g, '-')}-${theme}-${width}x${height}.png`) });
        expect(errorsOf(page)).toEqual([]);
      } finally {
        await page.context().close();
      }
    });
  });
});

describe('the body map on a phone', () => {
  it('gives every region a target of at least 24 x 24 CSS px at 375 px, and works by touch and keyboard', async () => {
    const page = await show('step one', { theme: 'light', width: 375, height: 812 });
    try {
      const targets = await regionTargets(page);
      expect(targets.map((t) => t.name)).toHaveLength(12);
      for (const t of targets) {
        expect(t.width, `${t.name} width`).toBeGreaterThanOrEqual(24);
        expect(t.height, `${t.name} height`).toBeGreaterThanOrEqual(24);
      }
      console.log(`[practice] smallest body map target at 375 px: ${Math.min(...targets.map((t) => Math.min(t.width, t.height))).toFixed(1)} px`);
      // A tap at the middle of the chest presses the chest.
      await page.getByRole('button', { name: 'chest' }).tap();
      expect(await page.getByRole('button', { name: 'chest' }).getAttribute('aria-pressed')).toBe('true');
      // The keyboard: one Tab stop, arrows from head to feet, Space presses.
      await page.getByRole('button', { name: 'chest' }).focus();
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('Space');
      expect(await page.getByRole('button', { name: 'shoulders' }).getAttribute('aria-pressed')).toBe('true');
      await page.getByRole('combobox', { name: 'How did my chest feel?' }).selectOption('warm');
      await page.screenshot({ path: join(SCREENSHOTS, 'form-body-map-chosen-light-375x812.png') });
      expect(errorsOf(page)).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('fits at 320 px too, and the list alternative has no overflow either', async () => {
    const page = await show('step one', { theme: 'dark', width: 320, height: 640 });
    try {
      expect((await measureForm(page, ['Save glimmer'])).pageOverflow).toBeLessThanOrEqual(0);
      await page.getByRole('button', { name: 'Show as a list' }).click();
      const layout = await measureForm(page, ['Save glimmer']);
      expect(layout.dialogOverflow).toBeLessThanOrEqual(0);
      expect(layout.inView['Save glimmer']).toBe(true);
      expect(await axeSerious(page)).toEqual([]);
      await page.screenshot({ path: join(SCREENSHOTS, 'form-body-list-dark-320x640.png') });
    } finally {
      await page.context().close();
    }
  });
});

describe('the closing card after a heavy day', () => {
  it.each(THEMES)('leads with grounding and offers "Revisit a glimmer" (%s, 375 x 812)', async (theme) => {
    const page = await show('step one', { theme, width: 375, height: 812 });
    try {
      await page.getByRole('textbox', { name: 'What moment of resilience did I witness?' }).fill('He stayed in the room with it.');
      await page.getByRole('button', { name: 'Add details' }).click();
      await page.getByRole('radio', { name: '4, weighing on me' }).check();
      await page.getByRole('button', { name: 'Save glimmer' }).click();
      const revisit = page.getByRole('button', { name: 'Revisit a glimmer' });
      await revisit.waitFor();
      const layout = await measureForm(page, ['a slow breath', 'Revisit a glimmer', 'Close']);
      expect(layout.inView).toEqual({ 'a slow breath': true, 'Revisit a glimmer': true, Close: true });
      expect(layout.pageOverflow).toBeLessThanOrEqual(0);
      expect(await axeSerious(page)).toEqual([]);
      await page.screenshot({ path: join(SCREENSHOTS, `form-closing-card-heavy-${theme}-375x812.png`) });
      expect(errorsOf(page)).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});

describe('first run', () => {
  it('shows "What is a glimmer?" above the form, with Save still in view', async () => {
    const page = await show('step one', { theme: 'light', width: 375, height: 812, firstRun: true });
    try {
      expect(await page.getByRole('region', { name: 'What is a glimmer?' }).isVisible()).toBe(true);
      const layout = await measureForm(page, ['Save glimmer', 'Got it']);
      expect(layout.inView['Save glimmer']).toBe(true);
      expect(layout.pageOverflow).toBeLessThanOrEqual(0);
      expect(await axeSerious(page)).toEqual([]);
      await page.screenshot({ path: join(SCREENSHOTS, 'form-first-run-light-375x812.png') });
    } finally {
      await page.context().close();
    }
  });
});
