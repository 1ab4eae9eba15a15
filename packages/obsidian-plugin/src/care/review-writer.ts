/**
 * "Write this week's review" and "Write this month's review": the period's glimmers (found through
 * the vault's index, then read for their sections), composed by core's `composeReview` (the same
 * note `glimmer review` writes) and written as one new note. Never overwrites: the writer gives a
 * second review of the same period a numbered name.
 */
import {
  composeReview, localDate, parseGlimmer, reviewBaseName, reviewPeriodOf, reviewTitle,
  type GlimmerIndex, type GlimmersSettings, type IndexEntry, type ReviewPeriod,
} from '@glimmers/core';
import type { App, TFile } from 'obsidian';
import type { GlimmerWriter } from '../glimmer-writer.ts';

/** What writing a review needs. */
export interface ReviewWriterDeps {
  app: App;
  writer: GlimmerWriter;
  /** The vault's index, or `null` while Obsidian is still reading the vault. */
  readyIndex(): GlimmerIndex | null;
  getSettings(): GlimmersSettings;
  now(): Date;
}

/** What writing gave: the new note, or words for the person. */
export type ReviewResult = { ok: true; file: TFile; period: ReviewPeriod } | { ok: false; message: string };

/** The period's glimmers, read from their notes (the index has their frontmatter, the review needs their words). */
async function readPeriod(app: App, index: GlimmerIndex, period: ReviewPeriod): Promise<IndexEntry[]> {
  const paths: string[] = [];
  index.forEachDay((_, entries) => {
    for (const e of entries) paths.push(e.path);
  }, { from: period.from, to: period.to });
  const entries: IndexEntry[] = [];
  for (const path of paths) {
    const file = app.vault.getFileByPath(path);
    if (!file) continue;
    const glimmer = parseGlimmer(await app.vault.cachedRead(file)).glimmer;
    if (glimmer) entries.push({ path, glimmer });
  }
  return entries;
}

/**
 * Writes the review of the week or month holding today, or of `period` when given. Never throws:
 * every problem comes back as a message.
 */
export async function writeReview(deps: ReviewWriterDeps, kind: ReviewPeriod['kind'], period?: ReviewPeriod): Promise<ReviewResult> {
  const index = deps.readyIndex();
  if (index === null) return { ok: false, message: 'Glimmers is still reading your vault. Try again in a moment.' };
  const chosen = period ?? reviewPeriodOf(kind, localDate(deps.now()));
  if (chosen === null) return { ok: false, message: "The device's date could not be read, so no review was written." };
  const settings = deps.getSettings();
  try {
    const entries = await readPeriod(deps.app, index, chosen);
    const review = composeReview(entries, {
      period: chosen,
      includeCarrying: settings.care.reviewCarrying,
      themeLabels: Object.fromEntries(settings.themes.map((t) => [t.id, t.label])),
    });
    const file = await deps.writer.create(settings.care.reviewFolder, reviewBaseName(chosen), review.text);
    return { ok: true, file, period: chosen };
  } catch (error) {
    const reason = error instanceof Error ? error.message.replace(/\.$/, '') : 'the vault did not accept the note';
    return { ok: false, message: `Couldn't write the review (${reviewTitle(chosen)}): ${reason}.` };
  }
}
