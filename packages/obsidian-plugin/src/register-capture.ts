/**
 * `registerCapture`: the capture features (the reflection form, quick capture, their commands and
 * ribbon icon, drafts kept as notes, the closing card's grounding history) registered in one call
 * from the plugin's `onload`, with the few things they need from the plugin.
 */
import type { GlimmersSettings } from '@glimmers/core';
import type { Component, Plugin } from 'obsidian';
import { systemClock, type CaptureContext, type ReminderLink } from './capture.ts';
import { openNewGlimmer, openQuickGlimmer, registerCaptureCommands } from './commands.ts';
import { DraftNotes } from './drafts.ts';
import type { FieldHookRegistry } from './field-hooks.ts';
import { createVaultWriter, type GlimmerWriter } from './glimmer-writer.ts';
import { groundingHistoryFromCache } from './grounding-history.ts';
import type { FileNamePrivacy } from './privacy/file-name-for.ts';
import { showFirstRunOnce } from './ui/first-run-card.ts';

/** What the capture features need from the plugin. */
export interface CaptureDeps {
  getSettings(): GlimmersSettings;
  updateSettings(change: (settings: GlimmersSettings) => void): Promise<void>;
  fieldHooks: FieldHookRegistry;
  /** The privacy check of typed titles before they go into file names. */
  fileNamePrivacy?: FileNamePrivacy;
  /** "Revisit a glimmer", once the part that chooses one is registered; `null` until then. */
  revisit?: () => (() => void) | null;
  /** The end-of-day reminder setting, once a part offers one; `null` until then. */
  reminder?: () => ReminderLink | null;
}

/** What other parts may use: opening the forms (the dashboard, the end-of-day nudge), the writer and the clock. */
export interface CaptureHandle {
  /** Opens "New glimmer" with the default template, or with `templateId` when given. */
  openNewGlimmer(templateId?: string): void;
  openQuickGlimmer(): void;
  /** The one writer that never overwrites a note. */
  writer: GlimmerWriter;
  now(): Date;
  /** Shows "What is a glimmer?" at the start of `el` (the dashboard pane) if this vault has not seen it. */
  showFirstRun(el: HTMLElement, owner: Component): void;
}

/** Registers the capture commands and keeps drafts safe when the app goes to the background. */
export function registerCapture(plugin: Plugin, deps: CaptureDeps): CaptureHandle {
  const { app } = plugin;
  const writer = createVaultWriter(app.vault);
  const drafts = new DraftNotes({ vault: app.vault, writer, glimmerFolder: () => deps.getSettings().glimmerFolder, now: systemClock.now });
  const ctx: CaptureContext = {
    app,
    getSettings: () => deps.getSettings(),
    updateSettings: (change) => deps.updateSettings(change),
    writer,
    drafts,
    fieldHooks: () => deps.fieldHooks.list(),
    groundingHistory: () => groundingHistoryFromCache(app),
    revisit: () => deps.revisit?.() ?? null,
    reminder: () => deps.reminder?.() ?? null,
    ...systemClock,
    ...(deps.fileNamePrivacy !== undefined ? { fileNamePrivacy: deps.fileNamePrivacy } : {}),
  };
  registerCaptureCommands(plugin, ctx);
  // A phone may end Obsidian any time after it goes to the background: write waiting drafts now.
  plugin.registerDomEvent(activeDocument, 'visibilitychange', () => {
    if (activeDocument.visibilityState === 'hidden') void drafts.flush();
  });
  plugin.register(() => void drafts.flush());
  return {
    openNewGlimmer: (templateId) => void openNewGlimmer(ctx, templateId),
    openQuickGlimmer: () => void openQuickGlimmer(ctx),
    writer,
    now: () => ctx.now(),
    showFirstRun: (el, owner) => showFirstRunOnce(el, ctx, (target, type, handler) => owner.registerDomEvent(target, type, handler)),
  };
}
