/**
 * The scan behind "Check for identifiers": every glimmer in the vault (notes marked
 * `privacy-reviewed: true` are skipped), read with `cachedRead`, never written. Keeps only the
 * findings and a few words around each, not the notes' text.
 */
import { findIdentifiersInNote, isPrivacyReviewed, parseGlimmer, type NoteFinding, type ScanOptions } from '@glimmers/core';
import type { App, TFile } from 'obsidian';
import { excerptContext, type ExcerptParts } from './finding-view.ts';

/** One finding of the check, with the words around it for the list. */
export interface CheckedFinding extends NoteFinding {
  parts: ExcerptParts;
}

/** The findings of one note. */
export interface NoteReport {
  file: TFile;
  findings: CheckedFinding[];
}

/** What the check found. */
export interface VaultCheck {
  /** Glimmers looked at (not counting those marked reviewed). */
  checked: number;
  /** Glimmers skipped because they are marked `privacy-reviewed: true`. */
  reviewed: number;
  reports: NoteReport[];
}

/** Whether a file may be a glimmer, by Obsidian's metadata cache when it has one (so 50k notes are not all read). */
export function mayBeGlimmer(app: App, file: TFile): boolean {
  const cache = app.metadataCache.getFileCache(file);
  if (cache === null) return true;
  const type: unknown = cache.frontmatter?.['type'];
  return typeof type === 'string' && type.trim().toLowerCase() === 'glimmer';
}

/** Lets the interface breathe between batches of notes. */
const pause = (): Promise<void> => new Promise((resolve) => window.setTimeout(resolve, 0));

/**
 * Checks every glimmer of the vault. `onProgress` is called now and then with the number of notes
 * looked at; `isCancelled` stops the check early (the result then covers the notes checked so far).
 */
export async function checkVault(
  app: App,
  options: ScanOptions,
  hooks: { onProgress?: (done: number, total: number) => void; isCancelled?: () => boolean } = {},
): Promise<VaultCheck> {
  const files = app.vault.getMarkdownFiles().filter((file) => mayBeGlimmer(app, file));
  files.sort((a, b) => a.path.localeCompare(b.path));
  const result: VaultCheck = { checked: 0, reviewed: 0, reports: [] };
  for (let i = 0; i < files.length; i++) {
    if (hooks.isCancelled?.()) break;
    if (i > 0 && i % 200 === 0) {
      hooks.onProgress?.(i, files.length);
      await pause();
    }
    const file = files[i];
    if (file === undefined) continue;
    let source: string;
    try {
      source = await app.vault.cachedRead(file);
    } catch {
      continue;
    }
    const parsed = parseGlimmer(source, { sections: false });
    if (!parsed.attempted) continue;
    if (isPrivacyReviewed(parsed.frontmatter)) {
      result.reviewed++;
      continue;
    }
    result.checked++;
    const findings = findIdentifiersInNote(parsed, source, options);
    if (findings.length > 0) {
      result.reports.push({
        file,
        findings: findings.map((f) => ({ ...f, parts: { ...excerptContext(source, f.start, f.end), excerpt: f.excerpt } })),
      });
    }
  }
  hooks.onProgress?.(files.length, files.length);
  return result;
}
