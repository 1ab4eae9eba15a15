/**
 * Calendar-day arithmetic on `YYYY-MM-DD` strings, for the index and the dashboard.
 * Days are counted as whole numbers (days since 1970-01-01) with the proleptic Gregorian
 * calendar, so no time zone or daylight-saving change can move a day. ISO weeks live in
 * `dates.ts` (`isoWeek`, `isoWeekStart`).
 */

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The day number of `day` (days since 1970-01-01, negative before), or `null` when `day` is not
 * written `YYYY-MM-DD` or does not exist (2026-02-30).
 * @example dayNumber('1970-01-02') // 1
 */
export function dayNumber(day: string): number | null {
  const m = DAY.exec(day);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
  return civilToDays(y, mo, d);
}

/**
 * The `YYYY-MM-DD` day of a day number (see {@link dayNumber}).
 * @example dayFromNumber(0) // '1970-01-01'
 */
export function dayFromNumber(n: number): string {
  // Howard Hinnant's civil_from_days: exact integer arithmetic, no Date object.
  const z = Math.floor(n) + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const mo = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (mo <= 2 ? 1 : 0);
  return `${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)}`;
}

/**
 * `day` moved by `n` days (negative moves back), or `null` when `day` is not a real day.
 * @example addDays('2026-02-28', 1) // '2026-03-01'
 */
export function addDays(day: string, n: number): string | null {
  const k = dayNumber(day);
  return k === null ? null : dayFromNumber(k + n);
}

/**
 * The weekday of `day`: 0 is Sunday, 1 Monday … 6 Saturday (as `Date#getDay`), or `null`
 * when `day` is not a real day.
 */
export function weekdayOf(day: string): number | null {
  const k = dayNumber(day);
  // 1970-01-01 was a Thursday (4).
  return k === null ? null : (((k + 4) % 7) + 7) % 7;
}

/**
 * The first day of the week containing `day`, for weeks that start on `weekStart`
 * (0 = Sunday … 6 = Saturday), or `null` when `day` is not a real day.
 * @example startOfWeek('2026-03-04', 1) // '2026-03-02' (a Monday)
 */
export function startOfWeek(day: string, weekStart: number): string | null {
  const k = dayNumber(day);
  if (k === null) return null;
  const weekday = (((k + 4) % 7) + 7) % 7;
  const back = (((weekday - weekStart) % 7) + 7) % 7;
  return dayFromNumber(k - back);
}

/**
 * The same day `months` calendar months later (or earlier), clamped to the month's last day:
 * `addMonths('2026-03-31', -1)` is `'2026-02-28'`. `null` when `day` is not a real day.
 */
export function addMonths(day: string, months: number): string | null {
  if (dayNumber(day) === null) return null;
  const total = Number(day.slice(0, 4)) * 12 + (Number(day.slice(5, 7)) - 1) + Math.trunc(months);
  const y = Math.floor(total / 12);
  const mo = total - y * 12 + 1;
  const d = Math.min(Number(day.slice(8, 10)), daysInMonth(y, mo));
  return `${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)}`;
}

/** Days in month `month` (1-12) of `year`, proleptic Gregorian. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function civilToDays(y: number, mo: number, d: number): number {
  // Howard Hinnant's days_from_civil.
  const yy = mo <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (mo + (mo > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}
