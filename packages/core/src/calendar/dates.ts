/**
 * Dates of the glimmer format: validating `created`, its calendar day, and ISO weeks.
 * A glimmer's day is the date as written: nothing here converts between time zones.
 */

// YYYY-MM-DD, optionally THH:mm or THH:mm:ss, and then (only after a time) Z or ±HH:MM.
const CREATED = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(?:Z|[+-](\d{2}):(\d{2}))?)?$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month (1-12) of a proleptic Gregorian year. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function isRealDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * Whether `value` is a valid `created` value: `YYYY-MM-DD`, `YYYY-MM-DDTHH:mm` or
 * `YYYY-MM-DDTHH:mm:ss`, the two time forms optionally followed by `Z` or `±HH:MM`,
 * and the date really exists (2026-02-30 does not; 2024-02-29 does).
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

/** Whether `value` is a real calendar day written `YYYY-MM-DD`. */
export function isValidDay(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = DAY.exec(value);
  return m !== null && isRealDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/**
 * The calendar day (`YYYY-MM-DD`) of a `created` value, exactly as written, or `null` when
 * `created` is not valid. `2026-02-03T23:30-08:00` is on 2026-02-03, wherever you read it.
 */
export function glimmerDay(created: unknown): string | null {
  return isValidCreated(created) ? created.slice(0, 10) : null;
}

/** Milliseconds since the epoch of a day at UTC midnight; UTC so no local zone can shift it. */
function dayToUtc(day: string): number {
  if (!isValidDay(day)) throw new RangeError(`Not a calendar day (YYYY-MM-DD): ${JSON.stringify(day)}`);
  const date = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC maps years 0-99 to 1900-1999.
  date.setUTCFullYear(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
  return date.getTime();
}

function utcToDay(ms: number): string {
  const date = new Date(ms);
  const y = String(date.getUTCFullYear()).padStart(4, '0');
  const m = String(date.getUTCMonth() + 1).padStart(2, '0');
  const d = String(date.getUTCDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

const DAY_MS = 86_400_000;

/**
 * The Monday (`YYYY-MM-DD`) of the ISO week containing `day`.
 * Accepts a day or a full `created` value (its first ten characters are used).
 * @throws RangeError when `day` does not start with a real `YYYY-MM-DD` day.
 */
export function isoWeekStart(day: string): string {
  const ms = dayToUtc(String(day).slice(0, 10));
  const weekday = (new Date(ms).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return utcToDay(ms - weekday * DAY_MS);
}

/**
 * The ISO 8601 week of `day`, written `YYYY-Www` (e.g. `2026-W07`). The week-year can differ
 * from the calendar year near New Year: 2026-12-31 is in `2026-W53`, 2027-01-01 too.
 * Accepts a day or a full `created` value (its first ten characters are used).
 * @throws RangeError when `day` does not start with a real `YYYY-MM-DD` day.
 */
export function isoWeek(day: string): string {
  const ms = dayToUtc(String(day).slice(0, 10));
  const weekday = (new Date(ms).getUTCDay() + 6) % 7;
  // The Thursday of this week decides the week-year.
  const thursday = new Date(ms + (3 - weekday) * DAY_MS);
  const weekYear = thursday.getUTCFullYear();
  const jan1 = new Date(0);
  jan1.setUTCFullYear(weekYear, 0, 1);
  const week = Math.floor((thursday.getTime() - jan1.getTime()) / DAY_MS / 7) + 1;
  return `${String(weekYear).padStart(4, '0')}-W${String(week).padStart(2, '0')}`;
}
