/**
 * Answers an {@link IndexQuery} from the buckets of `index-buckets.ts`. A query without filters,
 * or with one theme or one moment, sums the matching slice's day buckets and month counts and
 * looks at single glimmers only in the months its range cuts through; any other filter walks
 * the glimmers of the range once.
 */
import type { Glimmer } from './types.ts';
import type { DayBucket, IndexAggregates, IndexEntry, IndexQuery, Mean, WeekBucket } from './index-query.ts';
import { KIND, Slice, addToStats, bump, categoryKeys, emptyDay, lowerBound, upperBound } from './index-buckets.ts';
import type { Counts, DayStats } from './index-buckets.ts';
import { daysInMonth } from './calendar.ts';

/** What the query engine reads from the index. */
export interface IndexState {
  readonly root: Slice;
  readonly slices: ReadonlyMap<string, Slice>;
  readonly glimmers: ReadonlyMap<string, Glimmer>;
  readonly dayPaths: ReadonlyMap<string, ReadonlySet<string>>;
}

type Predicate = ((g: Glimmer) => boolean) | null;
type Sums = Omit<DayStats, 'day' | 'week' | 'weekStart'>;

const DEFAULT_RECENT = 10;

/** Runs one query. Never throws for any query object. */
export function runQuery(state: IndexState, q: IndexQuery): IndexAggregates {
  const themes = [...new Set(Array.isArray(q.themes) ? q.themes.filter((t) => typeof t === 'string') : [])];
  const moment = typeof q.moment === 'string' ? q.moment : undefined;
  const from = typeof q.from === 'string' ? q.from : undefined;
  const to = typeof q.to === 'string' ? q.to : undefined;

  let predicate: Predicate = null;
  if (themes.length > 0 || moment !== undefined) {
    predicate = (g) => (moment === undefined || g.moment === moment) && (themes.length === 0 || themes.some((t) => g.themes.includes(t)));
  }
  // No filter, one theme, or one moment: answered from that slice's buckets.
  const singlePlan = themes.length === 0 || (themes.length === 1 && moment === undefined);
  const single =
    themes.length === 1 ? state.slices.get(KIND.theme + themes[0])
    : moment !== undefined ? state.slices.get(KIND.moment + moment)
    : state.root;

  const entriesOf = (day: string): IndexEntry[] => {
    const out: IndexEntry[] = [];
    for (const path of state.dayPaths.get(day) ?? []) {
      const glimmer = state.glimmers.get(path);
      if (glimmer && (!predicate || predicate(glimmer))) out.push({ path, glimmer });
    }
    return out;
  };

  let stats: DayStats[];
  let sums: Sums;
  let counts: Counts;
  let dayEntries: (day: string) => IndexEntry[] = entriesOf;
  if (singlePlan) {
    const slice = single ?? new Slice();
    const lo = from === undefined ? 0 : lowerBound(slice.order, from);
    const hi = to === undefined ? slice.order.length : upperBound(slice.order, to);
    stats = [];
    for (let i = lo; i < hi; i++) stats.push(slice.days.get(slice.order[i] as string) as DayStats);
    const whole = lo === 0 && hi === slice.order.length;
    sums = whole ? slice.total : sumStats(stats);
    counts = whole ? slice.counts : countRange(slice, stats, from, to, entriesOf);
  } else {
    // Several themes, or a theme and a moment: walk the glimmers of the range once.
    const base = moment !== undefined ? state.slices.get(KIND.moment + moment) ?? new Slice() : state.root;
    const lo = from === undefined ? 0 : lowerBound(base.order, from);
    const hi = to === undefined ? base.order.length : upperBound(base.order, to);
    const matched = new Map<string, IndexEntry[]>();
    stats = [];
    sums = { count: 0, intensitySum: 0, intensityCount: 0, weightSum: 0, weightCount: 0 };
    counts = new Map();
    for (let i = lo; i < hi; i++) {
      const day = base.order[i] as string;
      const list = entriesOf(day);
      if (list.length === 0) continue;
      matched.set(day, list);
      const cached = state.root.days.get(day);
      const dayStats: DayStats = cached
        ? { ...cached, count: 0, intensitySum: 0, intensityCount: 0, weightSum: 0, weightCount: 0 }
        : emptyDay(day);
      for (const { glimmer } of list) {
        addToStats(dayStats, glimmer, 1);
        addToStats(sums, glimmer, 1);
        for (const key of categoryKeys(glimmer)) bump(counts, key, 1);
      }
      stats.push(dayStats);
    }
    dayEntries = (day) => matched.get(day) ?? [];
  }

  const limit = typeof q.recentLimit === 'number' && q.recentLimit >= 0 ? Math.floor(q.recentLimit) : DEFAULT_RECENT;
  return {
    count: sums.count,
    days: stats.length,
    perDay: stats.map(toDayBucket),
    perWeek: toWeeks(stats),
    byTheme: record(counts, KIND.theme),
    byMoment: record(counts, KIND.moment),
    body: record(counts, KIND.body),
    feelings: record(counts, KIND.feelings),
    grounding: record(counts, KIND.grounding),
    intensity: mean(sums.intensitySum, sums.intensityCount),
    weight: mean(sums.weightSum, sums.weightCount),
    recent: recent(stats, dayEntries, limit),
    resurface: resurface(stats, dayEntries, q.today, q.seed),
  };
}

