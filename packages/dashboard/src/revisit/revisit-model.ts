/**
 * The revisit panel's part of the view model: today's glimmers worth rereading and "On this day",
 * chosen by core's one revisit rule (`revisitWindow`, `onThisDayEntries`). Cheap on a vault of years:
 * one pass over the index's days, never a sort of every glimmer.
 */
import { agoInWords, lastRevisitDay, onThisDayEntries, revisitOrder, revisitText, type GlimmerIndex, type IndexEntry, type IndexQuery, type RevisitOptions } from '@glimmers/core';
import { longDate, themeLabel } from '../words.ts';

/** The words a glimmer offers to reread and the heading they were written under. */
export interface RevisitWords {
  heading: string;
  text: string;
}

/** One glimmer the revisit panel may show. */
export interface RevisitItem {
  path: string;
  day: string;
  /** "4 March 2025". */
  dateLabel: string;
  /** "From 4 March 2025", "On this day, a year ago", "On this day, a month ago". */
  reason: string;
  /** For "On this day" glimmers: "A year ago", "2 years ago", "A month ago". */
  ago?: string;
  /** The note's `# Title`, when known. */
  title?: string;
  /** Theme labels. */
  themes: string[];
  /**
   * Its words when the note's body was read; absent when only its frontmatter was (the plugin):
   * the panel then asks `handlers.loadRevisitText` and moves on when there are none.
   */
  text?: RevisitWords;
}

/** What the revisit panel shows: a stretch of today's order, and "On this day". */
export interface RevisitModel {
  /** Glimmers to offer, in order (those known to have no words are already left out). */
  items: RevisitItem[];
  /** Position in today's order where `items` begin. */
  start: number;
  /** Position just after the last glimmer looked at: where "Show another" continues. */
  next: number;
  /** Whether today's order goes on after `next`. */
  more: boolean;
  /** Whether any glimmer is old enough (written more than two weeks ago) to be offered, with the filters. */
  any: boolean;
  /** Whether some glimmers were passed over because their words were not read and cannot be (a page exported without text). */
  unread: boolean;
  /** Glimmers from today's date a year (or more) or a month ago, best first. */
  onThisDay: RevisitItem[];
}

/** What {@link buildRevisitModel} needs from the dashboard's options. */
export interface RevisitModelOptions {
  today: string;
  theme?: string;
  moment?: string;
  /** Where in today's order to start (after "Show another" went past the glimmers offered). Default 0. */
  revisitFrom?: number;
  themeLabels?: Record<string, string>;
  /** Whether the host reads a note's words on demand (see `DashboardOptions.loadsWords`). */
  loadsWords?: boolean;
  /** Whether the glimmers were read with their words (see `DashboardOptions.textIncluded`); `false`: none were. */
  textIncluded?: boolean;
}

/** How many glimmers the model offers at a time; "Show another" asks for more after the last. */
export const REVISIT_BATCH = 20;
const ON_THIS_DAY_MAX = 5;

/** The item for an entry; `null` when its words are known to be none, `'unread'` when they are unknown and cannot be read. */
function item(entry: IndexEntry, reason: string | null, options: RevisitModelOptions): RevisitItem | null | 'unread' {
  const g = entry.glimmer;
  // No sections at all: only the frontmatter was read (Obsidian's cache), so the words are unknown,
  // unless the glimmers were read with their words (then it has none).
  const known = g.sections.length > 0 || options.textIncluded === true;
  if (!known && options.loadsWords !== true) return 'unread';
  const words = known ? revisitText(g) : null;
  if (known && words === null) return null;
  const dateLabel = longDate(g.day);
  const out: RevisitItem = { path: entry.path, day: g.day, dateLabel, reason: reason ?? `From ${dateLabel}`, themes: g.themes.map((t) => themeLabel(t, options.themeLabels)) };
  if (typeof g.title === 'string' && g.title.trim() !== '') out.title = g.title;
  if (words !== null) out.text = words;
  return out;
}

/** Walks today's order from `from`, keeping up to a batch of glimmers with words (or words still to read). */
function walk(model: RevisitModel, index: GlimmerIndex, filter: RevisitOptions, from: number, options: RevisitModelOptions): void {
  model.start = from;
  model.next = from;
  model.items = [];
  model.more = false;
  for (const { entry, position } of revisitOrder(index, filter, from)) {
    if (model.items.length >= REVISIT_BATCH) {
      model.more = true;
      return;
    }
    model.any = true;
    model.next = position + 1;
    const found = item(entry, null, options);
    if (found === 'unread') model.unread = true;
    else if (found) model.items.push(found);
  }
}

/**
 * Today's glimmers worth rereading from `revisitFrom` on (going back to the start after the end),
 * and "On this day". Pure: the same index and options give the same model all day. Glimmers known
 * to have no words are passed over here; the walk goes on until a batch has words or the order ends.
 */
export function buildRevisitModel(index: GlimmerIndex, options: RevisitModelOptions): RevisitModel {
  const filter: RevisitOptions = { today: options.today };
  if (typeof options.theme === 'string' && options.theme !== '') filter.themes = [options.theme];
  if (typeof options.moment === 'string' && options.moment !== '') filter.moment = options.moment;
  const wanted = Number.isInteger(options.revisitFrom) && (options.revisitFrom as number) > 0 ? (options.revisitFrom as number) : 0;
  const model: RevisitModel = { items: [], start: 0, next: 0, more: false, any: false, unread: false, onThisDay: [] };
  if (options.loadsWords !== true && options.textIncluded === false) {
    // No words to read and none read (a page exported without note text): nothing can be offered,
    // so the order is not walked (a vault of years would be walked to its end for nothing).
    const last = lastRevisitDay(options.today);
    const older: IndexQuery = { to: last ?? '', recentLimit: 0, counts: false, periods: false };
    if (filter.themes) older.themes = [...filter.themes];
    if (filter.moment !== undefined) older.moment = filter.moment;
    model.any = last !== null && index.query(older).count > 0;
    model.unread = model.any;
    return model;
  }
  walk(model, index, filter, wanted, options);
  // Nothing left after where "Show another" asked (the order may have shrunk): from the start again.
  if (wanted > 0 && model.items.length === 0 && !model.more) walk(model, index, filter, 0, options);
  for (const found of onThisDayEntries(index, filter)) {
    const ago = agoInWords(found.ago);
    const shown = item(found.entry, `On this day, ${ago}`, options);
    if (shown !== null && shown !== 'unread') model.onThisDay.push({ ...shown, ago: `${ago.slice(0, 1).toUpperCase()}${ago.slice(1)}` });
    if (model.onThisDay.length >= ON_THIS_DAY_MAX) break;
  }
  return model;
}
