/**
 * The `created` value of a glimmer: which forms are valid, its calendar day, and the value a new
 * glimmer gets from the local clock. A glimmer's day is the date as written: nothing here
 * converts between time zones.
 */
import { isRealDate } from './calendar.ts';

// YYYY-MM-DD, optionally THH:mm or THH:mm:ss, and then (only after a time) Z or ±HH:MM.
const CREATED = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(?:Z|[+-](\d{2}):(\d{2}))?)?$/;

/**
 * Whether `value` is a valid `created` value: `YYYY-MM-DD`, `YYYY-MM-DDTHH:mm` or
 * `YYYY-MM-DDTHH:mm:ss`, the two time forms optionally followed by `Z` or `±HH:MM`, and the date
 * really exists in the calendar's years 0001-9999 (2026-02-30 and 0000-01-01 do not; 0024-02-29
 * and 2024-02-29 do). The one check of `created`, for the format, the plugin and the command line.
 */
export function isValidCreated(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = CREATED.exec(value);
  if (!m) return false;
  const [, y, mo, d, h, mi, s, oh, om] = m;
  if (!isRealDate(Number(y), Number(mo), Number(d))) return false;
  if (h !== undefined && (Number(h) > 23 || Number(mi) > 59)) return false;
  if (s !== undefined && Number(s) > 59) return false;
  if (oh !== undefined && (Number(oh) > 23 || Number(om) > 59)) return false;
  return true;
}

/**
 * The calendar day (`YYYY-MM-DD`) of a `created` value, exactly as written, or `null` when
 * `created` is not valid. `2026-02-03T23:30-08:00` is on 2026-02-03, wherever you read it.
 */
export function glimmerDay(created: unknown): string | null {
  return isValidCreated(created) ? created.slice(0, 10) : null;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** `YYYY-MM-DD` of a moment on the local clock: "today" for the dashboard, the plugin and the command line. */
export function localDate(now: Date): string {
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** `YYYY-MM-DDTHH:mm` in local time: the `created` value of a new glimmer. */
export function localCreated(now: Date): string {
  return `${localDate(now)}T${pad(now.getHours())}:${pad(now.getMinutes())}`;
}
