/**
 * The periods a digest can cover, as the plugin offers them: from a day to a day, worked out from
 * today with core's calendar, so the command and its tests agree on where a month begins.
 */
import { addDays, addMonths } from '../calendar/calendar.ts';

/** A period the digest command offers. */
export type DigestPeriodChoice = 'last-4-weeks' | 'this-month' | 'last-month' | 'last-3-months' | 'this-year' | 'everything';

/** The choices in the order they are offered, with their words. */
export const DIGEST_PERIODS: readonly { id: DigestPeriodChoice; label: string }[] = [
  { id: 'last-4-weeks', label: 'The last 4 weeks' },
  { id: 'this-month', label: 'This month' },
  { id: 'last-month', label: 'Last month' },
  { id: 'last-3-months', label: 'The last 3 months' },
  { id: 'this-year', label: 'This year' },
  { id: 'everything', label: 'Everything' },
];

/** The first and last day (`YYYY-MM-DD`, inclusive) of a period, seen from `today`; open ends are absent. */
export function digestPeriod(choice: DigestPeriodChoice, today: string): { from?: string; to?: string } {
  const monthStart = `${today.slice(0, 7)}-01`;
  switch (choice) {
    case 'last-4-weeks': return { from: addDays(today, -27) ?? today, to: today };
    case 'this-month': return { from: monthStart, to: today };
    case 'last-month': {
      const from = addMonths(monthStart, -1) ?? monthStart;
      return { from, to: addDays(monthStart, -1) ?? from };
    }
    case 'last-3-months': return { from: addMonths(monthStart, -2) ?? monthStart, to: today };
    case 'this-year': return { from: `${today.slice(0, 4)}-01-01`, to: today };
    default: return {};
  }
}
