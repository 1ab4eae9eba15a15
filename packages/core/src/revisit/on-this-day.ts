/**
 * "On this day": glimmers written on today's date a year ago (or more years back), or a month ago.
 */
import { addMonths, dayNumber, daysInMonth } from '../calendar/calendar.ts';
import type { IndexEntry } from '../index/index-query.ts';
import { matchesRevisitFilter, revisitHash, revisitTier, type RevisitOptions } from './revisit-order.ts';
import type { RevisitSource } from './revisit-source.ts';
import { revisitText, type RevisitText } from './revisit-text.ts';

/** A glimmer from the same date in an earlier month or year. */
export interface OnThisDayEntry {
  entry: IndexEntry;
  /** How far back: `{ years: 1 }` for a year ago, `{ months: 1 }` for a month ago. */
  ago: { years: number } | { months: 1 };
}

/** How far back, in words: "a year ago", "2 years ago", "a month ago". */
export function agoInWords(ago: OnThisDayEntry['ago']): string {
  if ('months' in ago) return 'a month ago';
  return ago.years === 1 ? 'a year ago' : `${ago.years} years ago`;
}

/** A glimmer from the same date, with its words. */
export interface OnThisDayChoice extends OnThisDayEntry {
  text: RevisitText;
}

/**
 * Every glimmer written on today's date in an earlier year (a year ago first, then further back),
 * then those written on today's date a month ago; within a day, the most filling first, shuffled by
 * the date as in `revisitWindow`. A date the earlier month lacks (31 March, a month back) falls on
 * its last day; on 28 February of a common year, glimmers of 29 February come back as well. Cost: one
 * lookup per year back to the first glimmer.
 */
export function onThisDayEntries(source: RevisitSource, options: RevisitOptions): OnThisDayEntry[] {
  const seed = dayNumber(options.today);
  const span = source.span();
  if (seed === null || span === null) return [];
  const out: OnThisDayEntry[] = [];
  const take = (day: string, ago: OnThisDayEntry['ago']): void => {
    source.forEachDay((_, entries) => {
      const keyed = entries
        .filter((e) => matchesRevisitFilter(e.glimmer, options))
        .map((e) => ({ e, tier: revisitTier(e.glimmer), k: revisitHash(e.path, seed ^ 0x5bd1e995) }));
      keyed.sort((a, b) => a.tier - b.tier || a.k - b.k || (a.e.path < b.e.path ? -1 : a.e.path > b.e.path ? 1 : 0));
      for (const { e } of keyed) out.push({ entry: e, ago });
    }, { from: day, to: day });
  };
  for (let years = 1; ; years++) {
    const day = addMonths(options.today, -12 * years);
    if (day === null || day.slice(0, 4) < span.first.slice(0, 4)) break;
    take(day, { years });
    // On 28 February of a common year, glimmers of a 29 February come back too.
    const leapBack = daysInMonth(Number(day.slice(0, 4)), 2) === 29 && daysInMonth(Number(options.today.slice(0, 4)), 2) === 28;
    if (options.today.slice(5) === '02-28' && leapBack) take(`${day.slice(0, 4)}-02-29`, { years });
  }
  const monthAgo = addMonths(options.today, -1);
  if (monthAgo !== null) take(monthAgo, { months: 1 });
  return out;
}

/**
 * The first glimmer from the same date (see {@link onThisDayEntries}) that has words to reread, or
 * `null` when there is none. `textOf` defaults to the glimmer's parsed sections.
 */
export function onThisDay(
  source: RevisitSource,
  options: RevisitOptions & { textOf?: (entry: IndexEntry) => RevisitText | null },
): OnThisDayChoice | null {
  const textOf = options.textOf ?? ((entry: IndexEntry) => revisitText(entry.glimmer));
  for (const found of onThisDayEntries(source, options)) {
    const text = textOf(found.entry);
    if (text !== null) return { ...found, text };
  }
  return null;
}
