/**
 * `GlimmerIndex`: an in-memory, incremental index of a vault's glimmers, keyed by note path.
 * The plugin feeds it one note at a time from Obsidian's metadata cache; the CLI feeds it from
 * files it has read. Every change updates only the buckets of the one glimmer it touches.
 */
import type { Glimmer, Issue } from '../format/types.ts';
import type { AttemptedEntry, IndexAggregates, IndexEntry, IndexQuery } from './index-query.ts';
import { Categories, MOMENT, Slice, THEME, idAt, lowerBound, upperBound } from './index-buckets.ts';
import { dayNumber, isoWeek, isoWeekStart } from '../calendar/calendar.ts';
import type { DayNode, Rec } from './index-buckets.ts';
import { runQuery } from './index-aggregate.ts';

/** How many recent additions and removals {@link GlimmerIndex.changedUpTo} can look back over. */
const CHANGE_LOG = 256;

/** Code-unit order, the same on every machine (unlike `localeCompare`). */
function byPath(a: { path: string }, b: { path: string }): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/**
 * An incremental index of glimmers and attempted glimmers, keyed by path.
 *
 * A path holds at most one thing: a glimmer ({@link GlimmerIndex.set}) or an attempted glimmer
 * with its issues ({@link GlimmerIndex.setAttempted}); setting one replaces the other.
 * Glimmers handed to the index are kept by reference and must not be changed afterwards
 * (set a new object instead). Queries return fresh objects the caller may keep or change.
 *
 * @example
 * const index = new GlimmerIndex();
 * index.set('Glimmers/2026-03-04.md', glimmer);
 * const week = index.query({ from: '2026-03-02', to: '2026-03-08' });
 * week.count; // 1
 */
export class GlimmerIndex {
  private readonly records = new Map<string, Rec>();
  private readonly attemptedByPath = new Map<string, Issue[]>();
  /** Day → its ISO week and its glimmers (removal scans one day: a handful of entries). */
  private readonly dayNodes = new Map<string, DayNode>();
  private readonly categories = new Categories();
  private readonly root = new Slice(0, true);
  /** Categorical id (of a theme or moment) → the slice of glimmers having it. */
  private readonly slices: (Slice | undefined)[] = [];
  /** Categorical id → its slice's slot in every day node (kept when the slice empties, for reuse). */
  private readonly slots: number[] = [];
  private nextSlot = 1;
  /** How many times a glimmer was added or removed (a change is a removal and an addition). */
  private changes = 0;
  /** The days of the last {@link CHANGE_LOG} additions and removals, as a ring (change n at n % CHANGE_LOG). */
  private readonly changeDays: string[] = [];
  /** How many times an attempted glimmer was recorded or dropped. */
  private attemptedChanges = 0;

  /** How many glimmers (not attempted glimmers) the index holds. */
  get size(): number {
    return this.records.size;
  }

  /** Adds or replaces the glimmer at `path`, dropping any attempted glimmer recorded there. */
  set(path: string, glimmer: Glimmer): void {
    this.remove(path);
    if (this.attemptedByPath.size > 0 && this.attemptedByPath.delete(path)) this.attemptedChanges += 1;
    const rec: Rec = { path, glimmer, ids: this.categories.idsOf(glimmer) };
    this.records.set(path, rec);
    this.apply(rec, 1);
  }

  /**
   * Records that the note at `path` means to be a glimmer (`type: glimmer`) but has errors.
   * It replaces any glimmer at `path`, so a note that becomes invalid stops being counted.
   */
  setAttempted(path: string, issues: readonly Issue[]): void {
    this.remove(path);
    this.attemptedByPath.set(path, issues.map((i) => ({ ...i })));
    this.attemptedChanges += 1;
  }

  /** Forgets whatever is recorded at `path`. Returns whether there was anything. */
  delete(path: string): boolean {
    const had = this.remove(path);
    if (!this.attemptedByPath.delete(path)) return had;
    this.attemptedChanges += 1;
    return true;
  }

  /**
   * Moves what is recorded at `from` to `to` (a renamed or moved note), replacing anything at `to`.
   * Does nothing when `from` holds nothing or equals `to`.
   */
  rename(from: string, to: string): void {
    if (from === to) return;
    const glimmer = this.records.get(from)?.glimmer;
    const issues = this.attemptedByPath.get(from);
    if (glimmer) {
      this.delete(from);
      this.set(to, glimmer);
    } else if (issues) {
      this.delete(from);
      this.setAttempted(to, issues);
    }
  }

  /** The glimmer at `path`, or `undefined` (also for an attempted glimmer). */
  get(path: string): Glimmer | undefined {
    return this.records.get(path)?.glimmer;
  }

  /** The issues of the attempted glimmer at `path`, or `undefined` when there is none. */
  getAttempted(path: string): Issue[] | undefined {
    const issues = this.attemptedByPath.get(path);
    return issues ? issues.map((i) => ({ ...i })) : undefined;
  }

  /** Whether `path` holds a glimmer or an attempted glimmer. */
  has(path: string): boolean {
    return this.records.has(path) || this.attemptedByPath.has(path);
  }

  /**
   * A number that grows whenever an attempted glimmer is recorded, replaced or dropped (see
   * {@link attempted}): what is worked out from that list can be kept while it stays the same.
   */
  get attemptedRevision(): number {
    return this.attemptedChanges;
  }

  /** Every attempted glimmer with its issues, sorted by path. */
  attempted(): AttemptedEntry[] {
    return [...this.attemptedByPath].map(([path, issues]) => ({ path, issues: issues.map((i) => ({ ...i })) })).sort(byPath);
  }