function sumStats(stats: readonly DayStats[]): Sums {
  const s: Sums = { count: 0, intensitySum: 0, intensityCount: 0, weightSum: 0, weightCount: 0 };
  for (const d of stats) {
    s.count += d.count;
    s.intensitySum += d.intensitySum;
    s.intensityCount += d.intensityCount;
    s.weightSum += d.weightSum;
    s.weightCount += d.weightCount;
  }
  return s;
}

/** Categorical counts of a range: whole months from month buckets, cut months glimmer by glimmer. */
function countRange(slice: Slice, stats: readonly DayStats[], from: string | undefined, to: string | undefined, entriesOf: (day: string) => IndexEntry[]): Counts {
  const counts: Counts = new Map();
  let i = 0;
  while (i < stats.length) {
    const month = (stats[i] as DayStats).day.slice(0, 7);
    let j = i;
    while (j < stats.length && (stats[j] as DayStats).day.startsWith(month)) j++;
    const first = `${month}-01`;
    const last = `${month}-${String(daysInMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7)))).padStart(2, '0')}`;
    const wholeMonth = (from === undefined || from <= first) && (to === undefined || to >= last);
    if (wholeMonth) {
      for (const [key, n] of slice.months.get(month) ?? []) bump(counts, key, n);
    } else {
      for (let k = i; k < j; k++) {
        for (const { glimmer } of entriesOf((stats[k] as DayStats).day)) {
          for (const key of categoryKeys(glimmer)) bump(counts, key, 1);
        }
      }
    }
    i = j;
  }
  return counts;
}

function toDayBucket(d: DayStats): DayBucket {
  return { day: d.day, count: d.count, intensitySum: d.intensitySum, intensityCount: d.intensityCount, weightSum: d.weightSum, weightCount: d.weightCount };
}

function toWeeks(stats: readonly DayStats[]): WeekBucket[] {
  const weeks: WeekBucket[] = [];
  let i = 0;
  while (i < stats.length) {
    const first = stats[i] as DayStats;
    const s: Sums = { count: 0, intensitySum: 0, intensityCount: 0, weightSum: 0, weightCount: 0 };
    let j = i;
    // Days are sorted, so the days of one week are next to each other.
    while (j < stats.length && (stats[j] as DayStats).week === first.week) {
      const d = stats[j] as DayStats;
      s.count += d.count;
      s.intensitySum += d.intensitySum;
      s.intensityCount += d.intensityCount;
      s.weightSum += d.weightSum;
      s.weightCount += d.weightCount;
      j++;
    }
    if (first.week !== '') {
      weeks.push({ week: first.week, start: first.weekStart, count: s.count, meanIntensity: mean(s.intensitySum, s.intensityCount).mean, meanWeight: mean(s.weightSum, s.weightCount).mean });
    }
    i = j;
  }
  return weeks;
}

