/**
 * The one reader of the plugin's `data.json` text, shared by the Obsidian plugin and the command
 * line. It only reads: finding the file (the CLI) or loading it (Obsidian's `loadData`) stays with
 * each front door.
 */
import { defaultSettings, migrateSettings, type GlimmersSettings } from './settings.ts';

/** Settings read from `data.json`, and a one-line warning when the file could not be used. */
export interface SettingsReadResult {
  settings: GlimmersSettings;
  /**
   * Why the defaults were used although a file was there (malformed JSON, not an object).
   * Never quotes the file's content: it may hold the watch list's hashes or stray text.
   */
  warning?: string;
}

/**
 * Reads the text of `data.json`. `null` (no file yet) gives the defaults silently. Text that is not
 * a JSON object (a truncated write, a sync conflict) gives the defaults and one warning: a broken
 * file is never read line by line, so a half-written watch list cannot turn into entries.
 */
export function readSettingsText(text: string | null): SettingsReadResult {
  if (text === null) return { settings: defaultSettings() };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { settings: defaultSettings(), warning: 'the Glimmers settings file is not valid JSON; using the default settings' };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { settings: defaultSettings(), warning: 'the Glimmers settings file does not hold settings; using the default settings' };
  }
  return { settings: migrateSettings(raw) };
}