  /** Every glimmer with its path, sorted by path. */
  entries(): IndexEntry[] {
    return [...this.records.values()].map(({ path, glimmer }) => ({ path, glimmer })).sort(byPath);
  }

  /**
   * Every theme and moment used by at least one glimmer, with its count, most used first:
   * what a filter menu offers.
   */
  facets(): { themes: Record<string, number>; moments: Record<string, number> } {
    const themes: [string, number][] = [];
    const moments: [string, number][] = [];
    const { kindOf, valueOf } = this.categories;
    this.root.counts.forEach((n, id) => {
      if (n > 0 && kindOf[id] === THEME) themes.push([valueOf[id] as string, n]);
      else if (n > 0 && kindOf[id] === MOMENT) moments.push([valueOf[id] as string, n]);
    });
    const order = (a: [string, number], b: [string, number]): number => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
    return { themes: Object.fromEntries(themes.sort(order)), moments: Object.fromEntries(moments.sort(order)) };
  }

  /**
   * A number that grows with every change to the glimmers (added, replaced, removed, moved): keep
   * it with something worked out from the index, and ask {@link changedUpTo} later whether that
   * still holds. Attempted glimmers do not count.
   */
  get revision(): number {
    return this.changes;
  }

  /**
   * Whether a glimmer of `day` or an earlier day was added, replaced or removed since `revision`
   * (see {@link revision}): what someone keeps about older glimmers only (the glimmers to revisit,
   * which are at least two weeks old) is still right when this is `false`. Looks at the changes
   * since `revision` only; further back than the last 256 additions and removals it says `true`.
   */
  changedUpTo(day: string, revision: number): boolean {
    const days = this.changedDaysSince(revision);
    // Further back than the log reaches: say "changed", so the caller works it out again.
    return days === null || days.some((d) => d <= day);
  }

  /**
   * The days of the glimmers added, replaced or removed since `revision` (see {@link revision}),
   * oldest change first, a day once per change; `null` when that is further back than the last 256
   * additions and removals (work everything out again). Lets a caller that keeps something per day
   * (the body map's sums) work out again only the days that changed.
   */
  changedDaysSince(revision: number): string[] | null {
    if (!Number.isInteger(revision) || this.changes - revision > CHANGE_LOG) return null;
    if (revision >= this.changes) return [];
    const days: string[] = [];
    for (let n = Math.max(0, revision); n < this.changes; n++) days.push(this.changeDays[n % CHANGE_LOG] as string);
    return days;
  }

  /** The first and last calendar day with a glimmer, or `null` when there is none. */
  span(): { first: string; last: string } | null {
    const order = this.root.ordered();
    const first = order[0];
    const last = order[order.length - 1];
    return first !== undefined && last !== undefined ? { first, last } : null;
  }

  /**
   * Calls `visit` for each day in `range` (both ends inclusive) that has glimmers, oldest first,
   * with that day's entries in no particular order. The array is the index's own: read it, never
   * keep or change it. This makes the index a `RevisitSource` (see `revisit/`).
   */
  forEachDay(visit: (day: string, entries: readonly IndexEntry[]) => void, range: { from?: string; to?: string } = {}): void {
    const days = this.root.ordered();
    const end = range.to === undefined ? days.length : upperBound(days, range.to);
    for (let i = range.from === undefined ? 0 : lowerBound(days, range.from); i < end; i++) {
      const node = this.dayNodes.get(days[i] as string);
      if (node && node.recs.length > 0) visit(node.day, node.recs);
    }
  }

  /**
   * Aggregates over the glimmers in a day range, optionally filtered by theme and moment.
   * Answered from day and month buckets; never throws.
   */
  query(q: IndexQuery = {}): IndexAggregates {
    return runQuery({ root: this.root, slices: this.slices, categories: this.categories, dayNodes: this.dayNodes }, q ?? {});
  }

  /** Removes the glimmer at `path` from every bucket; returns whether there was one. */
  private remove(path: string): boolean {
    const old = this.records.get(path);
    if (!old) return false;
    this.apply(old, -1);
    this.records.delete(path);
    return true;
  }

  private apply(rec: Rec, sign: 1 | -1): void {
    const day = rec.glimmer.day;
    this.changeDays[this.changes % CHANGE_LOG] = day;
    this.changes += 1;
    let node = this.dayNodes.get(day);
    if (!node) {
      if (sign < 0) return;
      // A day that is not in the calendar (only from hand-built data) has no week; it never throws.
      const num = dayNumber(day);
      node = { day, num: num ?? 0, week: num !== null ? isoWeek(day) : '', weekStart: num !== null ? isoWeekStart(day) : '', recs: [], stats: [] };
      this.dayNodes.set(day, node);
    }
    if (sign > 0) node.recs.push(rec);
    else {
      const at = node.recs.indexOf(rec);
      if (at >= 0) node.recs.splice(at, 1);
    }
    this.root.apply(rec, node, sign);
    const kindOf = this.categories.kindOf;
    const ids = rec.ids;
    for (let i = 0; i < ids.length; i++) {
      const id = idAt(ids, i);
      // One slice per theme and per moment, so a filtered query is a bucket sum too.
      if (kindOf[id] !== THEME && kindOf[id] !== MOMENT) continue;
      let slice = this.slices[id];
      if (!slice) {
        if (sign < 0) continue;
        slice = new Slice((this.slots[id] ??= this.nextSlot++));
        this.slices[id] = slice;
      }
      slice.apply(rec, node, sign);
      if (slice.empty) this.slices[id] = undefined;
    }
    // The node (and its cached week) stays while the day has glimmers.
    if (node.recs.length === 0) this.dayNodes.delete(day);
  }
}
