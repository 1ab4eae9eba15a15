/**
 * What "Export supervision digest" does once the person has chosen: reads the vault's glimmers of
 * the period (never writing them), makes core's digest (the same one `glimmer export --format
 * markdown` writes) after the same identifier check, and writes it as a new note in the chosen
 * folder, never over an existing one. No note text goes anywhere but that new note.
 */
import {
  digestPeriod, localCreated, localDate, parseGlimmer, supervisionDigest,
  type DigestGlimmer, type DigestPeriodChoice, type LeftOut, type ScanOptions,
} from '@glimmers/core';
import type { App, TFile } from 'obsidian';
import { createVaultWriter } from '../glimmer-writer.ts';
import { mayBeGlimmer } from './check-vault.ts';

/** What the person chose in the digest form. */
export interface DigestChoices {
  period: DigestPeriodChoice;
  precision: 'week' | 'month';
  folder: string;
  remember: number;
  includeFlagged: boolean;
}

/** The new note and what the check left out. */
export interface DigestWritten {
  file: TFile;
  glimmers: number;
  leftOut: LeftOut;
}

/** The glimmers of the vault whose day is within `from`..`to` (inclusive), with their sections. */
async function glimmersIn(app: App, range: { from?: string; to?: string }): Promise<DigestGlimmer[]> {
  const out: DigestGlimmer[] = [];
  for (const file of app.vault.getMarkdownFiles()) {
    if (!mayBeGlimmer(app, file)) continue;
    let source: string;
    try {
      source = await app.vault.cachedRead(file);
    } catch {
      continue;
    }
    const { glimmer } = parseGlimmer(source, { sections: true });
    if (glimmer === null) continue;
    if ((range.from !== undefined && glimmer.day < range.from) || (range.to !== undefined && glimmer.day > range.to)) continue;
    out.push({ path: file.path, glimmer });
  }
  return out.sort((a, b) => (a.glimmer.created < b.glimmer.created ? -1 : a.glimmer.created > b.glimmer.created ? 1 : 0));
}

/** Writes the digest note for `choices`; `scan` is the identifier check (with the name finder loaded). */
export async function writeDigest(
  app: App,
  choices: DigestChoices,
  context: { scan: ScanOptions; now: Date; themeLabels: Record<string, string> },
): Promise<DigestWritten> {
  const glimmers = await glimmersIn(app, digestPeriod(choices.period, localDate(context.now)));
  const digest = supervisionDigest(glimmers, {
    precision: choices.precision,
    remember: choices.remember,
    themeLabels: context.themeLabels,
    privacy: { scan: context.scan, includeFlagged: choices.includeFlagged },
    reviewHint: 'run "Check for identifiers" to review them',
  });
  const stamp = localCreated(context.now).replace('T', ' ').replace(':', '');
  const file = await createVaultWriter(app.vault).create(choices.folder, `Supervision digest ${stamp}`, digest.markdown);
  return { file, glimmers: glimmers.length, leftOut: digest.leftOut };
}
