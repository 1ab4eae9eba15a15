/**
 * Where revisiting finds glimmers: day by day, oldest day first. `GlimmerIndex` is one (it keeps its
 * glimmers by day already, so choosing costs one pass without sorting the vault); a plain list of
 * entries becomes one with {@link revisitSourceOf}.
 */
import type { IndexEntry } from '../index/index-query.ts';

/** A day range, both ends inclusive (`YYYY-MM-DD`); a missing end is unbounded. */
export interface DayRange {
  from?: string;
  to?: string;
}

/** Glimmers grouped by day, as revisiting reads them. */
export interface RevisitSource {
  /**
   * Calls `visit` once for each day in `range` that has glimmers, oldest first, with that day's
   * entries (in no particular order). The array belongs to the source: read it, never keep or change it.
   */
  forEachDay(visit: (day: string, entries: readonly IndexEntry[]) => void, range?: DayRange): void;
  /** The first and last day with a glimmer, or `null` when there is none. */
  span(): { first: string; last: string } | null;
}

/**
 * A {@link RevisitSource} over a list of entries (for the command line, tests, and any caller that
 * holds glimmers without an index). Groups them once, by `glimmer.day`.
 */
export function revisitSourceOf(entries: Iterable<IndexEntry>): RevisitSource {
  const byDay = new Map<string, IndexEntry[]>();
  for (const entry of entries) {
    const list = byDay.get(entry.glimmer.day);
    if (list) list.push(entry);
    else byDay.set(entry.glimmer.day, [entry]);
  }
  const days = [...byDay.keys()].sort();
  return {
    forEachDay(visit, range = {}) {
      for (const day of days) {
        if (range.from !== undefined && day < range.from) continue;
        if (range.to !== undefined && day > range.to) break;
        visit(day, byDay.get(day) as IndexEntry[]);
      }
    },
    span() {
      const first = days[0];
      const last = days[days.length - 1];
      return first !== undefined && last !== undefined ? { first, last } : null;
    },
  };
}
