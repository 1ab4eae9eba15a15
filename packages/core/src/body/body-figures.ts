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
/** Five sums per region in one array: count, intensity sum and count, weight sum and count. */
const FIELDS = 5;

/** The sums of some glimmers (a day's, or a range's): what the figures are worked out from. */
interface Sums {
  /** Region i's sums at i * FIELDS: count, intensitySum, intensityCount, weightSum, weightCount. */
  readonly values: Float64Array;
  placed: number;
  /** Entries naming no region → glimmers naming them (`null` while there is none). */
  elsewhere: Map<string, number> | null;
}

function newSums(): Sums {
  return { values: new Float64Array(BODY_REGIONS.length * FIELDS), placed: 0, elsewhere: null };
}

/** Adds one glimmer to `into`; `bitsOf` keeps each distinct entry's regions as bits (head is bit 0). */
function addGlimmer(into: Sums, g: Glimmer, bitsOf: Map<string, number>): void {
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
    if (b === 0 && body.indexOf(entry) === k) {
      into.elsewhere ??= new Map();
      into.elsewhere.set(entry, (into.elsewhere.get(entry) ?? 0) + 1);
    }
    bits |= b;
  }
  if (bits === 0) return;
  into.placed += 1;
  const v = into.values;
  for (let i = 0; i < BODY_REGIONS.length; i++) {
    if ((bits & (1 << i)) === 0) continue;
    const at = i * FIELDS;
    v[at] = (v[at] as number) + 1;
    if (typeof g.intensity === 'number') {
      v[at + 1] = (v[at + 1] as number) + g.intensity;
      v[at + 2] = (v[at + 2] as number) + 1;
    }
    if (typeof g.weight === 'number') {
      v[at + 3] = (v[at + 3] as number) + g.weight;
      v[at + 4] = (v[at + 4] as number) + 1;
    }
  }
}

/** Adds one set of sums to another: a day's into its month's, a month's into the range's total. */
function addSums(into: Sums, day: Sums): void {
  if (day.placed === 0 && day.elsewhere === null) return;
  into.placed += day.placed;
  const v = into.values;
  const w = day.values;
  for (let i = 0; i < v.length; i++) v[i] = (v[i] as number) + (w[i] as number);
  if (day.elsewhere === null) return;
  into.elsewhere ??= new Map();
  for (const [entry, n] of day.elsewhere) into.elsewhere.set(entry, (into.elsewhere.get(entry) ?? 0) + n);
}

/** A day's sums, of its entries that pass the filters. */
function daySums(entries: readonly IndexEntry[], options: BodyFiguresOptions, bitsOf: Map<string, number>): Sums {
  const sums = newSums();
  const filtered = (options.themes !== undefined && options.themes.length > 0) || (options.moment !== undefined && options.moment !== '');
  for (const entry of entries) if (entry.glimmer.body.length > 0 && (!filtered || matchesRevisitFilter(entry.glimmer, options))) addGlimmer(sums, entry.glimmer, bitsOf);
  return sums;
}

function figuresOf(sums: Sums): BodyMapFigures {
  const v = sums.values;
  const at = (i: number): number => v[i] as number;
  const elsewhere = sums.elsewhere === null ? [] : [...sums.elsewhere].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return {
    regions: BODY_REGIONS.map((r, i) => {
      const k = i * FIELDS;
      const s = { count: at(k), intensitySum: at(k + 1), intensityCount: at(k + 2), weightSum: at(k + 3), weightCount: at(k + 4) };
      return {
        region: r.id, ...s,
        meanIntensity: s.intensityCount > 0 ? s.intensitySum / s.intensityCount : null,
        meanWeight: s.weightCount > 0 ? s.weightSum / s.weightCount : null,
      };
    }),
    placed: sums.placed,
    elsewhere: Object.fromEntries(elsewhere),
  };
}

function rangeOf(options: BodyFiguresOptions): DayRange {
  const range: DayRange = {};
  if (options.from !== undefined) range.from = options.from;
  if (options.to !== undefined) range.to = options.to;
  return range;
}

/**
 * The body map's figures for the glimmers of `source` in the range that pass the filters. One pass
 * over the range; each distinct entry is read by {@link bodyRegionsOf} once.
 *
 * @example
 * bodyMapFigures(index, { from: '2026-01-01', to: '2026-03-31' }).regions[4]; // the chest's figures
 */
