/**
 * Finds and reads the Markdown notes under a folder, safely:
 * - recursive, skipping dot-entries (`.obsidian`, `.git`, `.trash`, our own temp files);
 * - never follows a symbolic link (so it never leaves the folder and never counts a note twice);
 *   links and broken links are reported, not read;
 * - opens only regular files (see regular-file.ts): a FIFO, socket or device named `*.md`, listed
 *   as such or swapped in during the scan, is reported, never waited on;
 * - reads one file at a time, synchronously (open with O_NOFOLLOW, read, close): one file handle
 *   at most, so a folder of 100,000 notes never runs out of handles, and on a warm disk cache this
 *   is several times faster than many concurrent promise-based reads (measured: 0.9 s against
 *   5.8 s for 100,000 small notes on a 2-core machine);
 * - a file it cannot read as UTF-8 text (permission denied, NUL bytes, invalid UTF-8, over the
 *   size limit) becomes a `SkippedFile` with the reason, never an exception.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { TextDecoder } from 'node:util';
import { startsLikeGlimmer } from '@glimmers/core';
import { CliError, describeFsError, errorCode } from './errors.ts';
import { notRegularWords, readRegularFileSync } from './regular-file.ts';

/** Why a file was not read. */
export type SkipReason = 'unreadable' | 'broken-link' | 'link' | 'not-regular' | 'binary' | 'invalid-utf8' | 'too-large';

/** A note read as text. `path` is relative to the root, with `/` separators. */
export interface NoteFile {
  kind: 'note';
  path: string;
  absolute: string;
  text: string;
}

/** A Markdown file (or link, or folder) that was not read, and why, in plain words. */
export interface SkippedFile {
  kind: 'skipped';
  path: string;
  absolute: string;
  reason: SkipReason;
  detail: string;
  /** Whether what could be seen of it looks like an attempted glimmer (`type: glimmer` in its frontmatter). */
  looksLikeGlimmer: boolean;
}

export type WalkItem = NoteFile | SkippedFile;

export interface WalkOptions {
  /** Files larger than this are not read whole (the format's limit: 1 MiB). */
  maxBytes?: number;
  /** Called as files are read: how many are done, out of how many. */
  onProgress?: (done: number, total: number) => void;
}

/** What a walk saw, for `files` counts and messages. */
export interface WalkSummary {
  /** Markdown files found, read or skipped (links named `*.md` included). */
  found: number;
  read: number;
  skipped: number;
}

export const MAX_NOTE_BYTES = 1024 * 1024;
const HEAD_BYTES = 64 * 1024 + 1024;

/** Whether a file name is a Markdown note. Obsidian's notes are `.md` files. */
export function isMarkdownName(name: string): boolean {
  return name.toLowerCase().endsWith('.md');
}

interface Candidate {
  path: string;
  absolute: string;
}

/** Lists the Markdown files under `root`, reporting links and unreadable folders as skipped. */
function listCandidates(root: string, skipped: SkippedFile[]): Candidate[] {
  const files: Candidate[] = [];
  // Iterative, so a deep tree cannot overflow the stack; one folder handle open at a time.
  const pending: Array<{ absolute: string; path: string }> = [{ absolute: root, path: '' }];
  while (pending.length > 0) {
    const folder = pending.pop() as { absolute: string; path: string };
    let entries;
    try {
      entries = readdirSync(folder.absolute, { withFileTypes: true });
    } catch (error) {
      if (folder.path === '') throw new CliError(`${root}: ${describeFsError(error)}`);
      skipped.push({ kind: 'skipped', path: folder.path, absolute: folder.absolute, reason: 'unreadable', detail: `Could not open this folder: ${describeFsError(error)}.`, looksLikeGlimmer: false });
      continue;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const absolute = join(folder.absolute, entry.name);
      const path = folder.path === '' ? entry.name : `${folder.path}/${entry.name}`;
      if (entry.isDirectory()) {
        pending.push({ absolute, path });
      } else if (entry.isSymbolicLink()) {
        noteLink(absolute, path, skipped);
      } else if (entry.isFile() && isMarkdownName(entry.name)) {
        files.push({ path, absolute });
      } else if (isMarkdownName(entry.name)) {
        // A FIFO, socket or device named like a note is never opened: a FIFO would wait for a writer, a device may never end.
        skipped.push({ kind: 'skipped', path, absolute, reason: 'not-regular', detail: notRegularDetail(notRegularWords(entry) ?? 'something else'), looksLikeGlimmer: false });
      }
    }
  }
  // Code-unit order: the same on every machine and locale.
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return files;
}

