/**
 * The dashboard's view model: plain data (no DOM, no functions) built from a `GlimmerIndex` by
 * `buildDashboardModel`, drawn by `renderDashboard` / `renderPanel`. Every string a person reads
 * is already worded here, so the renderer only places text.
 */
import type { BodyFiguresMemo } from '@glimmers/core';
import type { BodyMapModel } from './model-body.ts';
import type { RevisitModel } from './revisit/revisit-model.ts';

export type { RevisitItem, RevisitModel, RevisitWords } from './revisit/revisit-model.ts';
export type { BodyMapModel, BodyRegionRow } from './model-body.ts';

/** A preset range, or a custom pair of calendar days (both ends inclusive). */
export type RangeOption = '30d' | '90d' | '12m' | 'all' | { from: string; to: string };

/** What the filter bar changes. */
export interface DashboardFilters {
  range: RangeOption;
  /** A theme id; absent means every theme. */
  theme?: string;
  /** A moment id; absent means every moment. */
  moment?: string;
  /** Where "A glimmer to revisit" continues in today's order (set by its "Show another"); default 0. */
  revisitFrom?: number;
}

/** Everything `buildDashboardModel` needs besides the index. */
export interface DashboardOptions extends DashboardFilters {
  /** Today's calendar day, `YYYY-MM-DD` (the caller's local day). */
  today: string;
  /** First day of the week: 0 = Sunday … 6 = Saturday. */
  weekStart: number;
  /** Heatmap cells shaded by mean intensity (default) or by number of glimmers. */
  heatmapMetric?: 'count' | 'intensity';
  /** Hide note text (titles, the text to revisit) until asked. */
  privacy?: boolean;
  /** Labels for theme ids (default: the core vocabulary's labels). */
  themeLabels?: Record<string, string>;
  /** How many recent glimmers to list (default 10). */
  recentLimit?: number;
  /** A path to show as selected (the static export highlights instead of opening notes). */
  selectedPath?: string;
  /** A day or week the person selected (a heatmap day, a week bar): its glimmers are listed. */
  selected?: SelectedPeriod;
  /**
   * Whether the host reads a note's words on demand (`handlers.loadRevisitText`) for glimmers read
   * without their body, as the plugin does. Default `false`: a static page holds only the words the
   * export put in, so a glimmer without them is passed over by "A glimmer to revisit".
   */
  loadsWords?: boolean;
  /**
   * Whether the glimmers were read with their words, as the exported page says: `true` (exported
   * with note text), a glimmer without a section the dashboard shows has none, rather than words
   * not read yet; `false` (exported without), no glimmer holds any words. Absent: each glimmer
   * read with its body holds its sections, one read from its frontmatter alone has none.
   */
  textIncluded?: boolean;
  /**
   * The revisit panel's model worked out before for the same day, filters and glimmers old enough
   * to come back (`LiveDashboard` keeps it while none of those changed), so it is not worked out again.
   */
  revisitModel?: RevisitModel;
  /**
   * Keeps the body map's sums by day and by month between draws (`LiveDashboard` holds one), so a
   * redraw after a save reads only the days that changed. Without it the figures are worked out afresh.
   */
  bodyMemo?: BodyFiguresMemo;
  /**
   * The model drawn last (`LiveDashboard` passes it): parts of it whose figures did not change (the
   * heatmap's days) are kept as they are rather than worked out again. The model is the same either
   * way; only the work differs.
   */
  previousModel?: DashboardModel;
  /**
   * The notes that mean to be glimmers but cannot be read, as worked out before from the same
   * attempted glimmers (`LiveDashboard` keeps them while the index's `attemptedRevision` stays).
   */
  attentionItems?: AttentionItem[];
}

/** A day (`from` = `to`) or a week the person selected to read. */
export interface SelectedPeriod {
  from: string;
  to: string;
}

/** The panels `renderPanel` can draw on their own (for the `glimmers` code block). */
export type PanelName =
  | 'summary' | 'heatmap' | 'trend' | 'themes' | 'moments' | 'body' | 'feelings' | 'grounding'
  | 'revisit' | 'recent' | 'attention' | 'filters' | 'carrying';

/** Every panel name, in dashboard order. */
export const PANEL_NAMES: readonly PanelName[] = Object.freeze([
  'summary', 'filters', 'heatmap', 'trend', 'revisit', 'body', 'themes', 'moments', 'feelings', 'grounding', 'carrying', 'recent', 'attention',
] as const);

/** One choice in a filter menu. */
export interface FilterOption {
  value: string;
  label: string;
  count: number;
}

/** The filters panel: the range shown, in words and days, and the theme and moment choices with their counts. */
export interface FiltersModel {
  range: RangeOption;
  /** The range in words: "Last 30 days", "1 March 2026 to 31 March 2026". */
  rangeLabel: string;
  /** The first day of the range, or `null` for "all" with no glimmers. */
  from: string | null;
  to: string;
  theme?: string;
  moment?: string;
  themeOptions: FilterOption[];
  momentOptions: FilterOption[];
  /** Set when a custom range could not be used as given (and what was shown instead). */
  notice?: string;
}

/** The summary panel: glimmers this week and this month, the rhythm of the last 30 days, and the same in words. */
export interface SummaryModel {
  /** The summary in words (core's `summarizeHistory`): this week, this month, a stretch, what helped. */
  sentences: string[];
  thisWeek: number;
  thisMonth: number;
  /** Days with at least one glimmer among the last 30 (today included). */
  daysLast30: number;
  /** The last 30 days, oldest first, for the small rhythm strip. */
  rhythm: { day: string; count: number }[];
  rhythmText: string;
}

