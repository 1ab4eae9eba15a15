/**
 * Glue between a command and the scan: which folder (the DIR argument or the current one), a
 * progress bar while reading, and one stderr line per file that could not be read.
 */
import { resolve } from 'node:path';
import type { CliContext } from './args.ts';
import { createProgress } from './progress.ts';
import { scanVault, skippedLines } from './scan.ts';
import type { ScanOptions, ScanResult } from './scan.ts';

/** The folder a command works on: `dir` resolved against the current folder, or the current folder. */
export function vaultFolder(context: CliContext, dir: string | undefined): string {
  return resolve(context.cwd, dir ?? '.');
}

/**
 * Scans `folder` with a progress bar on a terminal. With `reportSkipped`, prints one line per
 * unreadable file on stderr (lint reports them in its own output instead).
 */
export async function scanWithProgress(context: CliContext, folder: string, options: ScanOptions & { reportSkipped: boolean }): Promise<ScanResult> {
  const progress = createProgress(context.stderr, 'Reading notes');
  let result: ScanResult;
  try {
    result = await scanVault(folder, { ...options, onProgress: (done, total) => progress.update(done, total) });
  } finally {
    progress.finish();
  }
  if (options.reportSkipped) {
    for (const line of skippedLines(result)) context.stderr.write(`${line}\n`);
  }
  return result;
}
