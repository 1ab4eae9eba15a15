/**
 * The care loop's settings, stored in `data.json` under `care`: the end-of-day nudge (off until
 * the person turns it on) and the review notes. Never note text. Pure, so it is tested directly.
 */
import { cleanFolder } from './settings.ts';

/** What the care loop keeps in `data.json`. */
export interface CareSettings {
  /** Offer one quiet end-of-day invitation to reflect. Off by default. */
  nudge: boolean;
  /** When, in the device's local time: `HH:mm`, 24-hour. */
  nudgeTime: string;
  /** On which weekdays: 0 is Sunday … 6 Saturday, sorted, each once. */
  nudgeDays: number[];
  /** Where review notes are written, relative to the vault root ('' = the root). */
  reviewFolder: string;
  /** Quote the period's "What I'm carrying" lines in review notes (off unless the person opts in). */
  reviewCarrying: boolean;
}

/** The nudge's default time, 17:30. */
export const DEFAULT_NUDGE_TIME = '17:30';

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes after midnight of a `HH:mm` time (`17:30` → 1050), or `null` when it is not one. */
export function nudgeMinutes(time: string): number | null {
  const m = TIME.exec(time);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

/** A time typed by a person (`9:05`, `17.30`, ` 17:30 `) as `HH:mm`, or `null` when it is not a time of day. */
export function cleanNudgeTime(value: string): string | null {
  const m = /^\s*(\d{1,2})[:.h](\d{2})\s*$/.exec(value);
  if (!m) return null;
  const time = `${m[1]?.padStart(2, '0')}:${m[2]}`;
  return nudgeMinutes(time) === null ? null : time;
}

/** A fresh copy of the defaults: no nudge (17:30 on weekdays once turned on), reviews in `Glimmers/Reviews`, no carrying lines. */
export function defaultCareSettings(): CareSettings {
  return { nudge: false, nudgeTime: DEFAULT_NUDGE_TIME, nudgeDays: [1, 2, 3, 4, 5], reviewFolder: 'Glimmers/Reviews', reviewCarrying: false };
}

/** Reads `data.json`'s `care` value; anything missing or malformed takes its default. Never throws. */
export function migrateCareSettings(raw: unknown): CareSettings {
  const settings = defaultCareSettings();
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return settings;
  const r = raw as Record<string, unknown>;
  if (typeof r['nudge'] === 'boolean') settings.nudge = r['nudge'];
  if (typeof r['reviewCarrying'] === 'boolean') settings.reviewCarrying = r['reviewCarrying'];
  if (typeof r['nudgeTime'] === 'string') settings.nudgeTime = cleanNudgeTime(r['nudgeTime']) ?? settings.nudgeTime;
  if (Array.isArray(r['nudgeDays'])) {
    const days = r['nudgeDays'].filter((d): d is number => Number.isInteger(d) && (d as number) >= 0 && (d as number) <= 6);
    settings.nudgeDays = [...new Set(days)].sort((a, b) => a - b);
  }
  if (typeof r['reviewFolder'] === 'string') settings.reviewFolder = cleanFolder(r['reviewFolder']) ?? settings.reviewFolder;
  return settings;
}
