/**
 * `buildDashboardModel`: from a `GlimmerIndex` and the dashboard's options to the plain view
 * model the renderer draws. It only asks the index (bucket sums), never walks every note.
 */
import { DEFAULT_THEME_IDS, MOMENTS, addDays, addMonths, isValidDay, sectionText, summarizeHistory } from '@glimmers/core';
import type { GlimmerIndex, IndexEntry, IndexQuery } from '@glimmers/core';
import type {
  AttentionItem, DashboardModel, DashboardOptions, FilterOption, FiltersModel, RangeOption, RecentItem, SummaryModel,
} from './model-types.ts';
import { buildBars, buildHeatmap, buildTrend } from './model-charts.ts';
import { buildBodyMap } from './model-body.ts';
import { buildCarrying, buildDay, metaOf } from './model-notes.ts';
import type { SectionReader } from './model-notes.ts';
import { buildRevisitModel } from './revisit/revisit-model.ts';
import { glimmers, longDate, momentLabel, noteName, themeLabel } from './words.ts';

/** A section's text of a glimmer read in full: core's one rule for finding a section by its heading. */
const readSection: SectionReader = sectionText;

interface ResolvedRange {
  /** For the index: `undefined` ends mean unbounded. */
  query: { from?: string; to?: string };
  /** For people: the first and last day shown. */
  from: string | null;
  to: string;
  label: string;
  range: RangeOption;
  notice?: string;
}

function resolveRange(range: RangeOption, today: string, span: { first: string; last: string } | null): ResolvedRange {
  const preset = (n: number, label: string, r: RangeOption): ResolvedRange => {
    const from = addDays(today, -(n - 1)) as string;
    return { query: { from, to: today }, from, to: today, label, range: r };
  };
  if (range === '30d') return preset(30, 'Last 30 days', range);
  if (range === '90d') return preset(90, 'Last 90 days', range);
  if (range === 'all') {
    const to = span && span.last > today ? span.last : today;
    return { query: {}, from: span ? (span.first < to ? span.first : to) : null, to, label: 'All time', range };
  }
  if (typeof range === 'object' && range !== null && isValidDay(range.from) && isValidDay(range.to)) {
    const [from, to] = range.from <= range.to ? [range.from, range.to] : [range.to, range.from];
    return { query: { from, to }, from, to, label: `${longDate(from)} to ${longDate(to)}`, range: { from, to } };
  }
  const twelve = addDays(addMonths(today, -12) as string, 1) as string;
  const resolved: ResolvedRange = { query: { from: twelve, to: today }, from: twelve, to: today, label: 'Last 12 months', range: '12m' };
  if (range !== '12m') resolved.notice = 'That range needs two dates written as year-month-day, so the last 12 months are shown.';
  return resolved;
}

/**
 * Builds everything the dashboard shows from the index, for the given range, filters and day.
 * Pure: the same index and options give the same model.
 */
