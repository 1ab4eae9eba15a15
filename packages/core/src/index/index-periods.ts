/**
 * Weeks and months of a query's days: the sums of {@link DayBucket}s grouped by calendar week
 * (for any first day of the week) and by calendar month. Sums, not means, travel with every
 * bucket so callers can combine buckets exactly (the mean of six weeks is not the mean of six
 * means). Days come sorted, so each week or month is one run of neighbouring days.
 */
import { dayFromNumber, daysInMonth, isoWeek, isValidDay } from '../calendar/calendar.ts';
import { zeroSums } from './index-buckets.ts';
import type { DayStats, Sums } from './index-buckets.ts';
import type { MonthBucket, WeekBucket } from './index-query.ts';

/** The ISO week start, Monday: weeks starting then keep the ISO week each day already knows. */
const MONDAY = 1;

/** Adds the sums `d` into `into`. */
export function addSums(into: Sums, d: Sums): void {
  into.count += d.count;
  into.intensitySum += d.intensitySum;
  into.intensityCount += d.intensityCount;
  into.weightSum += d.weightSum;
  into.weightCount += d.weightCount;
}

function meanOf(sum: number, count: number): number | null {
  return count > 0 ? sum / count : null;
}

/** A whole-number week start 0-6 (0 Sunday); anything else means Monday, the ISO week. */
export function normaliseWeekStart(weekStart: unknown): number {
  return typeof weekStart === 'number' && Number.isInteger(weekStart) && weekStart >= 0 && weekStart <= 6 ? weekStart : MONDAY;
}

/** The days that are in the calendar: a day only hand-built data can hold (no ISO week) has no week or month. */
function inCalendar(stats: readonly DayStats[]): readonly DayStats[] {
  return stats.every((d) => d.node.week !== '') ? stats : stats.filter((d) => d.node.week !== '');
}

/**
 * Sums per week for weeks that begin on `weekStart` (0 = Sunday … 6 = Saturday), oldest first,
 * only weeks with at least one glimmer. `week` is the `YYYY-Www` label of the ISO week that holds
 * most of the week's days (the ISO week of its fourth day), so Monday weeks keep their ISO label.
 */
export function weeksOf(all: readonly DayStats[], weekStart: number): WeekBucket[] {
  const stats = inCalendar(all);
  const weeks: WeekBucket[] = [];
  let i = 0;
  while (i < stats.length) {
    const num = (stats[i] as DayStats).node.num;
    // Days since the week began: 1970-01-01 (day 0) was a Thursday (weekday 4).
    const start = num - ((((num + 4 - weekStart) % 7) + 7) % 7);
    const s = zeroSums();
    const first = i;
    while (i < stats.length && (stats[i] as DayStats).node.num < start + 7) addSums(s, stats[i++] as DayStats);
    const startDay = dayFromNumber(start);
    // A Monday week is an ISO week, which each of its days already knows.
    const middle = dayFromNumber(start + 3);
    const week = weekStart === MONDAY ? (stats[first] as DayStats).node.week : isValidDay(middle) ? isoWeek(middle) : '';
    weeks.push({ week, start: startDay, end: dayFromNumber(start + 6), days: i - first, ...s, meanIntensity: meanOf(s.intensitySum, s.intensityCount), meanWeight: meanOf(s.weightSum, s.weightCount) });
  }
  return weeks;
}

/** Sums per calendar month (`YYYY-MM`), oldest first, only months with at least one glimmer. */
export function monthsOf(all: readonly DayStats[]): MonthBucket[] {
  const stats = inCalendar(all);
  const months: MonthBucket[] = [];
  let i = 0;
  while (i < stats.length) {
    const node = (stats[i] as DayStats).node;
    const month = node.day.slice(0, 7);
    const last = daysInMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7)));
    // The month's last day as a day number: the days of a month are then one comparison each.
    const end = node.num + last - Number(node.day.slice(8, 10));
    const s = zeroSums();
    const first = i;
    while (i < stats.length && (stats[i] as DayStats).node.num <= end) addSums(s, stats[i++] as DayStats);
    months.push({ month, start: `${month}-01`, end: `${month}-${String(last).padStart(2, '0')}`, days: i - first, ...s, meanIntensity: meanOf(s.intensitySum, s.intensityCount), meanWeight: meanOf(s.weightSum, s.weightCount) });
  }
  return months;
}