export function bodyMapFigures(source: RevisitSource, options: BodyFiguresOptions = {}): BodyMapFigures {
  const total = newSums();
  const bitsOf = new Map<string, number>();
  // Day by day into each month's sums, then month by month into the total: the order BodyFiguresMemo keeps.
  let month = '';
  let sums: Sums | null = null;
  source.forEachDay((day, entries) => {
    if (sums === null || day.slice(0, 7) !== month) {
      if (sums !== null) addSums(total, sums);
      sums = newSums();
      month = day.slice(0, 7);
    }
    addSums(sums, daySums(entries, options, bitsOf));
  }, rangeOf(options));
  if (sums !== null) addSums(total, sums);
  return figuresOf(total);
}

/** Whether the range holds every day of `month` (`YYYY-MM`), so the month's kept sums stand for it. */
function wholeMonth(range: DayRange, month: string): boolean {
  return (range.from === undefined || range.from <= `${month}-01`) && (range.to === undefined || range.to.slice(0, 7) > month);
}

/** A source of glimmers by day that says which days changed since a revision (`GlimmerIndex` is one). */
export interface ChangingDaySource extends RevisitSource {
  /** Grows with every change to the glimmers. */
  readonly revision: number;
  /** The days changed since `revision`, or `null` when it cannot tell (then everything is worked out again). */
  changedDaysSince(revision: number): readonly string[] | null;
}

/**
 * {@link bodyMapFigures} for a view drawn again and again from one index (the dashboard after each
 * save): it keeps each day's sums and works out again only the days whose glimmers changed since
 * the last call, and each whole month's sums, so a redraw after one save adds up a year as twelve
 * months or so instead of reading every glimmer of it. The figures are the same as `bodyMapFigures`
 * gives, to the last bit: both add the days into months and the months into the total, in the same
 * order. Belongs to its one view (no shared state); other filters start it afresh.
 */
export class BodyFiguresMemo {
  private source: ChangingDaySource | null = null;
  private revision = 0;
  private key = '';
  private readonly days = new Map<string, Sums>();
  /** `YYYY-MM` → the sums of all its days (kept only for months a range held whole). */
  private readonly months = new Map<string, Sums>();
  private readonly bitsOf = new Map<string, number>();
  /** Kept for every day with nothing on the map, so those days cost no memory of their own. */
  private readonly nothing = newSums();

  /** The figures for `options`, as {@link bodyMapFigures} gives them. */
  figures(source: ChangingDaySource, options: BodyFiguresOptions = {}): BodyMapFigures {
    const key = JSON.stringify([options.themes ?? [], options.moment ?? '']);
    const changed = source === this.source && key === this.key ? source.changedDaysSince(this.revision) : null;
    if (changed === null) {
      this.days.clear();
      this.months.clear();
    } else {
      for (const day of changed) {
        this.days.delete(day);
        this.months.delete(day.slice(0, 7));
      }
    }
    this.source = source;
    this.key = key;
    this.revision = source.revision;
    const range = rangeOf(options);
    const total = newSums();
    // The month being added up: its kept sums (its days are then passed over), or its days' sums so far.
    let month = '';
    let sums: Sums | null = null;
    let kept = false;
    const close = (): void => {
      if (sums === null) return;
      addSums(total, sums);
      if (!kept && wholeMonth(range, month)) this.months.set(month, sums);
    };
    source.forEachDay((day, entries) => {
      if (sums === null || day.slice(0, 7) !== month) {
        close();
        month = day.slice(0, 7);
        const whole = wholeMonth(range, month) ? this.months.get(month) : undefined;
        kept = whole !== undefined;
        sums = whole ?? newSums();
      }
      if (!kept) addSums(sums, this.daySums(day, entries, options));
    }, range);
    close();
    return figuresOf(total);
  }

  /** A day's sums, kept (days with nothing on the map share one empty record). */
  private daySums(day: string, entries: readonly IndexEntry[], options: BodyFiguresOptions): Sums {
    let sums = this.days.get(day);
    if (sums === undefined) {
      sums = daySums(entries, options, this.bitsOf);
      if (sums.placed === 0 && sums.elsewhere === null) sums = this.nothing;
      this.days.set(day, sums);
    }
    return sums;
  }
}
