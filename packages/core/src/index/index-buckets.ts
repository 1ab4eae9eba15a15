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

/**
 * A glimmer with more categorical values than this is not counted in the per-theme and per-moment
 * value counts as it is added; queries filtered by one of its themes or its moment count its values
 * when they are asked for (see {@link Slice.countsWithLarge}). Keeping those counts costs, per
 * glimmer, its themes times its values: about 36 increments for a usual glimmer, at most 64 x 64
 * here, instead of the square of thousands for a pathological one. Every count stays exact.
 */
export const MAX_CROSS_COUNTED_IDS = 64;

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
  /** For each id, the call of {@link idsOf} that last added it: a repeat is found in one step. */
  private readonly addedIn: number[] = [];
  private call = 0;

  /**
   * The ids of a glimmer's values, each once (a theme listed twice is one glimmer with it), as
   * a string of code units while they fit (see {@link Ids}), else as an exact-size list.
   */
  idsOf(g: Glimmer): Ids {
    this.count = 0;
    this.call++;
    this.addAll(0, g.themes);
    if (typeof g.moment === 'string') this.add(this.intern(1, g.moment));
    this.addAll(2, g.body);
    this.addAll(3, g.feelings);
    this.addAll(4, g.grounding);
    const ids = this.scratch.slice(0, this.count);
    // (`apply` takes one argument per id: only for the usual, short lists.)
    return this.valueOf.length <= 0x10000 && ids.length <= 1024 ? String.fromCharCode.apply(null, ids) : ids;
  }

  private addAll(kind: Kind, list: readonly string[]): void {
    for (let i = 0; i < list.length; i++) this.add(this.intern(kind, list[i] as string));
  }

  /** Adds `id` to the scratch list unless this glimmer has it already (one step, not a search). */
  private add(id: number): void {
    if (this.addedIn[id] === this.call) return;
    this.addedIn[id] = this.call;
    this.scratch[this.count++] = id;
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
  /**
   * Count of glimmers per categorical id, over the whole slice (0 or a hole when none), except, in
   * a slice of one theme or moment, the glimmers in {@link large}: read with {@link countsWithLarge}.
   */
  readonly counts: number[] = [];
  /** Glimmers with more than {@link MAX_CROSS_COUNTED_IDS} values, not in {@link counts} (made when first needed). */
  private large: Set<Rec> | null = null;

  /**
   * `slot` is this slice's index in every {@link DayNode.stats}. The slice of all glimmers counts
   * every glimmer's values as it is added (`countsEvery`): that is one increment per value.
   */
  constructor(readonly slot: number, private readonly countsEvery = false) {}

  /** Count of glimmers per categorical id over the whole slice, of `size` ids at most. */
  countsWithLarge(size: number): readonly number[] {
    if (this.large === null || this.large.size === 0) return this.counts;
    const counts: number[] = new Array<number>(size).fill(0);
    this.counts.forEach((n, id) => {
      counts[id] = n;
    });
    for (const rec of this.large) {
      for (let i = 0; i < rec.ids.length; i++) {
        const id = idAt(rec.ids, i);
        counts[id] = (counts[id] as number) + 1;
      }
    }
    return counts;
  }

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
    const ids = rec.ids;
    if (!this.countsEvery && ids.length > MAX_CROSS_COUNTED_IDS) {
      if (sign > 0) (this.large ??= new Set()).add(rec);
      else this.large?.delete(rec);
      return;
    }
    const counts = this.counts;
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
