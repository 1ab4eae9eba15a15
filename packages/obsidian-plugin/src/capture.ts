/**
 * From a filled-in form to a saved note: what the capture features need, the checks before
 * writing, composing the note with `@glimmers/core`, writing it through the {@link GlimmerWriter},
 * and recording a grounding practice chosen on the closing card.
 */
import {
  composeGlimmerNote, editFrontmatter, localCreated, MAX_FILE_BYTES, parseGlimmer, randomId, templateDefaults,
  type Glimmer, type GlimmerDraft, type GlimmersSettings, type GlimmerTemplate, type GroundingHistoryItem,
} from '@glimmers/core';
import { Notice, type App, type TFile } from 'obsidian';
import { fileNameFor, type FileNamePrivacy } from './privacy/file-name-for.ts';
import type { DraftNotes } from './drafts.ts';
import type { FieldHook } from './field-hooks.ts';
import type { GlimmerWriter } from './glimmer-writer.ts';
import type { LoadedTemplate } from './templates.ts';

export type { GlimmerDraft } from '@glimmers/core';

/** A link to a setting of another part (the end-of-day reminder), shown on the first-run card. */
export interface ReminderLink {
  /** The link's words, e.g. "Set an end-of-day reminder". */
  text: string;
  open(): void;
}

/** Everything the capture features need, handed down from the plugin (never the plugin itself). */
export interface CaptureContext {
  app: App;
  getSettings(): GlimmersSettings;
  /** Changes the settings through the settings store (cleaned and saved). */
  updateSettings(change: (settings: GlimmersSettings) => void): Promise<void>;
  writer: GlimmerWriter;
  drafts: DraftNotes;
  /** The hooks to run on every text box of a form that opens (see `field-hooks.ts`). */
  fieldHooks(): readonly FieldHook[];
  /** What past glimmers chose for grounding, for the closing card's order. */
  groundingHistory(): Iterable<GroundingHistoryItem>;
  /** Opens a glimmer worth rereading ("Revisit a glimmer"); `null` while no part offers one. */
  revisit(): (() => void) | null;
  /** The end-of-day reminder setting, once a part offers one; `null` until then. */
  reminder(): ReminderLink | null;
  now(): Date;
  randomId(): string;
  /** The privacy check of titles before they go into file names (see `privacy/file-name-for.ts`). */
  fileNamePrivacy?: FileNamePrivacy;
}

/** What saving gave: the new note and its glimmer, or a message for the person. */
export type SaveResult = { ok: true; file: TFile; glimmer: Glimmer } | { ok: false; message: string };

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

/** The two capture forms; drafts are kept per form and template. */
export type CaptureForm = 'reflection' | 'quick';

/** The key a form's draft is kept under: the form and the template it was opened with. */
export function draftKey(form: CaptureForm, templateId: string): string {
  return `${form}:${templateId}`;
}

/** Whether the person has typed anything (a title or an answer). */
export function draftHasText(draft: GlimmerDraft): boolean {
  return draft.title.trim() !== '' || Object.values(draft.answers).some((text) => text.trim() !== '');
}

/** Whether a draft differs from a fresh one in anything worth keeping (words, or a choice made). */
export function draftWorthKeeping(draft: GlimmerDraft, fresh: GlimmerDraft): boolean {
  return draftHasText(draft) || JSON.stringify({ ...draft, answers: {} }) !== JSON.stringify({ ...fresh, answers: {} });
}

const MESSAGES = {
  empty: 'Write a few words in at least one prompt before saving.',
  tooLong: 'This glimmer is too long to keep as one note (the limit is 1 MB). Shorten it a little and save again; your words are still here.',
};

/**
 * Checks, composes and writes the draft as one new note in the glimmer folder. Never throws:
 * every problem comes back as a message, and the form keeps the person's words.
 * @param emptyMessage - What to say when nothing is written (each form words it for itself).
 */
export async function saveDraft(ctx: CaptureContext, loaded: LoadedTemplate, draft: GlimmerDraft, emptyMessage = MESSAGES.empty): Promise<SaveResult> {
  if (!draftHasText(draft)) return { ok: false, message: emptyMessage };
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
  if (composed.text === null || composed.glimmer === null) {
    if (composed.issues.some((i) => i.code === 'file/too-large')) return { ok: false, message: MESSAGES.tooLong };
    const reason = composed.issues[0]?.message ?? 'it would not read back as a glimmer';
    return { ok: false, message: `This glimmer could not be written as a valid note: ${reason}` };
  }
  // File names carry no words of the note; a typed title only when the settings and the identifier check allow it.
  const { name, message } = fileNameFor(settings, ctx.fileNamePrivacy, { now, title: draft.title, id: ctx.randomId() });
  if (message !== undefined) new Notice(message);
  try {
    return { ok: true, file: await ctx.writer.create(settings.glimmerFolder, name, composed.text), glimmer: composed.glimmer };
  } catch (error) {
    const reason = error instanceof Error ? error.message.replace(/\.$/, '') : 'the vault did not accept the note';
    return { ok: false, message: `Couldn't save the glimmer: ${reason}. Your words are still here.` };
  }
}

/**
 * Adds a grounding practice to a saved glimmer's `grounding` list with `editFrontmatter` inside
 * `vault.process`, so only those lines of the note change (and nothing if it is already there).
 * @returns `null` when recorded, or a message for the person.
 */
export async function recordGrounding(ctx: CaptureContext, file: TFile, practice: string): Promise<string | null> {
  let problem: string | null = null;
  try {
    await ctx.app.vault.process(file, (text) => {
      const glimmer = parseGlimmer(text, { sections: false }).glimmer;
      if (glimmer === null) {
        problem = "The note doesn't read as a glimmer any more, so it was left as it is.";
        return text;
      }
      if (glimmer.grounding.some((g) => g.trim().toLowerCase() === practice.trim().toLowerCase())) return text;
      const edit = editFrontmatter(text, { grounding: [...glimmer.grounding, practice] });
      if (edit.issues.some((i) => i.severity === 'error')) {
        problem = `The note was left as it is: ${edit.issues[0]?.message ?? 'the change could not be made safely'}`;
        return text;
      }
      return edit.text;
    });
  } catch (error) {
    problem = `Couldn't add it to the note: ${error instanceof Error ? error.message.replace(/\.$/, '') : 'the vault did not accept the change'}.`;
  }
  return problem;
}

/** Opens a new note in the current tab. */
export async function openNote(ctx: CaptureContext, file: TFile): Promise<void> {
  await ctx.app.workspace.getLeaf(false).openFile(file);
}
