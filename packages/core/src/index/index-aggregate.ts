/**
 * Answers an {@link IndexQuery} from the buckets of `index-buckets.ts`. A query without filters,
 * or with one theme or one moment, sums the matching slice's day buckets (and takes its totals
 * when the range covers it all); any other filter walks the glimmers of the range once. Values
 * (themes, body, …) of a partial range are counted by walking its glimmers' interned ids.
 */
import { isLeapYear, isValidDay } from '../calendar/calendar.ts';
import type { DayBucket, IndexAggregates, IndexEntry, IndexQuery, Mean } from './index-query.ts';
import { addSums, monthsOf, normaliseWeekStart, weeksOf } from './index-periods.ts';
import { Categories, MOMENT, Slice, THEME, addToSums, hasId, idAt, lowerBound, upperBound, zeroSums } from './index-buckets.ts';
import type { DayNode, DayStats, Kind, Rec, Sums } from './index-buckets.ts';

/** What the query engine reads from the index. */
export interface IndexState {
  readonly root: Slice;
  readonly slices: readonly (Slice | undefined)[];
  readonly categories: Categories;
  readonly dayNodes: ReadonlyMap<string, DayNode>;
}

const DEFAULT_RECENT = 10;
const EMPTY = new Slice(-1);

/** Runs one query. Never throws for any query object. */
export function runQuery(state: IndexState, q: IndexQuery): IndexAggregates {
  const themes = [...new Set(Array.isArray(q.themes) ? q.themes.filter((t): t is string => typeof t === 'string') : [])];
  const moment = typeof q.moment === 'string' ? q.moment : undefined;
  const from = typeof q.from === 'string' ? q.from : undefined;
  const to = typeof q.to === 'string' ? q.to : undefined;
  const { categories } = state;

  // Filters as categorical ids; a value no glimmer has matches nothing (id -1).
  const themeIds = themes.map((t) => categories.find(THEME, t) ?? -1);
  const momentId = moment === undefined ? undefined : categories.find(MOMENT, moment) ?? -1;
  const filtered = themes.length > 0 || moment !== undefined;
  const keep = (rec: Rec): boolean =>
    (momentId === undefined || hasId(rec.ids, momentId)) && (themeIds.length === 0 || themeIds.some((id) => hasId(rec.ids, id)));
  const recordsOf = (day: string): Rec[] => {
    const list = state.dayNodes.get(day)?.recs ?? [];
    return filtered ? list.filter(keep) : [...list];
  };
  const sliceOf = (id: number): Slice => (id >= 0 ? state.slices[id] : undefined) ?? EMPTY;
  const wantCounts = q.counts !== false;

  const stats: DayStats[] = [];
  let sums: Sums;
  let counts: readonly number[];
  let dayRecords: (day: string) => Rec[] = recordsOf;
  // No filter, one theme, or one moment: answered from that slice's buckets.
  if (themes.length === 0 || (themes.length === 1 && moment === undefined)) {
    const slice = themes.length === 1 ? sliceOf(themeIds[0] as number) : momentId !== undefined ? sliceOf(momentId) : state.root;
    const order = slice.ordered();
    const lo = from === undefined ? 0 : lowerBound(order, from);
    const hi = to === undefined ? order.length : upperBound(order, to);
    const { dayNodes } = state;
    const slot = slice.slot;
    for (let i = lo; i < hi; i++) stats.push((dayNodes.get(order[i] as string) as DayNode).stats[slot] as DayStats);
    if (lo === 0 && hi === order.length) {
      sums = slice.total;
      counts = wantCounts ? slice.countsWithLarge(categories.valueOf.length) : [];
    } else {
      sums = zeroSums();
      for (const d of stats) addSums(sums, d);
      counts = wantCounts ? tallyRange(state, stats, filtered ? keep : null, categories.valueOf.length) : [];
    }
  } else {
    // Several themes, or a theme and a moment: walk the glimmers of the range once, over the days
    // of the smallest slice that holds every match.
    let base = momentId !== undefined ? sliceOf(momentId) : state.root;
    if (themes.length === 1 && sliceOf(themeIds[0] as number).total.count < base.total.count) base = sliceOf(themeIds[0] as number);
    const order = base.ordered();
    const lo = from === undefined ? 0 : lowerBound(order, from);
    const hi = to === undefined ? order.length : upperBound(order, to);
    const matched = new Map<string, Rec[]>();
    const tally: number[] = new Array<number>(categories.valueOf.length).fill(0);
    sums = zeroSums();
    for (let i = lo; i < hi; i++) {
      const day = order[i] as string;
      const list = recordsOf(day);
      if (list.length === 0) continue;
      matched.set(day, list);
      const node = state.dayNodes.get(day) as DayNode;
      const dayStats: DayStats = { node, count: 0, intensitySum: 0, intensityCount: 0, weightSum: 0, weightCount: 0 };
      for (const rec of list) {
        addToSums(dayStats, rec.glimmer, 1);
        if (!wantCounts) continue;
        for (let k = 0; k < rec.ids.length; k++) {
          const id = idAt(rec.ids, k);
          tally[id] = (tally[id] as number) + 1;
        }
      }
      addSums(sums, dayStats);
      stats.push(dayStats);
    }
    counts = tally;
    dayRecords = (day) => [...(matched.get(day) ?? [])];
  }

  const limit = typeof q.recentLimit === 'number' && q.recentLimit >= 0 ? Math.floor(q.recentLimit) : DEFAULT_RECENT;
  const [byTheme, byMoment, body, feelings, grounding] = toRecords(categories, counts);
  return {
    count: sums.count,
    days: stats.length,
    perDay: stats.map(toDayBucket),
    perWeek: q.periods === false || q.periods === 'months' ? [] : weeksOf(stats, normaliseWeekStart(q.weekStart)),
    perMonth: q.periods === false || q.periods === 'weeks' ? [] : monthsOf(stats),
    byTheme,
    byMoment,
    body,
    feelings,
    grounding,
    intensity: mean(sums.intensitySum, sums.intensityCount),
    weight: mean(sums.weightSum, sums.weightCount),
    recent: recent(stats, dayRecords, limit),
    resurface: resurface(stats, dayRecords, q.today, q.seed),
  };
}

