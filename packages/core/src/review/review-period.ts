/**
 * The period a review note looks back on: an ISO week (`2026-W10`, Monday to Sunday, as
 * `glimmer stats` counts weeks) or a calendar month (`2026-03`). Built from core's calendar only.
 */
import { addDays, addMonths, isoWeek, isoWeekStart, isValidDay } from '../calendar/calendar.ts';

/** A week or a month, with its label and its first and last day (both inclusive). */
export interface ReviewPeriod {
  kind: 'week' | 'month';
  /** `2026-W10` or `2026-03`: the review note's `period`. */
  label: string;
  from: string;
  to: string;
}

const WEEK_LABEL = /^(\d{4})-W(\d{2})$/;
const MONTH_LABEL = /^(\d{4})-(\d{2})$/;

/**
 * The ISO week written `YYYY-Www`, or `null` when there is no such week (`2026-W54`, or `2026-W53`
 * in a year of 52 weeks). Week 1 is the week holding 4 January; the label is checked back with
 * `isoWeek`, the calendar's one ISO week rule.
 * @example weekPeriod('2026-W10') // { kind: 'week', label: '2026-W10', from: '2026-03-02', to: '2026-03-08' }
 */
export function weekPeriod(label: string): ReviewPeriod | null {
  const m = WEEK_LABEL.exec(label);
  if (!m || Number(m[2]) < 1) return null;
  const from = addDays(isoWeekStart(`${m[1]}-01-04`), 7 * (Number(m[2]) - 1));
  if (from === null || isoWeek(from) !== label) return null;
  return { kind: 'week', label, from, to: addDays(from, 6) as string };
}

/**
 * The calendar month written `YYYY-MM`, or `null` when it is not one (`2026-13`).
 * @example monthPeriod('2026-02') // { kind: 'month', label: '2026-02', from: '2026-02-01', to: '2026-02-28' }
 */
export function monthPeriod(label: string): ReviewPeriod | null {
  const m = MONTH_LABEL.exec(label);
  const from = `${label}-01`;
  if (!m || !isValidDay(from)) return null;
  return { kind: 'month', label, from, to: addDays(addMonths(from, 1) as string, -1) as string };
}

/**
 * The week or month holding `today` (`YYYY-MM-DD`), or `null` when `today` is not a real day.
 * @example reviewPeriodOf('week', '2026-03-04') // 2026-W10
 */
export function reviewPeriodOf(kind: ReviewPeriod['kind'], today: string): ReviewPeriod | null {
  if (!isValidDay(today)) return null;
  return kind === 'week' ? weekPeriod(isoWeek(today)) : monthPeriod(today.slice(0, 7));
}