/** Reports a symbolic link (to a note or a folder) as skipped; links to other files are ignored. */
function noteLink(absolute: string, path: string, skipped: SkippedFile[]): void {
  try {
    const target = statSync(absolute);
    if (target.isDirectory() || isMarkdownName(path)) {
      const what = target.isDirectory() ? 'folder' : 'note';
      skipped.push({ kind: 'skipped', path, absolute, reason: 'link', detail: `Symbolic link to a ${what}; links are not followed.`, looksLikeGlimmer: false });
    }
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT' || code === 'ELOOP' || code === 'ENOTDIR') {
      if (isMarkdownName(path)) skipped.push({ kind: 'skipped', path, absolute, reason: 'broken-link', detail: 'Broken symbolic link: its target does not exist.', looksLikeGlimmer: false });
    } else {
      skipped.push({ kind: 'skipped', path, absolute, reason: 'unreadable', detail: `Could not follow this link: ${describeFsError(error)}.`, looksLikeGlimmer: false });
    }
  }
}

/** A read file's bytes as a note's text, or why they are not one: the rule `lint` and `set` share. */
export type NoteBytes = { ok: true; text: string } | { ok: false; reason: 'binary' | 'invalid-utf8'; detail: string; looksLikeGlimmer: boolean };

/** Decodes a note's bytes: NUL bytes make it binary, and it must be valid UTF-8 (`decoder` is fatal). */
export function decodeNote(bytes: Buffer, decoder: TextDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })): NoteBytes {
  if (bytes.includes(0)) return { ok: false, reason: 'binary', detail: 'This looks like a binary file (it holds NUL bytes), not a Markdown note.', looksLikeGlimmer: false };
  try {
    return { ok: true, text: decoder.decode(bytes) };
  } catch {
    const looks = startsLikeGlimmer(bytes.toString('utf8'));
    return { ok: false, reason: 'invalid-utf8', detail: 'The file is not valid UTF-8 text; save it as UTF-8 to include it.', looksLikeGlimmer: looks };
  }
}

/** Reads one candidate as UTF-8 text, or says why not. Never throws and never blocks (see regular-file.ts). */
function readCandidate(candidate: Candidate, maxBytes: number, decoder: TextDecoder): WalkItem {
  const { path, absolute } = candidate;
  const skip = (reason: SkipReason, detail: string, looks = false): SkippedFile => ({ kind: 'skipped', path, absolute, reason, detail, looksLikeGlimmer: looks });
  // The listing saw a regular file; O_NOFOLLOW: if it was swapped for a link since, refuse rather than follow.
  const read = readRegularFileSync(absolute, { maxBytes, headBytes: HEAD_BYTES, noFollow: true, checked: true });
  if (!read.ok) {
    switch (read.problem) {
      case 'not-regular':
        return skip('not-regular', notRegularDetail(read.what));
      case 'too-large':
        if (read.grew) return skip('too-large', 'The file grew past the 1 MiB limit for a note while it was read; it was not read.');
        return skip('too-large', `The file is ${(read.size / (1024 * 1024)).toFixed(1)} MiB, over the 1 MiB limit for a note; it was not read.`, startsLikeGlimmer(read.head.toString('utf8')));
      case 'error':
        return skip(errorCode(read.error) === 'ELOOP' ? 'link' : 'unreadable', `Could not read this file: ${describeFsError(read.error)}.`);
    }
  }
  const note = decodeNote(read.bytes, decoder);
  return note.ok ? { kind: 'note', path, absolute, text: note.text } : skip(note.reason, note.detail, note.looksLikeGlimmer);
}

/** Why a FIFO, socket or device named like a note is not read. */
function notRegularDetail(what: string): string {
  return `This is ${what}, not a regular file; it was not read.`;
}

/**
 * Walks `root` and hands every Markdown file to `onItem`, read or skipped: links and unreadable
 * folders first, then notes in path order. Throws `CliError` only when `root` itself cannot be read.
 */
export async function walkNotes(root: string, onItem: (item: WalkItem) => void, options: WalkOptions = {}): Promise<WalkSummary> {
  let rootInfo;
  try {
    rootInfo = statSync(root);
  } catch (error) {
    throw new CliError(`${root}: ${describeFsError(error)}`);
  }
  if (!rootInfo.isDirectory()) throw new CliError(`${root}: not a folder`);

  const skipped: SkippedFile[] = [];
  const candidates = listCandidates(root, skipped);
  const maxBytes = options.maxBytes ?? MAX_NOTE_BYTES;
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const summary: WalkSummary = { found: candidates.length, read: 0, skipped: 0 };

  for (const item of skipped) {
    // Links named `*.md` count as notes found; unreadable folders and links to folders do not.
    if (isMarkdownName(item.path)) summary.found += 1;
    summary.skipped += 1;
    onItem(item);
  }
  for (let i = 0; i < candidates.length; i++) {
    const item = readCandidate(candidates[i] as Candidate, maxBytes, decoder);
    if (item.kind === 'note') summary.read += 1;
    else summary.skipped += 1;
    onItem(item);
    options.onProgress?.(i + 1, candidates.length);
  }
  return summary;
}
