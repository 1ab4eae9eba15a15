/**
 * The body map panel's part of the view model: core's figures per region (`bodyMapFigures`) put
 * into words, with each region's shade on the figure (by how often it was noted).
 */
import { BODY_REGIONS, bodyMapFigures, type BodyFiguresMemo, type BodyFiguresOptions, type BodyRegionId, type GlimmerIndex } from '@glimmers/core';
import { glimmers, oneDecimal } from './words.ts';

/** One region of the body map, as the panel shows it. */
export interface BodyRegionRow {
  id: BodyRegionId;
  /** The region's word: "chest", "face and jaw". */
  word: string;
  /** Glimmers that noted it. */
  count: number;
  meanIntensity: number | null;
  meanWeight: number | null;
  /** Its shade on the figure: 0 (not noted) to 4 (the most often noted). */
  level: number;
  /** "chest: 12 glimmers, mean intensity 3.8, mean weight 2.1": the region's accessible name and tooltip. */
  label: string;
}

/** The body map panel. */
export interface BodyMapModel {
  title: string;
  /** All twelve regions, head to feet. */
  regions: BodyRegionRow[];
  /** The regions noted in the range, most often first (ties head to feet). */
  noted: BodyRegionRow[];
  /** Glimmers of the range with a place on the map. */
  placed: number;
  /** Body words that name no place on the map, most often first (at most {@link ELSEWHERE_SHOWN}). */
  elsewhere: { word: string; count: number }[];
  /** How many more such words there are. */
  elsewhereMore: number;
  /** One sentence about the figure, for its accessible name and the table's caption. */
  caption: string;
  emptyText: string;
}

/** How many body words off the map the panel names. */
export const ELSEWHERE_SHOWN = 5;

/** The words of a mean, or what stands in for it. */
function mean(what: string, value: number | null): string {
  return value === null ? `no ${what} noted` : `mean ${what} ${oneDecimal(value)}`;
}

/** A shade 0-4 by how often a region was noted, against the most noted one. */
function level(count: number, max: number): number {
  return count === 0 || max === 0 ? 0 : Math.max(1, Math.ceil((count / max) * 4));
}

/** The body map for the glimmers of a range that pass the filters (through `memo` when the view keeps one). */
export function buildBodyMap(index: GlimmerIndex, options: BodyFiguresOptions, rangeLabel: string, memo?: BodyFiguresMemo): BodyMapModel {
  const figures = memo !== undefined ? memo.figures(index, options) : bodyMapFigures(index, options);
  const max = Math.max(0, ...figures.regions.map((r) => r.count));
  const regions: BodyRegionRow[] = figures.regions.map((r, i) => {
    const word = BODY_REGIONS[i]?.word ?? r.region;
    const label = r.count === 0
      ? `${word}: not noted in this range`
      : `${word}: ${glimmers(r.count)}, ${mean('intensity', r.meanIntensity)}, ${mean('weight', r.meanWeight)}`;
    return { id: r.region, word, count: r.count, meanIntensity: r.meanIntensity, meanWeight: r.meanWeight, level: level(r.count, max), label };
  });
  const noted = regions.filter((r) => r.count > 0).sort((a, b) => b.count - a.count);
  const off = Object.entries(figures.elsewhere).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const range = rangeLabel.charAt(0).toLowerCase() + rangeLabel.slice(1);
  const caption = noted.length === 0
    ? `Nothing on the body map for ${range}.`
    : `Where glimmers were felt in the body, ${range}: ${noted.slice(0, 3).map((r) => `${r.word} (${glimmers(r.count)})`).join(', ')}${noted.length > 3 ? ` and ${noted.length - 3} more places` : ''}.`;
  return {
    title: 'Where it landed in the body',
    regions,
    noted,
    placed: figures.placed,
    elsewhere: off.slice(0, ELSEWHERE_SHOWN).map(([word, count]) => ({ word, count })),
    elsewhereMore: Math.max(0, off.length - ELSEWHERE_SHOWN),
    caption,
    emptyText: 'Nothing noted about the body in this range.',
  };
}
