/**
 * Calendar days in plain English ("4 March 2026", "Wednesday 4 March"), in one place for the
 * dashboard, the review notes and the command line. Fixed English, not `Intl`, so a note, a static
 * page and a test read the same on every machine.
 */
import { weekdayOf } from '../calendar/calendar.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** The month's name for a day or month (`2026-03-04` or `2026-03` → "March"). */
export function monthName(dayOrMonth: string): string {
  return MONTHS[Number(dayOrMonth.slice(5, 7)) - 1] ?? '';
}

/** "4 March 2026" for `2026-03-04`. */
export function longDate(day: string): string {
  return `${Number(day.slice(8, 10))} ${monthName(day)} ${Number(day.slice(0, 4))}`;
}

/** "4 Mar" for `2026-03-04`. */
export function shortDate(day: string): string {
  return `${Number(day.slice(8, 10))} ${monthShort(day)}`;
}

/** "March 2026" for `2026-03` or a day in it. */
export function monthLabel(dayOrMonth: string): string {
  return `${monthName(dayOrMonth)} ${Number(dayOrMonth.slice(0, 4))}`;
}

/** "Mar" for a day or month in March. */
export function monthShort(dayOrMonth: string): string {
  return monthName(dayOrMonth).slice(0, 3);
}

/** "Monday" for 1 (0 is Sunday, as `Date#getDay` counts). */
export function weekdayName(weekday: number): string {
  return WEEKDAYS[((weekday % 7) + 7) % 7] ?? '';
}

/** "Mon" for 1. */
export function weekdayShort(weekday: number): string {
  return weekdayName(weekday).slice(0, 3);
}

/** "Wednesday 4 March" for `2026-03-04` (no year: for days within a period already named). */
export function dayInWords(day: string): string {
  return `${weekdayName(weekdayOf(day) ?? 0)} ${Number(day.slice(8, 10))} ${monthName(day)}`;
}

/**
 * A stretch of days in words, as short as it can be said: "2 to 8 March 2026",
 * "27 April to 3 May 2026", "29 December 2025 to 4 January 2026".
 */
export function dayRangeInWords(from: string, to: string): string {
  if (from.slice(0, 4) !== to.slice(0, 4)) return `${longDate(from)} to ${longDate(to)}`;
  const start = from.slice(0, 7) === to.slice(0, 7) ? String(Number(from.slice(8, 10))) : `${Number(from.slice(8, 10))} ${monthName(from)}`;
  return `${start} to ${longDate(to)}`;
}