export function buildDashboardModel(index: GlimmerIndex, options: DashboardOptions): DashboardModel {
  const today = isValidDay(options.today) ? options.today : '1970-01-01';
  const weekStart = Number.isInteger(options.weekStart) && options.weekStart >= 0 && options.weekStart <= 6 ? options.weekStart : 1;
  const privacy = options.privacy === true;
  const labels = options.themeLabels;
  const filter: Pick<IndexQuery, 'themes' | 'moment'> = {};
  if (typeof options.theme === 'string' && options.theme !== '') filter.themes = [options.theme];
  if (typeof options.moment === 'string' && options.moment !== '') filter.moment = options.moment;

  const range = resolveRange(options.range, today, index.span());
  const main = index.query({ ...range.query, ...filter, weekStart, recentLimit: options.recentLimit ?? 10 });

  const heatEnd = typeof range.range === 'object' ? range.to : today;
  const heatStart = addDays(addMonths(heatEnd, -12) as string, 1) as string;
  // The default view's range is the heatmap's year: its days and months are already summed.
  const sameYear = range.query.from === heatStart && range.query.to === heatEnd;
  const heat = sameYear ? main : index.query({ from: heatStart, to: heatEnd, ...filter, recentLimit: 0, counts: false, periods: 'months' });

  const facets = index.facets();
  const themeOptions = options_(facets.themes, DEFAULT_THEME_IDS, (id) => themeLabel(id, labels), options.theme);
  const momentOptions = options_(facets.moments, MOMENTS.map((m) => m.id), momentLabel, options.moment);
  const filters: FiltersModel = { range: range.range, rangeLabel: range.label, from: range.from, to: range.to, themeOptions, momentOptions };
  if (filter.themes) filters.theme = options.theme;
  if (filter.moment) filters.moment = options.moment;
  if (range.notice) filters.notice = range.notice;

  const model: DashboardModel = {
    today,
    weekStart,
    privacy,
    empty: index.size === 0,
    noMatches: index.size > 0 && main.count === 0,
    count: main.count,
    filters,
    summary: summary(index, today, weekStart, filter),
    day: buildDay(index, options.selected, filter, labels, readSection),
    carrying: buildCarrying(index, range.query, range.label, filter, labels, readSection),
    heatmap: buildHeatmap(heat.perDay, heat.perMonth, heatEnd, weekStart, options.heatmapMetric === 'count' ? 'count' : 'intensity', options.previousModel?.heatmap),
    trend: buildTrend(main.perWeek, main.perMonth, range.from, range.to, weekStart),
    themes: buildBars(main.byTheme, (id) => themeLabel(id, labels), { title: 'Themes', column: 'Theme', emptyText: 'No themes noted in this range.' }),
    moments: buildBars(main.byMoment, momentLabel, { title: 'Moments', column: 'Moment', emptyText: 'No moments noted in this range.' }),
    // The same figure as the capture form, each place with how often it was noted, light beside weight.
    body: buildBodyMap(index, { ...range.query, ...filter }, range.label, options.bodyMemo),
    feelings: buildBars(main.feelings, (v) => v, { title: 'Feelings', column: 'Feeling', emptyText: 'No feelings noted in this range.' }),
    grounding: buildBars(main.grounding, (v) => v, { title: 'Grounding', column: 'Grounding', emptyText: 'No grounding noted in this range.' }),
    // Glimmers to revisit come from all time (with the filters): "on this day" needs past years.
    revisit: options.revisitModel ?? buildRevisitModel(index, {
      today, theme: options.theme, moment: options.moment, revisitFrom: options.revisitFrom, themeLabels: labels, loadsWords: options.loadsWords, textIncluded: options.textIncluded,
    }),
    recent: main.recent.map((e) => recentItem(e, labels, privacy)),
    attention: options.attentionItems ?? index.attempted().map(attentionItem),
  };
  if (typeof options.selectedPath === 'string') model.selectedPath = options.selectedPath;
  return model;
}

function options_(counts: Record<string, number>, defaults: readonly string[], label: (id: string) => string, current: string | undefined): FilterOption[] {
  const ids = [...defaults, ...Object.keys(counts).filter((id) => !defaults.includes(id)).sort()];
  if (typeof current === 'string' && current !== '' && !ids.includes(current)) ids.push(current);
  return ids.map((value) => ({ value, label: label(value), count: counts[value] ?? 0 }));
}

function summary(index: GlimmerIndex, today: string, weekStart: number, filter: Pick<IndexQuery, 'themes' | 'moment'>): SummaryModel {
  const words = summarizeHistory(index, { today, weekStart, ...filter });
  const last30 = index.query({ from: addDays(today, -29) as string, to: today, ...filter, recentLimit: 0, counts: false, periods: false });
  const byDay = new Map(last30.perDay.map((b) => [b.day, b.count]));
  const rhythm = Array.from({ length: 30 }, (_, i) => {
    const day = addDays(today, i - 29) as string;
    return { day, count: byDay.get(day) ?? 0 };
  });
  const n = last30.days;
  // A rhythm, never a streak: no counting of misses, nothing to lose.
  const rhythmText = n === 0
    ? 'No reflections in the last 30 days. Whenever you are ready, one small moment is enough.'
    : `A gentle rhythm: you paused to reflect on ${n} of the last 30 days.`;
  return { sentences: words.lines, thisWeek: words.week.count, thisMonth: words.month.count, daysLast30: n, rhythm, rhythmText };
}

function recentItem(entry: IndexEntry, labels: Record<string, string> | undefined, privacy: boolean): RecentItem {
  const g = entry.glimmer;
  const dateLabel = longDate(g.day);
  const title = !privacy && typeof g.title === 'string' && g.title.trim() !== '' ? g.title : `Glimmer on ${dateLabel}`;
  return { path: entry.path, day: g.day, dateLabel, title, meta: metaOf(entry, labels) };
}

function attentionItem(a: { path: string; issues: { severity: string; message: string; line?: number }[] }): AttentionItem {
  const first = a.issues.find((i) => i.severity === 'error') ?? a.issues[0];
  const message = first ? (typeof first.line === 'number' ? `Line ${first.line}: ${first.message}` : first.message) : 'This note says it is a glimmer but could not be read.';
  return { path: a.path, name: noteName(a.path), message, more: Math.max(0, a.issues.length - 1) };
}

/** "3 glimmers" for a count, exported for hosts that word a status bar the same way. */
export function countText(n: number): string {
  return glimmers(n);
}
