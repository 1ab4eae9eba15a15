/**
 * Glue between a command and the scan: which folder (the DIR argument or the current one), a
 * progress bar while reading, and one stderr line per file that could not be read.
 */
import { resolve } from 'node:path';
import { say } from './args.ts';
import type { CliContext } from './args.ts';
import { createProgress } from './progress.ts';
import { scanVault, skippedLines } from './scan.ts';
import type { ScanOptions, ScanResult } from './scan.ts';
import { readVaultSettings } from './vault-settings.ts';
import type { VaultSettings } from './vault-settings.ts';

/** The folder a command works on: `dir` resolved against the current folder, or the current folder. */
export function vaultFolder(context: CliContext, dir: string | undefined): string {
  return resolve(context.cwd, dir ?? '.');
}

/** The plugin's settings for `folder` (see vault-settings.ts); a broken settings file is one stderr line. */
export function loadSettings(context: CliContext, folder: string): VaultSettings {
  const { settings, warning } = readVaultSettings(folder);
  if (warning !== undefined) say(context, warning);
  return settings;
}

/**
 * Scans `folder` with a progress bar on a terminal, with the vault's theme vocabulary. With `reportSkipped`, prints one line per
 * unreadable file on stderr (lint reports them in its own output instead).
 */
export async function scanWithProgress(context: CliContext, folder: string, options: ScanOptions & { reportSkipped: boolean; settings: VaultSettings }): Promise<ScanResult> {
  const progress = createProgress(context.stderr, 'Reading notes');
  let result: ScanResult;
  try {
    const themes = options.settings.themes ? { themes: options.settings.themes } : {};
    result = await scanVault(folder, { sections: options.sections, checks: options.checks, ...themes, onProgress: (done, total) => progress.update(done, total) });
  } finally {
    progress.finish();
  }
  if (options.reportSkipped) {
    for (const line of skippedLines(result)) say(context, line);
  }
  return result;
}
