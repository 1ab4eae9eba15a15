/**
 * Coarsening a day for exports and the digest: a day can be shown as itself, its ISO week or its
 * month, so what leaves the vault carries no more precision than the person chose.
 */
import { isoWeek } from './calendar.ts';

/** How precise exported dates are. */
export type DatePrecision = 'week' | 'month' | 'day';

/** The day `YYYY-MM-DD`, its ISO week `2026-W11`, or its month `2026-03`. */
export function coarsenDay(day: string, precision: DatePrecision): string {
  if (precision === 'day') return day;
  if (precision === 'month') return day.slice(0, 7);
  return isoWeek(day);
}
