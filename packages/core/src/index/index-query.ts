/**
 * The query and answer shapes of {@link GlimmerIndex}: what the dashboard, the plugin pane and
 * `glimmer stats` ask for, and the aggregates they get back. Plain data, so it crosses any seam.
 */
import type { Glimmer, Issue } from '../format/types.ts';

/** Which glimmers a query looks at. Dates are calendar days `YYYY-MM-DD`, both ends inclusive. */
export interface IndexQuery {
  from?: string;
  to?: string;
  /** Keep glimmers that have at least one of these themes. */
  themes?: string[];
  /** Keep glimmers written at this moment. */
  moment?: string;
  /** How many recent glimmers to return (newest first). Default 10. */
  recentLimit?: number;
  /** Today's calendar day, for "on this day" resurfacing. Default: none (random pick only). */
  today?: string;
  /** Seed for the resurfacing pick, so the same seed gives the same glimmer. */
  seed?: number;
  /**
   * First day of the week for {@link IndexAggregates.perWeek}: 0 = Sunday … 6 = Saturday.
   * Default 1, Monday: ISO weeks.
   */
  weekStart?: number;
  /**
   * Which of `perWeek` and `perMonth` to sum: both (`true`, the default), only `'weeks'` or only
   * `'months'`, or neither (`false`); the others come back empty. For callers that need fewer,
   * this skips grouping every day of a long range.
   */
  periods?: boolean | 'weeks' | 'months';
  /**
   * Whether to count themes, moments, body, feelings and grounding (default `true`). With `false`
   * those records come back empty: for callers that only need counts per day or week, as the
   * heatmap and the summary do, this skips walking the glimmers of a partial range.
   */
  counts?: boolean;
}

/** Sums of some glimmers' numbers, so means can be combined exactly (sum over count). */
export interface BucketSums {
  count: number;
  intensitySum: number;
  intensityCount: number;
  weightSum: number;
  weightCount: number;
}

/** Counts for one calendar day. */
export interface DayBucket extends BucketSums {
  day: string;
}

/**
 * One calendar week, starting on the query's `weekStart` (Monday by default: an ISO week).
 * `week` is the `YYYY-Www` label of the ISO week holding most of its days (for Monday weeks,
 * its own ISO week); `start` and `end` are its first and last day.
 */
export interface WeekBucket extends BucketSums {
  week: string;
  start: string;
  end: string;
  /** Days of the week with at least one glimmer. */
  days: number;
  meanIntensity: number | null;
  meanWeight: number | null;
}

/** One calendar month, `month` like `2026-03`, `start` and `end` its first and last day. */
export interface MonthBucket extends BucketSums {
  month: string;
  start: string;
  end: string;
  /** Days of the month with at least one glimmer. */
  days: number;
  meanIntensity: number | null;
  meanWeight: number | null;
}

/** A mean over the glimmers that have the field; `mean` is `null` when `count` is 0. */
export interface Mean {
  mean: number | null;
  count: number;
}

/** A glimmer with the path of its note. */
export interface IndexEntry {
  path: string;
  glimmer: Glimmer;
}

/** A note that means to be a glimmer but has an error, with what is wrong. */
export interface AttemptedEntry {
  path: string;
  issues: Issue[];
}

/** What one query returns. Records map a value to its count; arrays are sorted by day or week. */
export interface IndexAggregates {
  count: number;
  /** Distinct calendar days with at least one glimmer. */
  days: number;
  perDay: DayBucket[];
  /** Weeks starting on the query's `weekStart` (default Monday, ISO weeks), with a glimmer. */
  perWeek: WeekBucket[];
  /** Calendar months with a glimmer. */
  perMonth: MonthBucket[];
  byTheme: Record<string, number>;
  byMoment: Record<string, number>;
  body: Record<string, number>;
  feelings: Record<string, number>;
  grounding: Record<string, number>;
  intensity: Mean;
  weight: Mean;
  recent: IndexEntry[];
  resurface: IndexEntry | null;
}
