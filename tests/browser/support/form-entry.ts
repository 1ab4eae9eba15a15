/**
 * The capture forms in a plain page, for the browser suite: the real modules of the plugin, with
 * `obsidian` resolved to the browser stand-in (`obsidian-browser.ts`: an in-memory vault from
 * obsidian-test-mocks, Obsidian's modal DOM and keymap). `window.glimmersForm.open(...)` opens a
 * form in a given state; the test drives the rest through the page.
 */
import { setup } from 'obsidian-test-mocks/setup';
import { defaultSettings, type GlimmersSettings } from '@glimmers/core';
import { App, Platform } from 'obsidian';
import { systemClock, type CaptureContext } from '../../../packages/obsidian-plugin/src/capture.ts';
import { openNewGlimmer, openQuickGlimmer } from '../../../packages/obsidian-plugin/src/commands.ts';
import { DraftNotes } from '../../../packages/obsidian-plugin/src/drafts.ts';
import { createVaultWriter } from '../../../packages/obsidian-plugin/src/glimmer-writer.ts';

setup();

/** What a test asks for. */
interface OpenOptions {
  form: 'reflection' | 'quick';
  phone: boolean;
  theme: 'light' | 'dark';
  firstRun?: boolean;
  detailsOpen?: boolean;
}

async function open(opts: OpenOptions): Promise<void> {
  Object.assign(Platform, { isPhone: opts.phone, isMobile: opts.phone, isDesktop: !opts.phone, isDesktopApp: !opts.phone, isMobileApp: opts.phone });
  document.body.className = `theme-${opts.theme}${opts.phone ? ' is-mobile is-phone' : ''}`;
  const settings: GlimmersSettings = defaultSettings();
  settings.practice.firstRunSeen = opts.firstRun !== true;
  settings.practice.detailsOpen = opts.detailsOpen === true;
  const app = (App as unknown as { createConfigured__(o: object): CaptureContext['app'] }).createConfigured__({ files: {} });
  const writer = createVaultWriter(app.vault);
  const ctx: CaptureContext = {
    app,
    getSettings: () => settings,
    updateSettings: async (change) => change(settings),
    writer,
    drafts: new DraftNotes({ vault: app.vault, writer, glimmerFolder: () => settings.glimmerFolder, now: systemClock.now }),
    fieldHooks: () => [],
    groundingHistory: () => [],
    revisit: () => () => undefined,
    reminder: () => ({ text: 'Set an end-of-day reminder', open: () => undefined }),
    ...systemClock,
  };
  if (opts.form === 'quick') await openQuickGlimmer(ctx);
  else await openNewGlimmer(ctx);
}

(window as unknown as { glimmersForm: { open: typeof open } }).glimmersForm = { open };
