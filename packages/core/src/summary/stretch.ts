/**
 * The two comparative sentences of the summary: a stretch of the last weeks that was notably
 * heavier or lighter than the person's own usual, and the grounding they chose most on heavy
 * days before. "Notably" is defined once, in {@link SUMMARY_RULES}, and documented in
 * docs/plugin.md: enough ratings on both sides, a whole step of the weight scale apart, and
 * every week of the stretch leaning the same way, so one odd week never makes a stretch.
 */
import { addDays, dayNumber, dayFromNumber, startOfWeek } from '../calendar/calendar.ts';
import type { GlimmerIndex } from '../index/glimmer-index.ts';
import type { IndexQuery, WeekBucket } from '../index/index-query.ts';
import { oneDecimal } from './summary-words.ts';

/** The thresholds behind "notably heavier or lighter" and "what helped". */
export const SUMMARY_RULES = Object.freeze({
  /** A stretch is the last 2 to 6 weeks (the current week included); the longest that qualifies is named. */
  shortestStretchWeeks: 2,
  longestStretchWeeks: 6,
  /** "Your usual" is the 52 weeks before the stretch. */
  usualWeeks: 52,
  /** The stretch needs this many glimmers with a weight, over at least this many weeks. */
  minStretchRated: 5,
  minStretchRatedWeeks: 2,
  /** The usual needs this many glimmers with a weight, over at least this many weeks. */
  minUsualRated: 10,
  minUsualRatedWeeks: 4,
  /** Mean weights at least this far apart (one whole step of the 0-5 scale). */
  notableDifference: 1,
  /** A heavy day: its glimmers' mean weight is at least this (4 or 5 of 5). */
  heavyWeight: 4,
  /** A grounding is named only when it was chosen at least this often on heavy days. */
  minHelpedTimes: 2,
  /** At most this many runs of heavy days are looked at, newest first (bounds the work). */
  maxHeavyRuns: 100,
});

/** A notably heavier or lighter stretch. */
export interface StretchSummary {
  direction: 'heavier' | 'lighter';
  /** How many weeks (2 to 6), and the first day of the first one and the last day of the last. */
  weeks: number;
  from: string;
  to: string;
  /** Mean weight over the stretch, and over the usual (the 52 weeks before it). */
  weight: number;
  usual: number;
  sentence: string;
}

/** The grounding chosen most on heavy days before. */
export interface HelpedSummary {
  grounding: string;
  /** How many glimmers of heavy days chose it, and how many heavy days there were. */
  times: number;
  heavyDays: number;
  sentence: string;
}

type Filter = Pick<IndexQuery, 'themes' | 'moment'>;

interface Rated {
  sum: number;
  count: number;
  weeks: number;
}

function rated(weeks: readonly WeekBucket[]): Rated {
  const r: Rated = { sum: 0, count: 0, weeks: 0 };
  for (const w of weeks) {
    if (w.weightCount === 0) continue;
    r.sum += w.weightSum;
    r.count += w.weightCount;
    r.weeks += 1;
  }
  return r;
}

/**
 * The longest stretch of the last 2-6 weeks whose mean weight is notably above or below the
 * usual, or `null`. The newest week with a weight must be this week or the one before: after a
 * pause, old weeks are not called "the last weeks".
 */
