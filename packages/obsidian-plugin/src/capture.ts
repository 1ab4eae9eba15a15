/**
 * From a filled-in form to a saved note: what a form holds, the checks before writing, composing
 * the note with `@glimmers/core`, and writing it through the {@link GlimmerWriter}.
 */
import { composeGlimmerNote, type GlimmersSettings, type GlimmerTemplate, localCreated, MAX_FILE_BYTES, randomId, templateDefaults } from '@glimmers/core';
import { Notice, type App, type TFile } from 'obsidian';
import { fileNameFor, type FileNamePrivacy } from './privacy/file-name-for.ts';
import type { DraftStore } from './drafts.ts';
import type { GlimmerWriter } from './glimmer-writer.ts';
import type { LoadedTemplate } from './templates.ts';
import type { FieldHook } from './ui/text-field.ts';

/** What a capture form holds; kept as the draft when the form closes unsaved. */
export interface GlimmerDraft {
  title: string;
  /** Answers by prompt slot. */
  answers: Record<string, string>;
  themes: string[];
  /** A moment id, or `''` for none. */
  moment: string;
  intensity: number | null;
  weight: number | null;
  body: string[];
  feelings: string[];
  grounding: string[];
}

/** Everything the capture features need, handed down from the plugin (never the plugin itself). */
export interface CaptureContext {
  app: App;
  getSettings(): GlimmersSettings;
  writer: GlimmerWriter;
  drafts: DraftStore<GlimmerDraft>;
  /** Hooks run on every text box of the forms (see `ui/text-field.ts`). */
  fieldHooks: FieldHook[];
  now(): Date;
  randomId(): string;
  /** The privacy check of titles before they go into file names (see `privacy/file-name-for.ts`). */
  fileNamePrivacy?: FileNamePrivacy;
}

/** What saving gave: the new note, or a message for the person. */
export type SaveResult = { ok: true; file: TFile } | { ok: false; message: string };

/** The default clock and random names, for the plugin; tests pass their own. */
export const systemClock = { now: (): Date => new Date(), randomId: (): string => randomId() };

/** A fresh draft with a template's defaults (its `moment`, `themes`, … frontmatter). */
export function emptyDraft(template: GlimmerTemplate): GlimmerDraft {
  const d = templateDefaults(template);
  return {
    title: '',
    answers: {},
    themes: d.themes,
    moment: d.moment ?? '',
    intensity: d.intensity ?? null,
    weight: d.weight ?? null,
    body: d.body,
    feelings: d.feelings,
    grounding: d.grounding,
  };
}

/** Whether the person has typed anything (a title or an answer). */
export function draftHasText(draft: GlimmerDraft): boolean {
  return draft.title.trim() !== '' || Object.values(draft.answers).some((text) => text.trim() !== '');
}

const MESSAGES = {
  empty: 'Write a few words in at least one prompt before saving.',
  tooLong: 'This glimmer is too long to keep as one note (the limit is 1 MB). Shorten it a little and save again; your words are still here.',
};

/**
 * Checks, composes and writes the draft as one new note in the glimmer folder. Never throws:
 * every problem comes back as a message, and the form keeps the person's words.
 */
export async function saveDraft(ctx: CaptureContext, loaded: LoadedTemplate, draft: GlimmerDraft): Promise<SaveResult> {
  if (!draftHasText(draft)) return { ok: false, message: MESSAGES.empty };
  // A cheap bound before any parsing, so a huge paste gets an answer at once.
  const size = draft.title.length + Object.values(draft.answers).reduce((n, text) => n + text.length, 0);
  if (size > MAX_FILE_BYTES) return { ok: false, message: MESSAGES.tooLong };
  const settings = ctx.getSettings();
  const now = ctx.now();
  const answers: Record<string, string> = {};
  for (const [slot, text] of Object.entries(draft.answers)) answers[slot] = text.replace(/\r\n?/g, '\n').trim();
  const composed = composeGlimmerNote(loaded.template, {
    created: localCreated(now),
    title: draft.title.replace(/\s+/g, ' ').trim(),
    answers,
    themes: draft.themes,
    themeLabels: Object.fromEntries(settings.themes.map((t) => [t.id, t.label])),
    ...(draft.moment !== '' ? { moment: draft.moment } : {}),
    ...(draft.intensity !== null ? { intensity: draft.intensity } : {}),
    ...(draft.weight !== null ? { weight: draft.weight } : {}),
    body: draft.body,
    feelings: draft.feelings,
    grounding: draft.grounding,
  }, { themes: settings.themes.map((t) => t.id) });
  if (composed.text === null) {
    if (composed.issues.some((i) => i.code === 'file/too-large')) return { ok: false, message: MESSAGES.tooLong };
    const reason = composed.issues[0]?.message ?? 'it would not read back as a glimmer';
    return { ok: false, message: `This glimmer could not be written as a valid note: ${reason}` };
  }
  // File names carry no words of the note; a typed title only when the settings and the identifier check allow it.
  const { name, message } = fileNameFor(settings, ctx.fileNamePrivacy, { now, title: draft.title, id: ctx.randomId() });
  if (message !== undefined) new Notice(message);
  try {
    return { ok: true, file: await ctx.writer.create(settings.glimmerFolder, name, composed.text) };
  } catch (error) {
    const reason = error instanceof Error ? error.message.replace(/\.$/, '') : 'the vault did not accept the note';
    return { ok: false, message: `Couldn't save the glimmer: ${reason}. Your words are still here.` };
  }
}

/** Opens a new note in the current tab when the settings say so. */
export async function openIfWanted(ctx: CaptureContext, file: TFile): Promise<void> {
  if (!ctx.getSettings().openAfterCreate) return;
  await ctx.app.workspace.getLeaf(false).openFile(file);
}
