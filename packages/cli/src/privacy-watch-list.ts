/**
 * The identifier check of `glimmer lint` and `glimmer export`: the categories the plugin's settings
 * choose, the person-name finder with its language library, and the watch list from `--watch-list
 * FILE` (a text file with one entry per line or comma-separated, a stored watch list, or the plugin's
 * data.json), or else from the vault's `.obsidian/plugins/glimmers/data.json`, the same hashed list
 * the Obsidian plugin uses. A plain-text list is hashed in memory only; nothing is ever written.
 */
import {
  createWatchList, isWatchListData, loadPersonNameFinder, loadWatchList, watchListEntries, watchListFromPluginData, type ScanOptions, type WatchList,
} from '@glimmers/core';
import { CliError } from './errors.ts';
import { readRegularOrFail } from './regular-file.ts';
import type { VaultSettings } from './vault-settings.ts';

/** The largest watch-list file read (a plugin data.json with a long list fits many times over). */
const MAX_WATCH_LIST_BYTES = 16 * 1024 * 1024;

/** The file's text; only a regular file is opened (a FIFO would wait for a writer forever). */
function readText(file: string): string {
  return readRegularOrFail(file, `--watch-list: ${file}`, MAX_WATCH_LIST_BYTES).toString('utf8');
}

/**
 * The watch list in `text` (read from `file`): JSON (a stored list or plugin data), or entries one
 * per line or separated by commas, as the plugin reads them. Text that starts like JSON but is not (a
 * data.json cut off mid-write) is refused, never read line by line: its lines would become entries.
 */
export function parseWatchListFile(text: string, file: string): WatchList | null {
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) {
    let data: unknown;
    try {
      data = JSON.parse(trimmed);
    } catch {
      throw new CliError(`--watch-list: ${file}: not valid JSON (a settings file cut off mid-write?); no watch list was read`);
    }
    const stored = isWatchListData(data) ? data : watchListFromPluginData(data);
    return stored === null ? null : loadWatchList(stored);
  }
  const words = watchListEntries(text);
  return words.length === 0 ? null : loadWatchList(createWatchList(words));
}

/**
 * The watch list to use: `--watch-list FILE` when given (an unreadable or empty file is an error),
 * else the one in the vault's plugin settings, read by core's settings reader like every other
 * setting, else none. A malformed data.json gives no watch list (and the settings reader's one
 * warning): the plugin owns that file, and lint still runs every other check.
 */
export function lintWatchList(settings: VaultSettings, file: string | undefined): WatchList | undefined {
  if (file !== undefined) {
    const list = parseWatchListFile(readText(file), file);
    if (list === null) throw new CliError(`--watch-list: ${file}: no watch list in it (one name or word per line, or the plugin's data.json)`);
    return list;
  }
  const stored = settings.plugin.privacy.watchList;
  return stored === null ? undefined : loadWatchList(stored);
}

/**
 * The scan options of lint and export: the settings' categories, the watch list (see
 * {@link lintWatchList}) and, when people's names are looked for, the name finder with its library.
 */
export async function privacyScanOptions(settings: VaultSettings, file: string | undefined): Promise<ScanOptions> {
  const watchList = lintWatchList(settings, file);
  const names = settings.categories.includes('name') ? await loadPersonNameFinder() : undefined;
  return { categories: settings.categories, ...(watchList ? { watchList } : {}), ...(names ? { names } : {}) };
}