/** Counts of categorical ids over the glimmers of some days (those `keep` accepts). */
function tallyRange(state: IndexState, stats: readonly DayStats[], keep: ((rec: Rec) => boolean) | null, size: number): number[] {
  const tally: number[] = new Array<number>(size).fill(0);
  for (const d of stats) {
    const recs = d.node.recs;
    for (let i = 0; i < recs.length; i++) {
      const rec = recs[i] as Rec;
      if (keep !== null && !keep(rec)) continue;
      const ids = rec.ids;
      for (let k = 0; k < ids.length; k++) {
        const id = idAt(ids, k);
        tally[id] = (tally[id] as number) + 1;
      }
    }
  }
  return tally;
}

function toDayBucket(d: DayStats): DayBucket {
  return { day: d.node.day, count: d.count, intensitySum: d.intensitySum, intensityCount: d.intensityCount, weightSum: d.weightSum, weightCount: d.weightCount };
}

function mean(sum: number, count: number): Mean {
  return { mean: count > 0 ? sum / count : null, count };
}

/** Counts per kind as records, most frequent first, then by value. */
function toRecords(categories: Categories, counts: readonly number[]): [Record<string, number>, Record<string, number>, Record<string, number>, Record<string, number>, Record<string, number>] {
  const pairs: [string, number][][] = [[], [], [], [], []];
  const { kindOf, valueOf } = categories;
  for (let id = 0; id < counts.length; id++) {
    const n = counts[id];
    if (n !== undefined && n > 0) pairs[kindOf[id] as Kind]?.push([valueOf[id] as string, n]);
  }
  const rec = (list: [string, number][]): Record<string, number> => Object.fromEntries(list.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)));
  const [t, m, b, f, g] = pairs as [[string, number][], [string, number][], [string, number][], [string, number][], [string, number][]];
  return [rec(t), rec(m), rec(b), rec(f), rec(g)];
}

/** Newest first: by `created` descending, then path ascending. */
function byNewest(a: Rec, b: Rec): number {
  if (a.glimmer.created !== b.glimmer.created) return a.glimmer.created > b.glimmer.created ? -1 : 1;
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/** Oldest first, the order a seeded pick counts in. */
function byOldest(a: Rec, b: Rec): number {
  return -byNewest(a, b);
}

function entry(rec: Rec): IndexEntry {
  return { path: rec.path, glimmer: rec.glimmer };
}

function recent(stats: readonly DayStats[], recordsOf: (day: string) => Rec[], limit: number): IndexEntry[] {
  const out: Rec[] = [];
  for (let i = stats.length - 1; i >= 0 && out.length < limit; i--) {
    // A `created` with a time sorts within its day, so take whole days before cutting.
    out.push(...recordsOf((stats[i] as DayStats).node.day).sort(byNewest));
  }
  return out.slice(0, limit).map(entry);
}

/** A number in [0, 1) from a seed (mulberry32): the same seed always gives the same pick. */
function seededUnit(seed: number): number {
  let t = ((Number.isFinite(seed) ? Math.trunc(seed) : 0) + 0x6d2b79f5) | 0;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

/**
 * One glimmer to bring back: one written on this day of the year in an earlier year when `today`
 * is given and there is one, otherwise a seeded pick among glimmers before `today` (or among all
 * of them when none is before `today`).
 */
function resurface(stats: readonly DayStats[], recordsOf: (day: string) => Rec[], today: unknown, seed: unknown): IndexEntry | null {
  if (stats.length === 0) return null;
  const unit = seededUnit(typeof seed === 'number' ? seed : 0);
  let pool: readonly DayStats[] = stats;
  if (isValidDay(today)) {
    const days = stats.map((d) => d.node.day);
    const onThisDay: Rec[] = [];
    const year = Number(today.slice(0, 4));
    const md = today.slice(5);
    for (let y = Number(days[0]?.slice(0, 4)); y < year; y++) {
      const yy = String(y).padStart(4, '0');
      const wanted = [`${yy}-${md}`];
      // In a year without 29 February, glimmers of a 29 February come back on the 28th.
      if (md === '02-28' && !isLeapYear(year)) wanted.push(`${yy}-02-29`);
      for (const day of wanted) {
        if (days[lowerBound(days, day)] === day) onThisDay.push(...recordsOf(day).sort(byOldest));
      }
    }
    const chosen = onThisDay[Math.floor(unit * onThisDay.length)];
    if (chosen) return entry(chosen);
    const before = stats.slice(0, lowerBound(days, today));
    if (before.length > 0) pool = before;
  }
  let k = Math.floor(unit * pool.reduce((n, d) => n + d.count, 0));
  for (const d of pool) {
    if (k < d.count) {
      const rec = recordsOf(d.node.day).sort(byOldest)[k];
      return rec ? entry(rec) : null;
    }
    k -= d.count;
  }
  return null;
}
