/**
 * The lists of the view model that name single glimmers: the glimmers of a selected day or week,
 * and the glimmers whose "What I'm carrying" line the carrying panel may show. Each item carries
 * a line of the note's own words when the glimmer was read in full (the exported page); from
 * Obsidian's cache only the frontmatter is known, so the renderer asks for the words on demand.
 */
import { addDays, STANDARD_SECTIONS, weekdayName, weekdayOf } from '@glimmers/core';
import type { GlimmerIndex, IndexEntry, IndexQuery } from '@glimmers/core';
import type { CarryingModel, DayModel, NoteItem, SelectedPeriod } from './model-types.ts';
import { CARRYING_LIMIT, DAY_LIST_LIMIT } from './model-types.ts';
import { longDate, momentLabel, themeLabel } from './words.ts';

/** The standard headings whose text the lists show. */
export const WITNESSED_HEADING = STANDARD_SECTIONS[0] ?? 'What I witnessed';
export const CARRYING_HEADING = STANDARD_SECTIONS[3] ?? "What I'm carrying";

type Filter = Pick<IndexQuery, 'themes' | 'moment'>;

/** "After a session · Hope sparked by a client · 1 more theme · intensity 4 · weight 2". */
export function metaOf(entry: IndexEntry, labels: Record<string, string> | undefined): string {
  const g = entry.glimmer;
  const meta: string[] = [];
  if (typeof g.moment === 'string') meta.push(momentLabel(g.moment));
  meta.push(...g.themes.slice(0, 2).map((t) => themeLabel(t, labels)));
  if (g.themes.length > 2) meta.push(`${g.themes.length - 2} more ${g.themes.length - 2 === 1 ? 'theme' : 'themes'}`);
  if (typeof g.intensity === 'number') meta.push(`intensity ${g.intensity}`);
  if (typeof g.weight === 'number') meta.push(`weight ${g.weight}`);
  return meta.join(' · ');
}

/**
 * The text of a section when the glimmer was read in full: a string, `null` when it has no such
 * section (or only an empty one), `undefined` when only its frontmatter was read.
 */
function knownText(entry: IndexEntry, heading: string, sectionText: (g: IndexEntry['glimmer'], heading: string) => string): string | null | undefined {
  const sections = entry.glimmer.sections;
  if (!Array.isArray(sections) || sections.length === 0) return undefined;
  const text = sectionText(entry.glimmer, heading);
  return text !== '' ? text : null;
}

/** Reads a section's text of a glimmer read in full (core's one rule). */
export type SectionReader = (glimmer: IndexEntry['glimmer'], heading: string) => string;

function item(entry: IndexEntry, labels: Record<string, string> | undefined, heading: string, read: SectionReader): NoteItem {
  const g = entry.glimmer;
  const dateLabel = longDate(g.day);
  const out: NoteItem = { path: entry.path, day: g.day, dateLabel, label: `Glimmer on ${dateLabel}`, meta: metaOf(entry, labels) };
  if (typeof g.title === 'string' && g.title.trim() !== '') out.title = g.title;
  const text = knownText(entry, heading, read);
  if (text !== undefined) out.text = text;
  return out;
}

/** The glimmers of the selected day or week (with the filters), newest first. */
export function buildDay(index: GlimmerIndex, selected: SelectedPeriod | undefined, filter: Filter, labels: Record<string, string> | undefined, read: SectionReader): DayModel | null {
  if (!selected || weekdayOf(selected.from) === null || weekdayOf(selected.to) === null || selected.from > selected.to) return null;
  const { from, to } = selected;
  const q = index.query({ from, to, ...filter, recentLimit: DAY_LIST_LIMIT, counts: false, periods: false });
  const kind = from === to ? 'day' : 'week';
  const label = kind === 'day' ? `${weekdayName(weekdayOf(from) as number)} ${longDate(from)}` : `Week of ${longDate(from)}`;
  return {
    from, to, kind, label, count: q.count,
    items: q.recent.map((e) => item(e, labels, WITNESSED_HEADING, read)),
    more: Math.max(0, q.count - q.recent.length),
  };
}

/** The range's newest glimmers, which the carrying panel reads for their "What I'm carrying" line. */
export function buildCarrying(index: GlimmerIndex, range: { from?: string; to?: string }, rangeLabel: string, filter: Filter, labels: Record<string, string> | undefined, read: SectionReader): CarryingModel {
  const q = index.query({ ...range, ...filter, recentLimit: CARRYING_LIMIT, counts: false, periods: false });
  return { rangeLabel, items: q.recent.map((e) => item(e, labels, CARRYING_HEADING, read)), more: Math.max(0, q.count - q.recent.length) };
}

/** The week (7 days from `start`) as a selected period. */
export function weekFrom(start: string): SelectedPeriod {
  return { from: start, to: addDays(start, 6) ?? start };
}
