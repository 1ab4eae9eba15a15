/**
 * The order in which past glimmers are offered for rereading on a given day. One rule, used by the
 * dashboard, the "Revisit a glimmer" command, the closing card after a heavy save and the tests.
 *
 * - Only glimmers from before the last {@link REVISIT_QUIET_DAYS} days: recent ones are still fresh.
 * - Glimmers that filled the person up come first (see {@link revisitTier}).
 * - Within a tier the order is shuffled by a seed taken from the date, so it is the same all day
 *   (the pane does not flicker when it redraws) and different tomorrow. Each glimmer's place comes
 *   from its own day and path only, so writing a new glimmer never reshuffles the old ones.
 * - One glimmer per day comes before a second one from any day, so "Show another" moves between days.
 *
 * Whether a glimmer has words to reread is not decided here (the plugin learns it only by reading
 * the note); {@link nextRevisit} in `revisit.ts` skips the ones without.
 */
import { addDays, dayNumber } from '../calendar/calendar.ts';
import type { Glimmer } from '../format/types.ts';
import type { IndexEntry } from '../index/index-query.ts';
import type { RevisitSource } from './revisit-source.ts';

/** Glimmers written in this many days before today (today included) are never offered. */
export const REVISIT_QUIET_DAYS = 14;

/** What to choose from, and for which day. */
export interface RevisitOptions {
  /** Today's calendar day (`YYYY-MM-DD`, the person's local day); it seeds the order. */
  today: string;
  /** Only glimmers with at least one of these themes (none given: every theme). */
  themes?: readonly string[];
  /** Only glimmers written at this moment. */
  moment?: string;
}

/** A stretch of the day's order: the entries at positions `start`, `start + 1`, ... */
export interface RevisitWindow {
  entries: IndexEntry[];
  start: number;
  /** Whether the stretch reached the end of today's order (nothing comes after its last entry). */
  end: boolean;
}

/**
 * How much a glimmer is worth rereading on a hard day, 0 first: 0 when it filled the person up
 * (intensity 4 or 5), 2 when it was faint (intensity 1 or 2) or mostly heavy (weight 4 or 5 with
 * no intensity given), 1 otherwise.
 */
export function revisitTier(glimmer: Glimmer): 0 | 1 | 2 {
  const { intensity, weight } = glimmer;
  if (typeof intensity === 'number') return intensity >= 4 ? 0 : intensity <= 2 ? 2 : 1;
  return typeof weight === 'number' && weight >= 4 ? 2 : 1;
}

/** The newest day a glimmer may be from to be offered on `today`, or `null` when `today` is not a real day. */
export function lastRevisitDay(today: string): string | null {
  return addDays(today, -REVISIT_QUIET_DAYS);
}

/**
 * A 32-bit hash of `text` (FNV-1a, then the murmur3 finaliser so that every character moves every
 * bit), started from `seed`. Not for security: only a stable, well-spread shuffle key.
 */