function mean(sum: number, count: number): Mean {
  return { mean: count > 0 ? sum / count : null, count };
}

/** One kind of counts as a record, most frequent first, then by value. */
function record(counts: Counts, kind: string): Record<string, number> {
  const pairs: [string, number][] = [];
  for (const [key, n] of counts) if (key.startsWith(kind)) pairs.push([key.slice(kind.length), n]);
  pairs.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return Object.fromEntries(pairs);
}

/** Newest first: by `created` descending, then path ascending. */
function byNewest(a: IndexEntry, b: IndexEntry): number {
  if (a.glimmer.created !== b.glimmer.created) return a.glimmer.created > b.glimmer.created ? -1 : 1;
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/** Oldest first, the order a seeded pick counts in. */
function byOldest(a: IndexEntry, b: IndexEntry): number {
  if (a.glimmer.created !== b.glimmer.created) return a.glimmer.created < b.glimmer.created ? -1 : 1;
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

function recent(stats: readonly DayStats[], entriesOf: (day: string) => IndexEntry[], limit: number): IndexEntry[] {
  const out: IndexEntry[] = [];
  for (let i = stats.length - 1; i >= 0 && out.length < limit; i--) {
    // A `created` with a time sorts within its day, so take whole days before cutting.
    out.push(...entriesOf((stats[i] as DayStats).day).sort(byNewest));
  }
  return out.slice(0, limit);
}

/** A number in [0, 1) from a seed (mulberry32): the same seed always gives the same pick. */
function seededUnit(seed: number): number {
  let t = ((Number.isFinite(seed) ? Math.trunc(seed) : 0) + 0x6d2b79f5) | 0;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * One glimmer to bring back: one written on this day of the year in an earlier year when `today`
 * is given and there is one, otherwise a seeded pick among glimmers before `today` (or among all
 * of them when none is before `today`).
 */
function resurface(stats: readonly DayStats[], entriesOf: (day: string) => IndexEntry[], today: unknown, seed: unknown): IndexEntry | null {
  if (stats.length === 0) return null;
  const s = typeof seed === 'number' ? seed : 0;
  let pool: readonly DayStats[] = stats;
  if (typeof today === 'string' && DAY_RE.test(today)) {
    const days = stats.map((d) => d.day);
    const onThisDay: IndexEntry[] = [];
    const year = Number(today.slice(0, 4));
    const md = today.slice(5);
    const firstYear = Number(days[0]?.slice(0, 4));
    const leap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
    for (let y = firstYear; y < year; y++) {
      const yy = String(y).padStart(4, '0');
      const wanted = [`${yy}-${md}`];
      // In a year without 29 February, glimmers of a 29 February come back on the 28th.
      if (md === '02-28' && !leap(year)) wanted.push(`${yy}-02-29`);
      for (const day of wanted) {
        const at = lowerBound(days, day);
        if (days[at] === day) onThisDay.push(...entriesOf(day).sort(byOldest));
      }
    }
    if (onThisDay.length > 0) return onThisDay[Math.floor(seededUnit(s) * onThisDay.length)] ?? null;
    const before = stats.slice(0, lowerBound(days, today));
    if (before.length > 0) pool = before;
  }
  const total = pool.reduce((n, d) => n + d.count, 0);
  let k = Math.floor(seededUnit(s) * total);
  for (const d of pool) {
    if (k < d.count) return entriesOf(d.day).sort(byOldest)[k] ?? null;
    k -= d.count;
  }
  return null;
}
