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
  /** The vault folder (the nearest with `.obsidian`), or `null` when the folder is not in a vault. */
  vaultRoot: string | null;
  /** The plugin's glimmer folder, relative to the vault (default `Glimmers`). */
  glimmerFolder: string;
  /** Known theme ids (the user's vocabulary, hidden ones included), or `undefined` for core's default. */
  themes?: string[];
  /** Labels by theme id, for the dashboard and the digest. */
  themeLabels: Record<string, string>;
  categories: readonly PrivacyCategory[];
}

const defaults = (vaultRoot: string | null): VaultSettings => ({ source: null, vaultRoot, glimmerFolder: 'Glimmers', themeLabels: {}, categories: DEFAULT_PRIVACY_CATEGORIES });

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** The vault holding `folder` (the nearest folder at or above it with `.obsidian`), or `null`. */
export function findVaultRoot(folder: string): string | null {
  let current = resolve(folder);
  for (;;) {
    if (isDirectory(join(current, '.obsidian'))) return current;
    const parent = dirname(current);
    if (parent === current) return null;
    current = parent;
  }
}

/** A folder path as the plugin stores it (`a/b`), if it stays inside the vault; else `null`. */
function cleanFolder(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const parts = value.split(/[\\/]+/).filter((p) => p !== '' && p !== '.');
  return parts.length === 0 || parts.includes('..') ? null : parts.join('/');
}

/**
 * Reads the plugin's settings for `folder`. A missing file gives the defaults silently; an
 * unreadable or malformed one gives the defaults and a warning (for one stderr line).
 */
export function readVaultSettings(folder: string): { settings: VaultSettings; warning?: string } {
  const vaultRoot = findVaultRoot(folder);
  if (vaultRoot === null) return { settings: defaults(null) };
  const file = join(vaultRoot, '.obsidian', 'plugins', 'glimmers', 'data.json');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    // No settings saved yet (or no plugin): the defaults, quietly.
    return { settings: defaults(vaultRoot) };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { settings: defaults(vaultRoot), warning: `${file}: could not read the Glimmers plugin settings; using the default themes` };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { settings: defaults(vaultRoot) };
  const r = raw as Record<string, unknown>;
  const settings: VaultSettings = { ...defaults(vaultRoot), source: file };
  settings.glimmerFolder = cleanFolder(r.glimmerFolder) ?? 'Glimmers';
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
