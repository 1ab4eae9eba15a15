/**
 * The incremental buckets behind {@link GlimmerIndex}: one "slice" for all glimmers, one per
 * theme and one per moment. Each slice keeps per-day sums (count, intensity, weight) and running
 * totals, so one glimmer's change touches only its own buckets and a query sums day buckets
 * instead of rescanning notes.
 *
 * Categorical values (themes, moment, body, feelings, grounding) are interned as small integer
 * ids once, so counting them is array arithmetic rather than string hashing: building the index
 * stays near a microsecond per glimmer, and a query that needs the values of only part of the
 * vault walks that part's glimmers (a few integer increments each).
 */
import type { Glimmer } from '../format/types.ts';
import { dayFromNumber, dayNumber } from '../calendar/calendar.ts';

/** The categorical fields, in the order of their kind numbers. */
export const KINDS = ['theme', 'moment', 'body', 'feelings', 'grounding'] as const;
/** A kind number: an index into {@link KINDS}. */
export type Kind = 0 | 1 | 2 | 3 | 4;
export const THEME: Kind = 0;
export const MOMENT: Kind = 1;

/**
 * The ids of one glimmer's categorical values: one UTF-16 code unit per id while every id fits
 * in one (the usual case: a string of six ids takes about 32 bytes of heap, an array of six
 * numbers about 100, and one is kept per glimmer), otherwise a list of numbers. Read with
 * {@link idAt}.
 */
export type Ids = string | readonly number[];

/** The `i`-th id of `ids`. */
export function idAt(ids: Ids, i: number): number {
  return typeof ids === 'string' ? ids.charCodeAt(i) : (ids[i] as number);
}

/** Whether `ids` holds `id`. */
export function hasId(ids: Ids, id: number): boolean {
  for (let i = 0; i < ids.length; i++) if (idAt(ids, i) === id) return true;
  return false;
}

/** One stored glimmer: its path, the glimmer, and the ids of its categorical values. */
export interface Rec {
  readonly path: string;
  readonly glimmer: Glimmer;
  readonly ids: Ids;
}

/** One calendar day of the index: its ISO week (computed once), its glimmers, and its sums per slice. */
export interface DayNode {
  readonly day: string;
  /** The day as a day number (days since 1970-01-01), for week arithmetic without parsing. */
  readonly num: number;
  readonly week: string;
  readonly weekStart: string;
  readonly recs: Rec[];
  /** This day's sums in each slice, by the slice's slot (0 is all glimmers): an array, not a map, as it is touched per glimmer. */
  readonly stats: (DayStats | undefined)[];
}

/** Sums of a set of glimmers; means are sums over counts so they combine exactly. */
export interface Sums {
  count: number;
  intensitySum: number;
  intensityCount: number;
  weightSum: number;
  weightCount: number;
}

/**
 * Per-day sums of one slice, with the day they are for. The day, its ISO week and its glimmers
 * are read through `node`, held once per day rather than once per day and slice.
 */
export interface DayStats extends Sums {
  readonly node: DayNode;
}

/** Fresh zero sums. */
export function zeroSums(): Sums {
  return { count: 0, intensitySum: 0, intensityCount: 0, weightSum: 0, weightCount: 0 };
}

/** Adds (`sign` 1) or removes (`sign` -1) one glimmer's numbers. */
export function addToSums(s: Sums, g: Glimmer, sign: 1 | -1): void {
  s.count += sign;
  if (typeof g.intensity === 'number') {
    s.intensitySum += sign * g.intensity;
    s.intensityCount += sign;
  }
  if (typeof g.weight === 'number') {
    s.weightSum += sign * g.weight;
    s.weightCount += sign;
  }
}

/**
 * The ISO week of a day with integer arithmetic (no `Date`): the week-year is the year of the
 * week's Thursday. `''` for a day that does not exist.
 */
export function isoWeekOf(day: string): { week: string; weekStart: string } {
  const k = dayNumber(day);
  if (k === null) return { week: '', weekStart: '' };
  const fromMonday = (((k + 3) % 7) + 7) % 7; // 1970-01-01 was a Thursday
  const monday = k - fromMonday;
  const year = dayFromNumber(monday + 3).slice(0, 4);
  const jan1 = dayNumber(`${year}-01-01`) as number;
  const week = Math.floor((monday + 3 - jan1) / 7) + 1;
  return { week: `${year}-W${String(week).padStart(2, '0')}`, weekStart: dayFromNumber(monday) };
}

