/**
 * The incremental buckets behind {@link GlimmerIndex}: one "slice" for all glimmers, one per
 * theme and one per moment. Each slice keeps per-day sums (count, intensity, weight), per-month
 * counts of the categorical fields, and running totals, so one glimmer's change touches only
 * its own buckets and a query sums buckets instead of rescanning notes.
 *
 * Categorical counts live per month (not per day) on purpose: a year of daily maps for every
 * theme costs tens of megabytes at 50k glimmers, while a query only needs to scan the glimmers
 * of the (at most two) months its range cuts through.
 */
import type { Glimmer } from './types.ts';
import { isoWeek, isoWeekStart } from './dates.ts';

/** Per-day sums of one slice. `week`/`weekStart` are cached because computing them costs a Date. */
export interface DayStats {
  day: string;
  count: number;
  intensitySum: number;
  intensityCount: number;
  weightSum: number;
  weightCount: number;
  /** ISO week id (`2026-W07`), or `''` when `day` is not a real calendar day. */
  week: string;
  weekStart: string;
}

/** Counts of categorical values, keyed `<kind>:<value>` (see {@link categoryKeys}). */
export type Counts = Map<string, number>;

/** The prefixes of {@link Counts} keys: themes, moment, body, feelings, grounding. */
export const KIND = { theme: 't:', moment: 'm:', body: 'b:', feelings: 'f:', grounding: 'g:' } as const;

/**
 * The categorical keys one glimmer adds to counts, each value once per glimmer (a theme listed
 * twice is still one glimmer with that theme).
 */
export function categoryKeys(g: Glimmer): string[] {
  const keys: string[] = [];
  const push = (key: string): void => {
    if (!keys.includes(key)) keys.push(key);
  };
  for (const t of g.themes) push(KIND.theme + t);
  if (typeof g.moment === 'string') push(KIND.moment + g.moment);
  for (const b of g.body) push(KIND.body + b);
  for (const f of g.feelings) push(KIND.feelings + f);
  for (const r of g.grounding) push(KIND.grounding + r);
  return keys;
}

/** Adds `delta` to `key`, dropping the key when it reaches zero so empty values never show. */
export function bump(counts: Counts, key: string, delta: number): void {
  const next = (counts.get(key) ?? 0) + delta;
  if (next === 0) counts.delete(key);
  else counts.set(key, next);
}

/** The index of the first element of sorted `list` that is `>= value` (binary search). */
export function lowerBound(list: readonly string[], value: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] as string) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index just past the last element of sorted `list` that is `<= value`. */
export function upperBound(list: readonly string[], value: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] as string) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function weekOf(day: string): { week: string; weekStart: string } {
  try {
    return { week: isoWeek(day), weekStart: isoWeekStart(day) };
  } catch {
    // Only a glimmer built by hand can have an impossible day; keep it out of weeks, never throw.
    return { week: '', weekStart: '' };
  }
}

/** A new, empty day. */
export function emptyDay(day: string): DayStats {
  return { day, count: 0, intensitySum: 0, intensityCount: 0, weightSum: 0, weightCount: 0, ...weekOf(day) };
}

/** Adds (`sign` 1) or removes (`sign` -1) one glimmer's numbers to `stats`. */
export function addToStats(stats: Omit<DayStats, 'day' | 'week' | 'weekStart'>, g: Glimmer, sign: 1 | -1): void {
  stats.count += sign;
  if (typeof g.intensity === 'number') {
    stats.intensitySum += sign * g.intensity;
    stats.intensityCount += sign;
  }
  if (typeof g.weight === 'number') {
    stats.weightSum += sign * g.weight;
    stats.weightCount += sign;
  }
}

/** The glimmers of one slice (all, one theme, or one moment), bucketed by day and month. */
export class Slice {
  /** Day → sums, only for days with at least one glimmer of this slice. */
  readonly days = new Map<string, DayStats>();
  /** The keys of {@link days}, sorted, for range lookups by binary search. */
  readonly order: string[] = [];
  /** `YYYY-MM` → categorical counts of that month. */
  readonly months = new Map<string, Counts>();
  /** Sums over every glimmer of the slice. */
  readonly total = { count: 0, intensitySum: 0, intensityCount: 0, weightSum: 0, weightCount: 0 };
  /** Categorical counts over every glimmer of the slice. */
  readonly counts: Counts = new Map();

  /** Adds (`sign` 1) or removes (`sign` -1) a glimmer whose {@link categoryKeys} are `keys`. */
  apply(g: Glimmer, keys: readonly string[], sign: 1 | -1): void {
    let stats = this.days.get(g.day);
    if (!stats) {
      if (sign < 0) return;
      stats = emptyDay(g.day);
      this.days.set(g.day, stats);
      this.order.splice(lowerBound(this.order, g.day), 0, g.day);
    }
    addToStats(stats, g, sign);
    addToStats(this.total, g, sign);
    if (stats.count <= 0) {
      this.days.delete(g.day);
      const at = lowerBound(this.order, g.day);
      if (this.order[at] === g.day) this.order.splice(at, 1);
    }
    const monthKey = g.day.slice(0, 7);
    let month = this.months.get(monthKey);
    if (!month) {
      month = new Map();
      this.months.set(monthKey, month);
    }
    for (const key of keys) {
      bump(month, key, sign);
      bump(this.counts, key, sign);
    }
    if (month.size === 0) this.months.delete(monthKey);
  }

  /** Whether no glimmer is left in this slice. */
  get empty(): boolean {
    return this.total.count <= 0;
  }
}
