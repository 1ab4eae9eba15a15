/**
 * The body map's figures: for each region, how many glimmers noted it and the mean intensity and
 * mean weight of those glimmers (light beside weight), read through {@link bodyRegionsOf}. One rule
 * for the dashboard's body map (pane, code block, exported page) and anything else that counts places.
 */
import type { Glimmer } from '../format/types.ts';
import type { IndexEntry } from '../index/index-query.ts';
import { matchesRevisitFilter } from '../revisit/revisit-order.ts';
import type { DayRange, RevisitSource } from '../revisit/revisit-source.ts';
import { bodyRegionsOf } from './body-regions-of.ts';
import { BODY_REGIONS, type BodyRegionId } from './regions.ts';

/** One region's figures. Sums travel with the means, so figures can be combined exactly. */
export interface BodyRegionFigures {
  region: BodyRegionId;
  /** Glimmers with at least one `body` entry naming this region (each glimmer once). */
  count: number;
  intensitySum: number;
  intensityCount: number;
  weightSum: number;
  weightCount: number;
  /** Mean intensity of those glimmers that have one, or `null`. */
  meanIntensity: number | null;
  /** Mean weight of those glimmers that have one, or `null`. */
  meanWeight: number | null;
}

/** The figures of every region, and the `body` entries that name no region. */
export interface BodyMapFigures {
  /** All twelve regions, head to feet (regions nobody noted have a count of 0). */
  regions: BodyRegionFigures[];
  /** Glimmers with at least one entry on the map. */
  placed: number;
  /** Entries naming no region (`everywhere`, `tingling`), as written, with how many glimmers noted each. */
  elsewhere: Record<string, number>;
}

/** Which glimmers to count: a day range (both ends inclusive) and the dashboard's filters. */
export interface BodyFiguresOptions extends DayRange {
  /** Only glimmers with at least one of these themes (none given: every theme). */
  themes?: readonly string[];
  /** Only glimmers written at this moment. */
  moment?: string;
}

const ORDER: ReadonlyMap<BodyRegionId, number> = new Map(BODY_REGIONS.map((r, i) => [r.id, i]));

/**
 * The body map's figures for the glimmers of `source` in the range that pass the filters. One pass
 * over the range; each distinct entry is read by {@link bodyRegionsOf} once.
 *
 * @example
 * bodyMapFigures(index, { from: '2026-01-01', to: '2026-03-31' }).regions[4]; // the chest's figures
 */
export function bodyMapFigures(source: RevisitSource, options: BodyFiguresOptions = {}): BodyMapFigures {
  const sums = BODY_REGIONS.map(() => ({ count: 0, intensitySum: 0, intensityCount: 0, weightSum: 0, weightCount: 0 }));
  const elsewhere = new Map<string, number>();
  /** Each distinct entry's regions as bits (head is bit 0), read once. */
  const bitsOf = new Map<string, number>();
  let placed = 0;
  const count = (g: Glimmer): void => {
    let bits = 0;
    const body = g.body;
    for (let k = 0; k < body.length; k++) {
      const entry = body[k] as string;
      let b = bitsOf.get(entry);
      if (b === undefined) {
        b = 0;
        for (const id of bodyRegionsOf(entry)) b |= 1 << (ORDER.get(id) ?? 0);
        bitsOf.set(entry, b);
      }
      // An entry off the map counts once per glimmer, however often the glimmer names it.
      if (b === 0 && body.indexOf(entry) === k) elsewhere.set(entry, (elsewhere.get(entry) ?? 0) + 1);
      bits |= b;
    }
    if (bits === 0) return;
    placed += 1;
    for (let i = 0; i < sums.length; i++) {
      if ((bits & (1 << i)) === 0) continue;
      const s = sums[i] as (typeof sums)[number];
      s.count += 1;
      if (typeof g.intensity === 'number') {
        s.intensitySum += g.intensity;
        s.intensityCount += 1;
      }
      if (typeof g.weight === 'number') {
        s.weightSum += g.weight;
        s.weightCount += 1;
      }
    }
  };
  const range: DayRange = {};
  if (options.from !== undefined) range.from = options.from;
  if (options.to !== undefined) range.to = options.to;
  const filtered = (options.themes !== undefined && options.themes.length > 0) || (options.moment !== undefined && options.moment !== '');
  source.forEachDay((_, entries: readonly IndexEntry[]) => {
    for (const entry of entries) if (entry.glimmer.body.length > 0 && (!filtered || matchesRevisitFilter(entry.glimmer, options))) count(entry.glimmer);
  }, range);
  return {
    regions: BODY_REGIONS.map((r, i) => {
      const s = sums[i] as (typeof sums)[number];
      return {
        region: r.id, ...s,
        meanIntensity: s.intensityCount > 0 ? s.intensitySum / s.intensityCount : null,
        meanWeight: s.weightCount > 0 ? s.weightSum / s.weightCount : null,
      };
    }),
    placed,
    elsewhere: Object.fromEntries(elsewhere),
  };
}
