/**
 * The privacy guard's settings, stored in `data.json` under `privacy`: switches and the watch list's
 * salted hashes. Never the watch list's words, never note text. Pure, so it is tested directly.
 */
import { DEFAULT_PRIVACY_CATEGORIES, type PrivacyCategory } from '../privacy/types.ts';
import { isWatchListData, type WatchListData } from '../privacy/watch-list.ts';

/** What the privacy guard keeps in `data.json`. */
export interface PrivacySettings {
  /** Show identifier warnings under the form's text boxes as one types. */
  warnWhileWriting: boolean;
  /** Look for people's names (the `name` category, with its language library). On by default. */
  personNames: boolean;
  /** Also flag every other capitalised word that may be a name (the noisy `capitalised` category). */
  nameGuess: boolean;
  /** Put a title the person typed into new notes' file names (only when the identifier check finds nothing in it). Off by default. */
  titleInFileName: boolean;
  /** Where "Export supervision digest" writes its notes, relative to the vault root. */
  digestFolder: string;
  /** Salted hashes of the personal watch list, or `null` when there is none. */
  watchList: WatchListData | null;
}

/** A fresh copy of the defaults: warnings on, people's names on, the capitalised-word guess off, no watch list. */
export function defaultPrivacySettings(): PrivacySettings {
  return { warnWhileWriting: true, personNames: true, nameGuess: false, titleInFileName: false, digestFolder: 'Supervision digests', watchList: null };
}

/** The categories the checks look for under these settings (the one rule the plugin and the CLI share). */
export function privacyCategoriesFor(settings: Pick<PrivacySettings, 'personNames' | 'nameGuess'>): PrivacyCategory[] {
  const categories = DEFAULT_PRIVACY_CATEGORIES.filter((c) => c !== 'name' || settings.personNames);
  return settings.nameGuess ? [...categories, 'capitalised'] : categories;
}

/** Reads `data.json`'s `privacy` value into settings; anything missing or malformed takes its default. */
export function migratePrivacySettings(raw: unknown): PrivacySettings {
  const settings = defaultPrivacySettings();
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return settings;
  const r = raw as Record<string, unknown>;
  if (typeof r['warnWhileWriting'] === 'boolean') settings.warnWhileWriting = r['warnWhileWriting'];
  if (typeof r['personNames'] === 'boolean') settings.personNames = r['personNames'];
  if (typeof r['nameGuess'] === 'boolean') settings.nameGuess = r['nameGuess'];
  if (typeof r['titleInFileName'] === 'boolean') settings.titleInFileName = r['titleInFileName'];
  if (typeof r['digestFolder'] === 'string') settings.digestFolder = r['digestFolder'].trim().replace(/^\/+|\/+$/g, '');
  if (isWatchListData(r['watchList'])) {
    const list = r['watchList'];
    settings.watchList = { version: 1, salt: list.salt, hashes: [...list.hashes], maxWords: list.maxWords, ...(list.lengths ? { lengths: [...list.lengths] } : {}) };
  }
  return settings;
}
