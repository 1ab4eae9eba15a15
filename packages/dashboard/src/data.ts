/**
 * The data of a static dashboard page (the CLI's HTML export): what goes into
 * `<script type="application/json" id="glimmers-data">`, how to write it safely into HTML, and
 * how the page reads it back without trusting it.
 */
import { GlimmerIndex, isValidDay, sectionText, STANDARD_SECTIONS } from '@glimmers/core';
import type { AttemptedEntry, Glimmer, IndexEntry, Issue } from '@glimmers/core';
import type { DashboardOptions, RangeOption } from './model-types.ts';

/** The options a static page starts with (the filters then change in the page). */
export type DashboardDataOptions = Omit<DashboardOptions, 'selectedPath' | 'recentLimit' | 'revisitModel'>;

/** The JSON payload of a static dashboard page. */
export interface DashboardData {
  format: 'glimmers-dashboard';
  version: 1;
  entries: IndexEntry[];
  attempted: AttemptedEntry[];
  options: DashboardDataOptions;
}

/** What a static page may carry of each note. */
export interface DashboardDataText {
  /**
   * `false` (default): no note text at all (no title, no sections, no other keys): counts and the
   * frontmatter lists only. `true`: also each title and the three sections the dashboard shows
   * ("What I witnessed" for a selected day, "What I'm carrying", and "What I want to remember" or
   * else "What I witnessed" for the glimmer to revisit, as core's `revisitText` chooses). Other
   * sections and other keys never leave the note.
   */
  includeText?: boolean;
}

/** The sections a page shows: what I witnessed, what I'm carrying, what I want to remember. */
const SHOWN = [STANDARD_SECTIONS[0], STANDARD_SECTIONS[3], STANDARD_SECTIONS[2]].filter((h): h is string => h !== undefined);

function slim(g: Glimmer, includeText: boolean): Glimmer {
  const out: Glimmer = { created: g.created, day: g.day, themes: [...g.themes], body: [...g.body], feelings: [...g.feelings], grounding: [...g.grounding], extra: {}, sections: [] };
  if (typeof g.moment === 'string') out.moment = g.moment;
  if (typeof g.intensity === 'number') out.intensity = g.intensity;
  if (typeof g.weight === 'number') out.weight = g.weight;
  if (includeText) {
    if (typeof g.title === 'string') out.title = g.title;
    // Only what the page shows, as core reads it: each shown section once, under its standard heading.
    out.sections = SHOWN.map((heading) => ({ heading, text: sectionText(g, heading).trim() })).filter((s) => s.text !== '');
  }
  return out;
}

/**
 * The payload for a static page: every glimmer (slimmed to what the dashboard shows), every
 * attempted glimmer with its issues, and the starting options.
 */
export function dashboardDataFromIndex(index: GlimmerIndex, options: DashboardDataOptions, text: DashboardDataText = {}): DashboardData {
  const includeText = text.includeText === true;
  return {
    format: 'glimmers-dashboard',
    version: 1,
    entries: index.entries().map((e) => ({ path: e.path, glimmer: slim(e.glimmer, includeText) })),
    attempted: index.attempted(),
    // Whether the words are in the page: then a glimmer without a shown section has none.
    options: { ...options, textIncluded: includeText },
  };
}

/**
 * The payload as text that is safe inside `<script type="application/json">`: `<`, `>`, `&` and
 * the two JavaScript line separators are escaped, so no note text can close the script element.
 */
export function serializeDashboardData(data: DashboardData): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function readGlimmer(v: unknown): Glimmer | null {
  if (!isRecord(v) || !isString(v.created) || !isValidDay(v.day)) return null;
  if (!isStringList(v.themes) || !isStringList(v.body) || !isStringList(v.feelings) || !isStringList(v.grounding)) return null;
  const g: Glimmer = { created: v.created, day: v.day, themes: v.themes, body: v.body, feelings: v.feelings, grounding: v.grounding, extra: {}, sections: [] };
  if (isString(v.moment)) g.moment = v.moment;
  if (typeof v.intensity === 'number' && Number.isFinite(v.intensity)) g.intensity = v.intensity;
  if (typeof v.weight === 'number' && Number.isFinite(v.weight)) g.weight = v.weight;
  if (isString(v.title)) g.title = v.title;
  if (Array.isArray(v.sections)) g.sections = v.sections.filter((s): s is { heading: string; text: string } => isRecord(s) && isString(s.heading) && isString(s.text)).map((s) => ({ heading: s.heading, text: s.text }));
  return g;
}

function readIssue(v: unknown): Issue | null {
  if (!isRecord(v) || !isString(v.message) || !isString(v.code)) return null;
  const issue: Issue = { severity: v.severity === 'warning' ? 'warning' : 'error', code: v.code, message: v.message };
  if (isString(v.field)) issue.field = v.field;
  if (typeof v.line === 'number') issue.line = v.line;
  if (typeof v.column === 'number') issue.column = v.column;
  return issue;
}

function readRange(v: unknown): RangeOption {
  if (v === '30d' || v === '90d' || v === '12m' || v === 'all') return v;
  if (isRecord(v) && isString(v.from) && isString(v.to)) return { from: v.from, to: v.to };
  return '12m';
}

/**
 * Reads a payload back, keeping only well-formed parts (a page must not break, or run anything,
 * because of a hand-edited file). `null` when it is not a glimmers dashboard payload at all.
 */
export function parseDashboardData(text: string): DashboardData | null {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isRecord(raw) || raw.format !== 'glimmers-dashboard' || !isRecord(raw.options)) return null;
  const o = raw.options;
  const options: DashboardDataOptions = {
    range: readRange(o.range),
    today: isString(o.today) ? o.today : '',
    weekStart: typeof o.weekStart === 'number' ? o.weekStart : 1,
  };
  if (isString(o.theme)) options.theme = o.theme;
  if (isString(o.moment)) options.moment = o.moment;
  if (o.heatmapMetric === 'intensity' || o.heatmapMetric === 'count') options.heatmapMetric = o.heatmapMetric;
  if (typeof o.privacy === 'boolean') options.privacy = o.privacy;
  if (typeof o.textIncluded === 'boolean') options.textIncluded = o.textIncluded;
  if (isRecord(o.themeLabels)) options.themeLabels = Object.fromEntries(Object.entries(o.themeLabels).filter((e): e is [string, string] => isString(e[1])));
  const entries: IndexEntry[] = [];
  for (const e of Array.isArray(raw.entries) ? raw.entries : []) {
    const glimmer = isRecord(e) && isString(e.path) ? readGlimmer(e.glimmer) : null;
    if (glimmer && isRecord(e) && isString(e.path)) entries.push({ path: e.path, glimmer });
  }
  const attempted: AttemptedEntry[] = [];
  for (const a of Array.isArray(raw.attempted) ? raw.attempted : []) {
    if (!isRecord(a) || !isString(a.path) || !Array.isArray(a.issues)) continue;
    attempted.push({ path: a.path, issues: a.issues.map(readIssue).filter((i): i is Issue => i !== null) });
  }
  return { format: 'glimmers-dashboard', version: 1, entries, attempted, options };
}

/** An index holding a payload's glimmers and attempted glimmers. */
export function indexFromDashboardData(data: DashboardData): GlimmerIndex {
  const index = new GlimmerIndex();
  for (const e of data.entries) index.set(e.path, e.glimmer);
  for (const a of data.attempted) index.setAttempted(a.path, a.issues);
  return index;
}