export function findStretch(index: GlimmerIndex, today: string, weekStart: number, filter: Filter): StretchSummary | null {
  const rules = SUMMARY_RULES;
  const thisWeek = dayNumber(startOfWeek(today, weekStart) ?? '');
  if (thisWeek === null) return null;
  const end = dayFromNumber(thisWeek + 6);
  const earliest = thisWeek - 7 * (rules.longestStretchWeeks - 1 + rules.usualWeeks);
  const weeks = index.query({ from: dayFromNumber(earliest), to: end, ...filter, weekStart, recentLimit: 0, counts: false, periods: 'weeks' }).perWeek;
  const newestRated = [...weeks].reverse().find((w) => w.weightCount > 0);
  if (!newestRated || (dayNumber(newestRated.start) ?? 0) < thisWeek - 7) return null;

  for (let k = rules.longestStretchWeeks; k >= rules.shortestStretchWeeks; k--) {
    const from = dayFromNumber(thisWeek - 7 * (k - 1));
    const usualFrom = dayFromNumber(thisWeek - 7 * (k - 1 + rules.usualWeeks));
    const inStretch = weeks.filter((w) => w.start >= from);
    const stretch = rated(inStretch);
    const usual = rated(weeks.filter((w) => w.start >= usualFrom && w.start < from));
    if (stretch.count < rules.minStretchRated || stretch.weeks < rules.minStretchRatedWeeks) continue;
    if (usual.count < rules.minUsualRated || usual.weeks < rules.minUsualRatedWeeks) continue;
    const mean = stretch.sum / stretch.count;
    const usualMean = usual.sum / usual.count;
    if (Math.abs(mean - usualMean) < rules.notableDifference) continue;
    const direction = mean > usualMean ? 'heavier' : 'lighter';
    // Every week with a weight leans the same way, so one odd week does not make a stretch.
    const leans = inStretch.every((w) => w.meanWeight === null || (direction === 'heavier' ? w.meanWeight > usualMean : w.meanWeight < usualMean));
    if (!leans) continue;
    return {
      direction, weeks: k, from, to: end, weight: mean, usual: usualMean,
      sentence: `The last ${k} weeks felt ${direction} than your usual: weight ${oneDecimal(mean)} against ${oneDecimal(usualMean)}.`,
    };
  }
  return null;
}

/**
 * The grounding chosen most on heavy days in the 52 weeks before the heavier stretch (or before
 * this week), named only when the stretch is heavier or this week holds a heavy day.
 */
export function whatHelped(index: GlimmerIndex, today: string, weekStart: number, stretch: StretchSummary | null, filter: Filter): HelpedSummary | null {
  const rules = SUMMARY_RULES;
  const thisWeek = startOfWeek(today, weekStart);
  if (thisWeek === null) return null;
  const isHeavy = (d: { weightSum: number; weightCount: number }): boolean => d.weightCount > 0 && d.weightSum / d.weightCount >= rules.heavyWeight;
  const heavyNow = index.query({ from: thisWeek, to: addDays(thisWeek, 6) as string, ...filter, recentLimit: 0, counts: false, periods: false }).perDay.some(isHeavy);
  if (stretch?.direction !== 'heavier' && !heavyNow) return null;

  const before = stretch?.direction === 'heavier' ? stretch.from : thisWeek;
  const days = index.query({ from: addDays(before, -7 * rules.usualWeeks) as string, to: addDays(before, -1) as string, ...filter, recentLimit: 0, counts: false, periods: false }).perDay;
  // Runs of heavy days with no other glimmer day between them: one query each.
  const runs: { from: string; to: string }[] = [];
  let heavyDays = 0;
  let open: { from: string; to: string } | null = null;
  for (const d of days) {
    if (!isHeavy(d)) {
      open = null;
      continue;
    }
    heavyDays += 1;
    if (open) open.to = d.day;
    else runs.push((open = { from: d.day, to: d.day }));
  }
  const tally = new Map<string, number>();
  for (const run of runs.slice(-rules.maxHeavyRuns)) {
    const grounding = index.query({ ...run, ...filter, recentLimit: 0, periods: false }).grounding;
    for (const [value, n] of Object.entries(grounding)) tally.set(value, (tally.get(value) ?? 0) + n);
  }
  let best: [string, number] | null = null;
  for (const entry of tally) {
    if (!best || entry[1] > best[1] || (entry[1] === best[1] && entry[0] < best[0])) best = entry;
  }
  if (!best || best[1] < rules.minHelpedTimes) return null;
  return { grounding: best[0], times: best[1], heavyDays, sentence: `What helped on heavy days before: ${best[0]}, chosen ${best[1]} times.` };
}
