/**
 * The Glimmers plugin's settings of the vault a folder belongs to, so the command line agrees with
 * the app. This file only finds and reads `<vault>/.obsidian/plugins/glimmers/data.json` (the vault
 * being the nearest folder at or above DIR that has a `.obsidian` folder); what the text means is
 * decided by core's `readSettingsText`, the same reader the plugin uses. Read only, never written.
 */
import { statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { privacyCategoriesFor, readSettingsText, type GlimmersSettings, type PrivacyCategory } from '@glimmers/core';
import { notRegularText, readRegularFileSync } from './regular-file.ts';

/** The largest settings file read (the plugin's settings with a long watch list fit many times over). */
const MAX_SETTINGS_BYTES = 16 * 1024 * 1024;

/** Where the plugin keeps its data, relative to the vault folder. */
export const PLUGIN_DATA_PATH = join('.obsidian', 'plugins', 'glimmers', 'data.json');

/** What the command line uses of the plugin's settings. */
export interface VaultSettings {
  /** Where they were read from, or `null` when the folder is not in a vault with the plugin's settings. */
  source: string | null;
  /** The vault folder (the nearest with `.obsidian`), or `null` when the folder is not in a vault. */
  vaultRoot: string | null;
  /** The plugin's settings as core reads them (the defaults when there is no settings file). */
  plugin: GlimmersSettings;
  /** The plugin's glimmer folder, relative to the vault (default `Glimmers`). */
  glimmerFolder: string;
  /** Known theme ids (the user's vocabulary, hidden ones included), or `undefined` for core's default. */
  themes?: string[];
  /** Labels by theme id, for the dashboard and the digest. */
  themeLabels: Record<string, string>;
  /** The privacy categories to scan for, following the plugin's privacy settings. */
  categories: readonly PrivacyCategory[];
}

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

function fromPlugin(plugin: GlimmersSettings, vaultRoot: string | null, source: string | null): VaultSettings {
  const themeLabels: Record<string, string> = {};
  for (const theme of plugin.themes) themeLabels[theme.id] = theme.label;
  return {
    source,
    vaultRoot,
    plugin,
    glimmerFolder: plugin.glimmerFolder,
    ...(source === null ? {} : { themes: plugin.themes.map((theme) => theme.id) }),
    themeLabels: source === null ? {} : themeLabels,
    categories: privacyCategoriesFor(plugin.privacy),
  };
}

/**
 * Reads the plugin's settings for `folder`. A missing file gives the defaults silently; an
 * unreadable or malformed one gives the defaults and a warning (for one stderr line).
 */
export function readVaultSettings(folder: string): { settings: VaultSettings; warning?: string } {
  const vaultRoot = findVaultRoot(folder);
  const defaults = (): VaultSettings => fromPlugin(readSettingsText(null).settings, vaultRoot, null);
  if (vaultRoot === null) return { settings: defaults() };
  const file = join(vaultRoot, PLUGIN_DATA_PATH);
  // Only a regular file is opened: a FIFO in its place would wait for a writer forever.
  const read = readRegularFileSync(file, { maxBytes: MAX_SETTINGS_BYTES });
  // No settings saved yet (or no plugin): the defaults, quietly.
  if (!read.ok && read.problem === 'error') return { settings: defaults() };
  if (!read.ok) {
    const why = read.problem === 'not-regular' ? notRegularText(read.what) : `larger than ${MAX_SETTINGS_BYTES / (1024 * 1024)} MiB`;
    return { settings: defaults(), warning: `${file}: ${why}; the default settings are used` };
  }
  const text = read.bytes.toString('utf8');
  const { settings, warning } = readSettingsText(text);
  if (warning !== undefined) return { settings: defaults(), warning: `${file}: ${warning}` };
  return { settings: fromPlugin(settings, vaultRoot, file) };
}
