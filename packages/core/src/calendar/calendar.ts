/**
 * The one calendar of Glimmers: days written `YYYY-MM-DD`, counted as whole numbers (days since
 * 1970-01-01) in the proleptic Gregorian calendar, so no time zone or daylight-saving change can
 * move a day. Weeks (ISO weeks and weeks starting on any weekday) and months are computed from the
 * day numbers with integer arithmetic, never with `Date`.
 *
 * Years run from 0001 to 9999: a year must be written with four digits, and a year 0000 (or a day
 * whose week would belong to it) has no ISO week label of the form `YYYY-Www`. 0001-01-01 is a
 * Monday and 9999-12-31 a Friday, so every day in range has its ISO week in range too.
 */

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The first year of the calendar: earlier years are not days. */
export const FIRST_YEAR = 1;
/** The last year of the calendar (the last with four digits). */
export const LAST_YEAR = 9999;

/** Whether `year` is a leap year of the proleptic Gregorian calendar. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in month `month` (1-12) of `year`, proleptic Gregorian. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Whether year, month and day make a day of the calendar (years 0001-9999). */
export function isRealDate(year: number, month: number, day: number): boolean {
  return year >= FIRST_YEAR && year <= LAST_YEAR && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
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

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** The day number of 0001-01-01 and of 9999-12-31: the calendar's ends. */
const FIRST_DAY_NUMBER = civilToDays(FIRST_YEAR, 1, 1);
const LAST_DAY_NUMBER = civilToDays(LAST_YEAR, 12, 31);

/**
 * The day number of `day` (days since 1970-01-01, negative before), or `null` when `day` is not
 * written `YYYY-MM-DD`, does not exist (2026-02-30) or is before 0001-01-01.
 * @example dayNumber('1970-01-02') // 1
 */
export function dayNumber(day: string): number | null {
  const m = typeof day === 'string' ? DAY.exec(day) : null;
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return isRealDate(y, mo, d) ? civilToDays(y, mo, d) : null;
}

/** Whether `value` is a real calendar day written `YYYY-MM-DD`, from 0001-01-01 to 9999-12-31. */
export function isValidDay(value: unknown): value is string {
  return typeof value === 'string' && dayNumber(value) !== null;
}

/**
 * The `YYYY-MM-DD` day of a day number (see {@link dayNumber}). Only numbers of days from
 * 0001-01-01 to 9999-12-31 give a day that {@link dayNumber} reads back.
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

/** The day of a day number, or `null` when it falls outside 0001-01-01 … 9999-12-31. */
function dayInRange(n: number): string | null {
  return n >= FIRST_DAY_NUMBER && n <= LAST_DAY_NUMBER ? dayFromNumber(n) : null;
}

/**
 * `day` moved by `n` days (negative moves back), or `null` when `day` is not a real day or the
 * result leaves the calendar's years.
 * @example addDays('2026-02-28', 1) // '2026-03-01'
 */
export function addDays(day: string, n: number): string | null {
  const k = dayNumber(day);
  return k === null ? null : dayInRange(k + Math.trunc(n));
}

/** Weekday of a day number: 0 is Sunday … 6 Saturday (1970-01-01 was a Thursday). */
function weekdayOfNumber(k: number): number {
  return (((k + 4) % 7) + 7) % 7;
}

/**
 * The weekday of `day`: 0 is Sunday, 1 Monday … 6 Saturday (as `Date#getDay`), or `null`
 * when `day` is not a real day.
 */
export function weekdayOf(day: string): number | null {
  const k = dayNumber(day);
  return k === null ? null : weekdayOfNumber(k);
}

/**
 * The first day of the week containing `day`, for weeks that start on `weekStart`
 * (0 = Sunday … 6 = Saturday), or `null` when `day` is not a real day (or that week starts
 * before 0001-01-01).
 * @example startOfWeek('2026-03-04', 1) // '2026-03-02' (a Monday)
 */
export function startOfWeek(day: string, weekStart: number): string | null {
  const k = dayNumber(day);
  if (k === null) return null;
  const back = (((weekdayOfNumber(k) - Math.trunc(weekStart)) % 7) + 7) % 7;
  return dayInRange(k - back);
}

/**
 * The same day `months` calendar months later (or earlier), clamped to the month's last day:
 * `addMonths('2026-03-31', -1)` is `'2026-02-28'`. `null` when `day` is not a real day or the
 * result leaves the calendar's years.
 */
export function addMonths(day: string, months: number): string | null {
  if (dayNumber(day) === null) return null;
  const total = Number(day.slice(0, 4)) * 12 + (Number(day.slice(5, 7)) - 1) + Math.trunc(months);
  const y = Math.floor(total / 12);
  const mo = total - y * 12 + 1;
  if (y < FIRST_YEAR || y > LAST_YEAR) return null;
  const d = Math.min(Number(day.slice(8, 10)), daysInMonth(y, mo));
  return `${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)}`;
}

/** The day number of the Monday of the ISO week of a real day, or throws. */
function isoMonday(day: string): number {
  const k = dayNumber(String(day).slice(0, 10));
  if (k === null) throw new RangeError(`Not a calendar day (YYYY-MM-DD, years 0001-9999): ${JSON.stringify(day)}`);
  return k - ((weekdayOfNumber(k) + 6) % 7);
}

/**
 * The Monday (`YYYY-MM-DD`) of the ISO week containing `day`.
 * Accepts a day or a full `created` value (its first ten characters are used).
 * @throws RangeError when `day` does not start with a real `YYYY-MM-DD` day.
 */
export function isoWeekStart(day: string): string {
  return dayFromNumber(isoMonday(day));
}

/**
 * The ISO 8601 week of `day`, written `YYYY-Www` (e.g. `2026-W07`): the week-year is the year of
 * the week's Thursday, so 2026-12-31 and 2027-01-01 are both in `2026-W53`. The only week label
 * Glimmers writes. Accepts a day or a full `created` value (its first ten characters are used).
 * @throws RangeError when `day` does not start with a real `YYYY-MM-DD` day.
 */
export function isoWeek(day: string): string {
  const thursday = isoMonday(day) + 3;
  const weekYear = Number(dayFromNumber(thursday).slice(0, 4));
  const week = Math.floor((thursday - civilToDays(weekYear, 1, 1)) / 7) + 1;
  return `${pad(weekYear, 4)}-W${pad(week, 2)}`;
}
