/**
 * The reflection form's own settings, stored in `data.json` under `practice`: whether "Add details"
 * was left open, and whether the first-run card "What is a glimmer?" has been seen in this vault.
 * Never note text.
 */

/** What the reflection form remembers between openings. */
export interface PracticeSettings {
  /** "Add details" was open when the form was last used: open it again. */
  detailsOpen: boolean;
  /** The first-run card has been shown and put away (once per vault: `data.json` lives in the vault). */
  firstRunSeen: boolean;
}

/** A fresh copy of the defaults: details closed, first-run card not seen yet. */
export function defaultPracticeSettings(): PracticeSettings {
  return { detailsOpen: false, firstRunSeen: false };
}

/** Reads `data.json`'s `practice` value; anything missing or malformed takes its default. */
export function migratePracticeSettings(raw: unknown): PracticeSettings {
  const settings = defaultPracticeSettings();
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return settings;
  const r = raw as Record<string, unknown>;
  if (typeof r['detailsOpen'] === 'boolean') settings.detailsOpen = r['detailsOpen'];
  if (typeof r['firstRunSeen'] === 'boolean') settings.firstRunSeen = r['firstRunSeen'];
  return settings;
}
