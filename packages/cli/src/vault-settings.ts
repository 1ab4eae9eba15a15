/**
 * The Glimmers plugin's settings of the vault a folder belongs to, so the command line agrees with
 * the app: the same theme vocabulary (no "unknown theme" warning for a theme the user added), the
 * same theme labels, and the same name guess for the privacy scan. (The watch list is read by
 * `privacy-watch-list.ts`, which also takes `--watch-list FILE`.)
 * Read from `<vault>/.obsidian/plugins/glimmers/data.json`, the vault being the nearest folder at or
 * above DIR that has a `.obsidian` folder. Read only, never written.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { DEFAULT_PRIVACY_CATEGORIES } from '@glimmers/core';
import type { PrivacyCategory } from '@glimmers/core';

/** What the command line uses of the plugin's settings. */
export interface VaultSettings {
  /** Where they were read from, or `null` when the folder is not in a vault with the plugin's settings. */
  source: string | null;
  /** Known theme ids (the user's vocabulary, hidden ones included), or `undefined` for core's default. */
  themes?: string[];
  /** Labels by theme id, for the dashboard and the digest. */
  themeLabels: Record<string, string>;
  categories: readonly PrivacyCategory[];
}

const DEFAULTS: VaultSettings = { source: null, themeLabels: {}, categories: DEFAULT_PRIVACY_CATEGORIES };

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** The settings file of the vault holding `folder`, or `null`. */
export function findSettingsFile(folder: string): string | null {
  let current = resolve(folder);
  for (;;) {
    if (isDirectory(join(current, '.obsidian'))) {
      const file = join(current, '.obsidian', 'plugins', 'glimmers', 'data.json');
      try {
        return statSync(file).isFile() ? file : null;
      } catch {
        return null;
      }
    }
    const parent = dirname(current);
    if (parent === current) return null;
    current = parent;
  }
}

/**
 * Reads the plugin's settings for `folder`. A missing file gives the defaults silently; an
 * unreadable or malformed one gives the defaults and a warning (for one stderr line).
 */
export function readVaultSettings(folder: string): { settings: VaultSettings; warning?: string } {
  const file = findSettingsFile(folder);
  if (file === null) return { settings: DEFAULTS };
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return { settings: DEFAULTS, warning: `${file}: could not read the Glimmers plugin settings; using the default themes and no watch list` };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { settings: DEFAULTS };
  const r = raw as Record<string, unknown>;
  const settings: VaultSettings = { source: file, themeLabels: {}, categories: DEFAULT_PRIVACY_CATEGORIES };
  if (Array.isArray(r.themes)) {
    const themes: string[] = [];
    for (const theme of r.themes) {
      if (typeof theme !== 'object' || theme === null) continue;
      const { id, label } = theme as Record<string, unknown>;
      if (typeof id !== 'string' || id.trim() === '') continue;
      themes.push(id);
      if (typeof label === 'string' && label.trim() !== '') settings.themeLabels[id] = label;
    }
    if (themes.length > 0) settings.themes = themes;
  }
  const privacy = r.privacy;
  if (typeof privacy === 'object' && privacy !== null) {
    const p = privacy as Record<string, unknown>;
    if (p.nameGuess === true) settings.categories = [...DEFAULT_PRIVACY_CATEGORIES, 'name'];
  }
  return { settings };
}
