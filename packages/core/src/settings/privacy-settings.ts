/**
 * The privacy guard's settings, stored in `data.json` under `privacy`: switches and the watch list's
 * salted hashes. Never the watch list's words, never note text. Pure, so it is tested directly.
 */
import { isWatchListData, type WatchListData } from '../privacy/watch-list.ts';

/** What the privacy guard keeps in `data.json`. */
export interface PrivacySettings {
  /** Show identifier warnings under the form's text boxes as one types. */
  warnWhileWriting: boolean;
  /** Also flag capitalised words that may be names (the noisy `name` category). */
  nameGuess: boolean;
  /** Salted hashes of the personal watch list, or `null` when there is none. */
  watchList: WatchListData | null;
}

/** A fresh copy of the defaults: warnings on, name guess off, no watch list. */
export function defaultPrivacySettings(): PrivacySettings {
  return { warnWhileWriting: true, nameGuess: false, watchList: null };
}

/** Reads `data.json`'s `privacy` value into settings; anything missing or malformed takes its default. */
export function migratePrivacySettings(raw: unknown): PrivacySettings {
  const settings = defaultPrivacySettings();
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return settings;
  const r = raw as Record<string, unknown>;
  if (typeof r['warnWhileWriting'] === 'boolean') settings.warnWhileWriting = r['warnWhileWriting'];
  if (typeof r['nameGuess'] === 'boolean') settings.nameGuess = r['nameGuess'];
  if (isWatchListData(r['watchList'])) {
    const list = r['watchList'];
    settings.watchList = { version: 1, salt: list.salt, hashes: [...list.hashes], maxWords: list.maxWords };
  }
  return settings;
}