/** One day of the heatmap. */
export interface HeatmapCell {
  day: string;
  count: number;
  meanIntensity: number | null;
  /** 0 (none) to 4 (most), by the chosen metric. */
  level: 0 | 1 | 2 | 3 | 4;
  /** "3 glimmers on 4 March 2026". */
  label: string;
}

/** The calendar heatmap: one column per week of the range, its labels, and the per-month table behind it. */
export interface HeatmapModel {
  metric: 'count' | 'intensity';
  from: string;
  to: string;
  /** Columns (weeks, starting on the week start); each has 7 cells, `null` outside the range. */
  columns: { start: string; cells: (HeatmapCell | null)[] }[];
  /** Month names over the columns where a month begins. */
  monthLabels: { column: number; label: string }[];
  /** Short weekday names for rows 1, 3 and 5. */
  weekdayLabels: { row: number; label: string }[];
  /** The per-month table behind "Show as table". */
  months: { month: string; label: string; count: number; days: number; meanIntensity: number | null }[];
  total: number;
  /** One sentence describing the heatmap, for its accessible name. */
  caption: string;
}

/** One week (or month) of the trend chart. */
export interface TrendPoint {
  start: string;
  end: string;
  /** "Week of 2 March 2026" or "March 2026". */
  label: string;
  /** "2 Mar" or "Mar 2026", under the chart. */
  shortLabel: string;
  count: number;
  meanIntensity: number | null;
  meanWeight: number | null;
}

/** The trend panel: glimmers per week or month, with mean intensity and weight beside each other. */
export interface TrendModel {
  /** Weekly up to about a year, monthly beyond. */
  granularity: 'week' | 'month';
  points: TrendPoint[];
  maxCount: number;
  caption: string;
  /** One sentence on the light-beside-weight chart. */
  balanceCaption: string;
}

/** One row of a bar panel (a theme, a moment, a body region, a feeling, a grounding). */
export interface BarRow {
  key: string;
  label: string;
  count: number;
  /** count / the largest count, 0..1. */
  share: number;
}

/** A panel of counted values as bars (themes, moments, body, feelings, grounding), with its table. */
export interface BarsModel {
  title: string;
  /** What one row counts, for the table header ("Theme", "Where in the body"). */
  column: string;
  rows: BarRow[];
  /** How many more values there are beyond `rows`. */
  more: number;
  caption: string;
  /** Said when there are no rows. */
  emptyText: string;
}

/** One recent glimmer in the list of the latest ones. */
export interface RecentItem {
  path: string;
  day: string;
  dateLabel: string;
  /** The title, or "Glimmer on 4 March 2026" (always so in privacy mode). */
  title: string;
  /** "After a session · Hope sparked by a client · intensity 4". */
  meta: string;
}

/** A glimmer listed with a line of its own words (the day's glimmers, what I'm carrying). */
export interface NoteItem {
  path: string;
  day: string;
  dateLabel: string;
  /** "Glimmer on 4 March 2026": what is shown while the note's own words are hidden. */
  label: string;
  /** The note's `# Title`, when known (shown only outside privacy mode or after "Show"). */
  title?: string;
  /** "After a session · Hope sparked by a client · intensity 4". */
  meta: string;
  /**
   * The section's text: a string when known, `null` when the note has no such section, absent
   * when only the frontmatter was read (the renderer then asks `handlers.loadNoteText`).
   */
  text?: string | null;
}

/** The glimmers of the selected day or week. */
export interface DayModel {
  from: string;
  to: string;
  kind: 'day' | 'week';
  /** "Tuesday 3 March 2026" or "Week of 2 March 2026". */
  label: string;
  count: number;
  /** Newest first, at most {@link DAY_LIST_LIMIT}; `more` counts the rest. */
  items: NoteItem[];
  more: number;
}

/** "What I'm carrying": the glimmers of the range that may hold a carrying line, newest first. */
export interface CarryingModel {
  /** The range in words, for the panel's sentence. */
  rangeLabel: string;
  items: NoteItem[];
  /** How many more glimmers the range has beyond `items`. */
  more: number;
}

/** How many glimmers a selected day or week lists at most. */
export const DAY_LIST_LIMIT = 30;

/** How many of the range's glimmers "What I'm carrying" looks at, newest first. */
export const CARRYING_LIMIT = 60;

/** A note that means to be a glimmer but has an error, with the first error in words. */
export interface AttentionItem {
  path: string;
  /** The file name without `.md`. */
  name: string;
  /** The first error in words, with its line when known. */
  message: string;
  /** How many more problems the note has. */
  more: number;
}

/** Everything the dashboard shows. */
export interface DashboardModel {
  today: string;
  weekStart: number;
  privacy: boolean;
  /** No glimmers in the vault at all: show what glimmers are and offer "New glimmer". */
  empty: boolean;
  /** Glimmers exist, but none in this range with these filters. */
  noMatches: boolean;
  /** How many glimmers the range and filters select. */
  count: number;
  filters: FiltersModel;
  summary: SummaryModel;
  heatmap: HeatmapModel;
  trend: TrendModel;
  themes: BarsModel;
  moments: BarsModel;
  body: BodyMapModel;
  feelings: BarsModel;
  grounding: BarsModel;
  revisit: RevisitModel;
  recent: RecentItem[];
  attention: AttentionItem[];
  /** The selected day or week and its glimmers, or `null`. */
  day: DayModel | null;
  carrying: CarryingModel;
  selectedPath?: string;
}

export type { DashboardHandle, DashboardHandlers, NoteText } from './handler-types.ts';