export function revisitHash(text: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Whether a glimmer passes the theme and moment filters. */
export function matchesRevisitFilter(glimmer: Glimmer, options: Pick<RevisitOptions, 'themes' | 'moment'>): boolean {
  if (options.moment !== undefined && options.moment !== '' && glimmer.moment !== options.moment) return false;
  const themes = options.themes;
  if (themes !== undefined && themes.length > 0 && !glimmer.themes.some((t) => themes.includes(t))) return false;
  return true;
}

type Tier = 0 | 1 | 2;
const TIERS: readonly Tier[] = [0, 1, 2];

/** One day of the source, and what is worked out about it only when the walk reaches it. */
interface Day {
  day: string;
  entries: readonly IndexEntry[];
  /** Its shuffle key for today. */
  key: number;
  /** How many of its glimmers (passing the filters) are in each tier; `null` until first needed. */
  counts: [number, number, number] | null;
  /** Its glimmers of each tier in shuffled order (filled when needed). */
  byTier: (IndexEntry[] | undefined)[];
}

/** Code-unit order, the same on every machine. */
function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function countsOf(d: Day, options: RevisitOptions): [number, number, number] {
  if (d.counts !== null) return d.counts;
  const counts: [number, number, number] = [0, 0, 0];
  for (const entry of d.entries) if (matchesRevisitFilter(entry.glimmer, options)) counts[revisitTier(entry.glimmer)] += 1;
  d.counts = counts;
  return counts;
}

/** A day's glimmers of one tier, in their shuffled order (by path hash, then path). */
function tierEntries(d: Day, tier: Tier, options: RevisitOptions, seed: number): IndexEntry[] {
  const cached = d.byTier[tier];
  if (cached) return cached;
  const keyed = d.entries
    .filter((e) => matchesRevisitFilter(e.glimmer, options) && revisitTier(e.glimmer) === tier)
    .map((e) => ({ e, k: revisitHash(e.path, seed ^ 0x5bd1e995) }));
  keyed.sort((a, b) => a.k - b.k || byText(a.e.path, b.e.path));
  const list = keyed.map((x) => x.e);
  d.byTier[tier] = list;
  return list;
}

/** The eligible days in today's shuffled order (by day hash, ties by date). Reads no glimmer. */
function shuffledDays(source: RevisitSource, last: string, seed: number): Day[] {
  const days: Day[] = [];
  source.forEachDay((day, entries) => {
    days.push({ day, entries, key: revisitHash(day, seed), counts: null, byTier: [] });
  }, { to: last });
  // A key below 2^32 times 2^21 plus a position below 2^21 stays an exact double: one numeric sort.
  const packed = new Float64Array(days.length);
  days.forEach((d, i) => {
    packed[i] = d.key * 2_097_152 + i;
  });
  packed.sort();
  return Array.from(packed, (p) => days[p % 2_097_152] as Day);
}

/**
 * Today's order, from position `from` on, one glimmer at a time. Lazy: days are shuffled by their
 * date alone, and a day's glimmers are read only when the walk reaches it, so the first few cost a
 * few dozen days of a vault of years; the whole vault is read only when most of it is asked for.
 *
 * @example
 * for (const { entry, position } of revisitOrder(index, { today: '2026-06-26' })) { ... }
 */
export function* revisitOrder(source: RevisitSource, options: RevisitOptions, from = 0): Generator<{ entry: IndexEntry; position: number }> {
  const seed = dayNumber(options.today);
  const last = lastRevisitDay(options.today);
  if (seed === null || last === null) return;
  const days = shuffledDays(source, last, seed);
  let position = 0;
  for (const tier of TIERS) {
    // Round r holds, for each day with more than r glimmers of this tier, its (r+1)-th; an empty round ends the tier.
    for (let round = 0, emitted = true; emitted; round++) {
      emitted = false;
      for (const d of days) {
        if (countsOf(d, options)[tier] <= round) continue;
        emitted = true;
        if (position >= from) yield { entry: tierEntries(d, tier, options, seed)[round] as IndexEntry, position };
        position++;
      }
    }
  }
}

/**
 * The glimmers at positions `start` up to `start + count - 1` of today's order (fewer at its end),
 * taken from {@link revisitOrder}.
 *
 * @example
 * const first = revisitWindow(index, { today: '2026-06-26' }, 0, 5); // the five to offer first
 */
export function revisitWindow(source: RevisitSource, options: RevisitOptions, start: number, count: number): RevisitWindow {
  const from = Number.isFinite(start) && start > 0 ? Math.floor(start) : 0;
  const out: RevisitWindow = { entries: [], start: from, end: true };
  for (const { entry } of revisitOrder(source, options, from)) {
    if (out.entries.length >= count) {
      out.end = false;
      break;
    }
    out.entries.push(entry);
  }
  return out;
}

/** Whether any glimmer is old enough (and passes the filters) to be offered today. Cheap. */
export function hasRevisitCandidates(source: RevisitSource, options: RevisitOptions): boolean {
  return !revisitWindow(source, options, 0, 0).end;
}
