/**
 * The capture forms in headless Chromium: `form-entry.ts` bundled with esbuild (the plugin's own
 * modules, `obsidian` resolved to the browser stand-in), in a page with the stand-in Obsidian theme
 * and app styles and the plugin's built `styles.css` rules. Measures what a person would notice:
 * overflow, whether Save is in view, the body map's targets.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import esbuild from 'esbuild';
import type { Browser, Page } from 'playwright-core';

const ROOT = join(import.meta.dirname, '..', '..', '..');

/** The stand-in theme, the stand-in app styles, then the plugin's styles in the order the build joins them. */
function pageCss(): string {
  return [
    'packages/dashboard/theme-standin.css', 'tests/browser/support/obsidian-app-standin.css',
    'packages/dashboard/styles.css', 'packages/obsidian-plugin/styles.css',
  ].map((file) => readFileSync(join(ROOT, file), 'utf8')).join('\n');
}

/** Writes the form page once and returns its file URL. */
export async function writeFormPage(): Promise<string> {
  const result = await esbuild.build({
    entryPoints: [join(ROOT, 'tests/browser/support/form-entry.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    write: false,
    conditions: ['production'],
    alias: { obsidian: join(ROOT, 'tests/browser/support/obsidian-browser.ts') },
    logLevel: 'silent',
  });
  const script = (result.outputFiles[0]?.text ?? '').replace(/<\/script/gi, '<\\/script');
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Glimmers form</title><style>${pageCss()}</style></head><body><script>${script}</script></body></html>`;
  const dir = mkdtempSync(join(tmpdir(), 'glimmers-form-'));
  const file = join(dir, 'form.html');
  writeFileSync(file, html);
  return pathToFileURL(file).href;
}

/** What to open. */
export interface FormState {
  form: 'reflection' | 'quick';
  theme: 'light' | 'dark';
  width: number;
  height: number;
  firstRun?: boolean;
  detailsOpen?: boolean;
}

/** A page of the given size with the form open; page errors and any network request are recorded. */
export async function openForm(browser: Browser, url: string, state: FormState): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: state.width, height: state.height }, deviceScaleFactor: 1, hasTouch: state.width < 600 });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(String(err)));
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  await page.route('**', (route) => {
    const u = route.request().url();
    if (u.startsWith('file:') || u.startsWith('data:')) return route.continue();
    errors.push(`network: ${u}`);
    return route.abort('blockedbyclient');
  });
  await page.goto(url);
  await page.evaluate((s) => (window as unknown as { glimmersForm: { open(o: object): Promise<void> } }).glimmersForm.open({
    form: s.form, theme: s.theme, phone: s.width < 600, firstRun: s.firstRun, detailsOpen: s.detailsOpen,
  }), state);
  await page.waitForSelector('.glimmers-modal');
  return { page, errors };
}

/** Layout facts of the open modal. */
export interface FormLayout {
  /** The page scrolls sideways by this much (0 when nothing overflows). */
  pageOverflow: number;
  /** The dialog scrolls sideways by this much. */
  dialogOverflow: number;
  /** The dialog's whole height if nothing had to scroll (its form scrolls inside it), in CSS px. */
  contentHeight: number;
  /** Its visible height. */
  visibleHeight: number;
  /** Whether the named button is fully inside the viewport and the dialog's visible box, without any scrolling. */
  inView: Record<string, boolean>;
}

/** Measures the open modal; `buttons` are accessible names to check for being in view. */
export async function measureForm(page: Page, buttons: string[]): Promise<FormLayout> {
  return page.evaluate((names) => {
    const dialog = document.querySelector('.modal') as HTMLElement;
    const box = dialog.getBoundingClientRect();
    const inView: Record<string, boolean> = {};
    for (const name of names) {
      const b = [...dialog.querySelectorAll('button')].find((el) => el.textContent === name);
      const r = b?.getBoundingClientRect();
      inView[name] = r !== undefined && r.width > 0 && r.top >= Math.max(0, box.top) - 0.5 && r.bottom <= Math.min(innerHeight, box.bottom) + 0.5
        && r.left >= 0 && r.right <= innerWidth + 0.5;
    }
    return {
      pageOverflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      dialogOverflow: dialog.scrollWidth - dialog.clientWidth,
      // The form scrolls inside the dialog: the dialog's height if nothing had to scroll.
      contentHeight: (() => {
        const inner = dialog.querySelector<HTMLElement>('.glimmers-form, .glimmers-closing');
        return dialog.scrollHeight + (inner ? inner.scrollHeight - inner.clientHeight : 0);
      })(),
      visibleHeight: dialog.clientHeight,
      inView,
    };
  }, buttons);
}

/**
 * The smallest box of each body map region as drawn (a paired region, such as the hands, is
 * measured per hand), in CSS px.
 */
export async function regionTargets(page: Page): Promise<Array<{ name: string; width: number; height: number }>> {
  return page.evaluate(() => {
    const out: Array<{ name: string; width: number; height: number }> = [];
    for (const path of document.querySelectorAll<SVGPathElement>('.glimmers-body-toggles [role="button"]')) {
      const pieces = (path.getAttribute('d') ?? '').split(/(?=M)/).filter((d) => d.trim() !== '');
      let width = Infinity;
      let height = Infinity;
      for (const d of pieces) {
        const piece = document.createElementNS('http://www.w3.org/2000/svg', 'path');
        piece.setAttribute('d', d);
        path.parentNode?.appendChild(piece);
        const r = piece.getBoundingClientRect();
        piece.remove();
        width = Math.min(width, r.width);
        height = Math.min(height, r.height);
      }
      out.push({ name: path.getAttribute('aria-label') ?? '', width, height });
    }
    return out;
  });
}