/** Interns categorical values as small integer ids; ids are never reused. */
export class Categories {
  private readonly byKind: Map<string, number>[] = KINDS.map(() => new Map<string, number>());
  /** Kind of each id. */
  readonly kindOf: Kind[] = [];
  /** Value of each id. */
  readonly valueOf: string[] = [];

  /** The id of `value` of `kind`, or `undefined` when no glimmer ever had it. */
  find(kind: Kind, value: string): number | undefined {
    return this.byKind[kind]?.get(value);
  }

  private intern(kind: Kind, value: string): number {
    const map = this.byKind[kind] as Map<string, number>;
    let id = map.get(value);
    if (id === undefined) {
      id = this.valueOf.length;
      map.set(value, id);
      this.kindOf.push(kind);
      this.valueOf.push(value);
    }
    return id;
  }

  /** Where {@link idsOf} gathers ids before copying them out at their exact size. */
  private scratch: number[] = [];
  private count = 0;

  /**
   * The ids of a glimmer's values, each once (a theme listed twice is one glimmer with it), as
   * a string of code units while they fit (see {@link Ids}), else as an exact-size list.
   */
  idsOf(g: Glimmer): Ids {
    this.count = 0;
    this.addAll(0, g.themes);
    if (typeof g.moment === 'string') this.add(this.intern(1, g.moment));
    this.addAll(2, g.body);
    this.addAll(3, g.feelings);
    this.addAll(4, g.grounding);
    const ids = this.scratch.slice(0, this.count);
    return this.valueOf.length <= 0x10000 ? String.fromCharCode.apply(null, ids) : ids;
  }

  private addAll(kind: Kind, list: readonly string[]): void {
    for (let i = 0; i < list.length; i++) this.add(this.intern(kind, list[i] as string));
  }

  /** Adds `id` to the scratch list unless it is there already. */
  private add(id: number): void {
    const scratch = this.scratch;
    const n = this.count;
    for (let i = 0; i < n; i++) if (scratch[i] === id) return;
    scratch[n] = id;
    this.count = n + 1;
  }
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

/** The glimmers of one slice (all, one theme, or one moment), bucketed by day. */
export class Slice {
  /**
   * The days with at least one glimmer of this slice; sorted on demand (see {@link ordered}), as a
   * bulk load adds days in any order. A day's sums are in its {@link DayNode.stats} at {@link slot}
   * (no map of its own: that was a map entry per day and slice, about 3 MB at 50k glimmers).
   */
  private readonly order: string[] = [];
  private sorted = true;
  /** Sums over every glimmer of the slice. */
  readonly total: Sums = zeroSums();
  /** Count of glimmers per categorical id, over the whole slice (0 or a hole when none). */
  readonly counts: number[] = [];

  /** `slot` is this slice's index in every {@link DayNode.stats}. */
  constructor(readonly slot: number) {}

  /** The days of this slice, sorted, for range lookups by binary search. */
  ordered(): readonly string[] {
    if (!this.sorted) {
      this.order.sort();
      this.sorted = true;
    }
    return this.order;
  }

  /** Adds (`sign` 1) or removes (`sign` -1) one glimmer of the day `node`. */
  apply(rec: Rec, node: DayNode, sign: 1 | -1): void {
    const g = rec.glimmer;
    let stats = node.stats[this.slot];
    if (!stats) {
      if (sign < 0) return;
      stats = { node, count: 0, intensitySum: 0, intensityCount: 0, weightSum: 0, weightCount: 0 };
      node.stats[this.slot] = stats;
      const last = this.order[this.order.length - 1];
      if (this.sorted && last !== undefined && g.day < last) this.sorted = false;
      this.order.push(g.day);
    }
    addToSums(stats, g, sign);
    addToSums(this.total, g, sign);
    if (stats.count <= 0) {
      node.stats[this.slot] = undefined;
      const at = this.sorted ? lowerBound(this.order, g.day) : this.order.indexOf(g.day);
      if (this.order[at] === g.day) this.order.splice(at, 1);
    }
    const counts = this.counts;
    const ids = rec.ids;
    for (let i = 0; i < ids.length; i++) {
      const id = idAt(ids, i);
      counts[id] = (counts[id] ?? 0) + sign;
    }
  }

  /** Whether no glimmer is left in this slice. */
  get empty(): boolean {
    return this.total.count <= 0;
  }
}
