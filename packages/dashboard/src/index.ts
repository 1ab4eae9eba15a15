/**
 * `@glimmers/dashboard`: the resilience dashboard as plain DOM and SVG (no framework, no
 * Obsidian), shared by the plugin pane, the `glimmers` code block and the CLI's HTML export.
 *
 * Keep a dashboard in step with an index with {@link LiveDashboard} (call `draw()` after the
 * index changed), or do it by hand: build a model with {@link buildDashboardModel}, draw it with
 * {@link renderDashboard} (or one panel with {@link renderPanel}), and call `update` with a new
 * model; either way only the panels whose part of the model changed are rebuilt.
 *
 * Other entry points: `@glimmers/dashboard/standalone` (the exported page's browser script),
 * `@glimmers/dashboard/styles.css` and `@glimmers/dashboard/theme-standin.css`.
 */
export { buildDashboardModel, countText } from './model.ts';
export { renderDashboard, renderPanel } from './render.ts';
export { baseOptions, LiveDashboard } from './live.ts';
export type { DrawTimes, LiveBaseOptions, LiveDashboardOptions } from './live.ts';
export { dashboardDataFromIndex, indexFromDashboardData, parseDashboardData, serializeDashboardData } from './data.ts';
export type { DashboardData, DashboardDataOptions, DashboardDataText } from './data.ts';
export { mountStandalone, DATA_ELEMENT_ID, MOUNT_ELEMENT_ID } from './standalone-app.ts';
export type { StandaloneMount } from './standalone-app.ts';
export { CARRYING_LIMIT, DAY_LIST_LIMIT, PANEL_NAMES } from './model-types.ts';
export type {
  AttentionItem, BarRow, BarsModel, CarryingModel, DashboardFilters, DashboardModel, DashboardOptions, DayModel,
  FilterOption, FiltersModel, HeatmapCell, HeatmapModel, NoteItem, PanelName, RangeOption, RecentItem, RevisitItem, RevisitModel, RevisitWords,
  SelectedPeriod, SummaryModel, TrendModel, TrendPoint,
} from './model-types.ts';
export type { DashboardHandle, DashboardHandlers, NoteText } from './handler-types.ts';
export { standalonePageHtml, STANDALONE_CSP } from './page.ts';
export type { StandalonePageParts } from './page.ts';
// The body map figure (practice, issue #10): toggles for the form, shaded regions for the dashboard.
export { BODY_LEVELS, createBodyMapFigure, createBodyMapToggles } from './body-map/body-figure.ts';
export type { BodyMapDisplayOptions, BodyMapToggles, BodyMapTogglesOptions } from './body-map/body-figure.ts';
export { createBodyRegionList } from './body-map/region-list.ts';
export type { BodyRegionList, BodyRegionListOptions } from './body-map/region-list.ts';
// What `--out` recognises as a page written before (#17 item 9).
export { isGlimmersPage, PAGE_GENERATOR_META, PAGE_HEAD_CHARS } from './page.ts';
