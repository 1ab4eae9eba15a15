/**
 * The scan path every reading command shares (and the bench times): walk a folder, read each
 * Markdown note, parse it with core, and sort what was found into glimmers, attempted glimmers with
 * issues, and files that could not be read.
 */
import { couldBeGlimmer, parseGlimmer } from '@glimmers/core';
import type { Glimmer, Issue, ParseResult } from '@glimmers/core';
import { isMarkdownName, walkNotes } from './walk.ts';
import type { NoteFile, SkippedFile, WalkOptions } from './walk.ts';

/** A valid glimmer, with its note's path relative to the scanned folder (`/` separators). */
export interface FoundGlimmer {
  path: string;
  glimmer: Glimmer;
}

/** A file with something to report: an attempted glimmer's issues, or why a file was not read. */
export interface FileReport {
  path: string;
  issues: Issue[];
}

/** `files` counts of `glimmer stats`. */
export interface FileCounts {
  /** Markdown files found (read or not). */
  scanned: number;
  /** Valid glimmers. */
  glimmers: number;
  /** Notes that mean to be glimmers but have an error, so are not counted. */
  invalid: number;
  /** Markdown files that could not be read at all (permissions, links, FIFOs and devices, binary, not UTF-8, too large). */
  skipped: number;
}

export interface ScanResult {
  /** Valid glimmers, sorted by path. */
  glimmers: FoundGlimmer[];
  /** Every attempted glimmer with an issue and every reportable unread file, sorted by path. */
  reports: FileReport[];
  /** Notes that mean to be glimmers but are not counted (errors, too large, not UTF-8), with why; sorted by path. */
  attempted: FileReport[];
  /** Files that were not read, sorted by path. */
  skipped: SkippedFile[];
  files: FileCounts;
}

/** An extra check on a read note (the privacy scan plugs in here); returns issues to add. */
export type NoteCheck = (note: NoteFile, parsed: ParseResult) => Issue[];

export interface ScanOptions extends Pick<WalkOptions, 'onProgress'> {
  /** Parse the body's sections too (slower). `stats`, `list` and `lint` read frontmatter only. */
  sections?: boolean;
  /** Known theme ids for validation (default: core's vocabulary). */
  themes?: readonly string[];
  /** Extra checks run on every read glimmer (valid or attempted). */
  checks?: NoteCheck[];
}

/** The issue to report for a file that was not read, or `null` when it should stay quiet. */
export function skippedIssue(file: SkippedFile): Issue | null {
  switch (file.reason) {
    case 'unreadable':
      // We could not look inside, so we cannot tell a plain note from a glimmer: say so.
      return { severity: 'error', code: 'file/unreadable', message: file.detail };
    case 'broken-link':
      return { severity: 'warning', code: 'file/broken-link', message: file.detail };
    case 'link':
      return { severity: 'warning', code: 'file/link-not-followed', message: file.detail };
    case 'not-regular':
      // A FIFO, socket or device named like a note: never opened, so it cannot be a glimmer.
      return { severity: 'warning', code: 'file/not-regular', message: file.detail };
    case 'binary':
      return { severity: 'warning', code: 'file/binary', message: file.detail };
    case 'invalid-utf8':
      return { severity: file.looksLikeGlimmer ? 'error' : 'warning', code: 'file/invalid-utf8', message: file.detail };
    case 'too-large':
      // A long plain note is fine; a glimmer that large is not read, as the format says.
      return file.looksLikeGlimmer ? { severity: 'error', code: 'file/too-large', message: 'This note is larger than 1 MiB, so it was not read as a glimmer.' } : null;
  }
}

const byPath = <T extends { path: string }>(a: T, b: T): number => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/**
 * Scans `root`. Throws `CliError` (exit 2) only when `root` cannot be read; every problem with a
 * single file becomes a report instead.
 */
export async function scanVault(root: string, options: ScanOptions = {}): Promise<ScanResult> {
  const glimmers: FoundGlimmer[] = [];
  const reports: FileReport[] = [];
  const attempted: FileReport[] = [];
  const skipped: SkippedFile[] = [];
  const files: FileCounts = { scanned: 0, glimmers: 0, invalid: 0, skipped: 0 };
  const parseOptions = { sections: options.sections ?? false, ...(options.themes ? { themes: options.themes } : {}) };

  const summary = await walkNotes(
    root,
    (item) => {
      if (item.kind === 'skipped') {
        skipped.push(item);
        const issue = skippedIssue(item);
        if (issue) reports.push({ path: item.path, issues: [issue] });
        if (item.looksLikeGlimmer && issue) attempted.push({ path: item.path, issues: [issue] });
        if (item.looksLikeGlimmer) files.invalid += 1;
        return;
      }
      // Most notes in a vault are not glimmers: a substring check spares them the parse.
      if (!couldBeGlimmer(item.text)) return;
      const parsed = parseGlimmer(item.text, parseOptions);
      if (!parsed.attempted) return;
      const issues = [...parsed.issues];
      for (const check of options.checks ?? []) issues.push(...check(item, parsed));
      if (parsed.glimmer) glimmers.push({ path: item.path, glimmer: parsed.glimmer });
      else {
        files.invalid += 1;
        attempted.push({ path: item.path, issues: parsed.issues.filter((i) => i.severity === 'error') });
      }
      if (issues.length > 0) reports.push({ path: item.path, issues });
    },
    { onProgress: options.onProgress },
  );

  files.scanned = summary.found;
  // Unreadable folders and links to folders are reported but are not files.
  files.skipped = skipped.filter((s) => isMarkdownName(s.path)).length;
  files.glimmers = glimmers.length;
  glimmers.sort(byPath);
  reports.sort(byPath);
  attempted.sort(byPath);
  skipped.sort(byPath);
  return { glimmers, reports, attempted, skipped, files };
}

/** Keeps glimmers whose day is within `from`..`to` (inclusive) and that have any of `themes`. */
export function filterGlimmers(found: FoundGlimmer[], filter: { from?: string; to?: string; themes?: string[] }): FoundGlimmer[] {
  const themes = filter.themes && filter.themes.length > 0 ? new Set(filter.themes) : null;
  return found.filter(({ glimmer }) => {
    if (filter.from !== undefined && glimmer.day < filter.from) return false;
    if (filter.to !== undefined && glimmer.day > filter.to) return false;
    if (themes && !glimmer.themes.some((t) => themes.has(t))) return false;
    return true;
  });
}

/**
 * One message per file that could not be read, for stderr after `glimmer: ` (at most `limit`, then a count), so
 * `stats` and `list` never silently leave a note out.
 */
export function skippedLines(result: ScanResult, limit = 10): string[] {
  const shown = result.reports.filter((r) => r.issues.some((i) => i.code.startsWith('file/')));
  const lines = shown.slice(0, limit).map((r) => `skipped ${r.path}: ${r.issues[0]?.message ?? ''}`);
  if (shown.length > limit) lines.push(`... and ${shown.length - limit} more files skipped; run "glimmer lint" to see them all`);
  return lines;
}
