/**
 * The `glimmers` code block: one dashboard panel (or the whole dashboard) inside a note, as
 * Tracker and Heatmap users expect, updating live while the note is shown.
 *
 * ````
 * ```glimmers
 * panel: heatmap
 * range: 90d
 * theme: client-hope
 * ```
 * ````
 * Options are `key: value` lines. Anything it does not understand gets a gentle line above the
 * panel; the block never throws and never touches the note.
 */
import { MOMENTS, type ThemeSetting } from '@glimmers/core';
import { PANEL_NAMES, type DashboardFilters, type PanelName } from '@glimmers/dashboard';
import { MarkdownRenderChild } from 'obsidian';
import { toRange, type DashboardHost } from './host.ts';
import { LiveView } from './live-view.ts';

/** What a block asks for. `panel: 'dashboard'` draws every panel. */
export interface BlockOptions {
  panel: PanelName | 'dashboard';
  filters: DashboardFilters;
  metric: 'count' | 'intensity';
  /** Sentences for the person about lines that were not used. */
  problems: string[];
}

/** The option keys a block understands, in the order the help sentence lists them. */
export const BLOCK_KEYS: readonly string[] = Object.freeze(['panel', 'range', 'from', 'to', 'theme', 'moment', 'metric']);

const RANGE_WORDS: Readonly<Record<string, string>> = Object.freeze({
  '30d': '30d', '30 days': '30d', '90d': '90d', '90 days': '90d', '12m': '12m', '12 months': '12m', '1y': '12m', year: '12m', all: 'all', 'all time': 'all',
});

/** At most this much of a line is quoted back, so a long paste does not flood the note. */
const QUOTE_MAX = 40;

function quote(text: string): string {
  return `"${text.length > QUOTE_MAX ? `${text.slice(0, QUOTE_MAX)}…` : text}"`;
}

function unquote(value: string): string {
  const v = value.trim();
  return v.length >= 2 && (v[0] === '"' || v[0] === "'") && v[v.length - 1] === v[0] ? v.slice(1, -1).trim() : v;
}

/** Finds an id by id or by label, ignoring case; unknown words are kept as written (notes may use them). */
function matchId(value: string, known: readonly { id: string; label: string }[]): string {
  const lower = value.toLowerCase();
  return known.find((k) => k.id.toLowerCase() === lower || k.label.toLowerCase() === lower)?.id ?? value;
}

/** The block's `panel:` value, lower case (`''` when it has none), to find a panel another feature draws. */
export function blockPanelName(source: string): string {
  const line = source.split(/\r\n|\r|\n/).find((l) => /^\s*panel\s*:/i.test(l));
  return line === undefined ? '' : unquote(line.slice(line.indexOf(':') + 1)).toLowerCase();
}

/**
 * Reads a block's options. Pure and total: every input gives options (defaults: the summary
 * panel over the last 12 months) plus sentences about whatever was left out.
 */
export function parseBlockOptions(source: string, themes: readonly ThemeSetting[] = []): BlockOptions {
  const out: BlockOptions = { panel: 'summary', filters: { range: '12m' }, metric: 'intensity', problems: [] };
  let from: string | undefined;
  let to: string | undefined;
  for (const rawLine of source.split(/\r\n|\r|\n/)) {
    const line = rawLine.trim();
    if (line === '' || line.startsWith('#')) continue;
    const colon = line.indexOf(':');
    if (colon <= 0) {
      out.problems.push(`The line ${quote(line)} is not an option, so it is left out. Write options as "key: value", one per line.`);
      continue;
    }
    const key = line.slice(0, colon).trim().toLowerCase();
    const value = unquote(line.slice(colon + 1));
    if (!BLOCK_KEYS.includes(key)) {
      out.problems.push(`Glimmers does not know the option ${quote(key)}, so it is left out. It knows: ${BLOCK_KEYS.join(', ')}.`);
      continue;
    }
    if (value === '') continue;
    const lower = value.toLowerCase();
    if (key === 'panel') {
      if (lower === 'dashboard' || lower === 'all') out.panel = 'dashboard';
      else if ((PANEL_NAMES as readonly string[]).includes(lower)) out.panel = lower as PanelName;
      else out.problems.push(`There is no panel called ${quote(value)}, so the summary is shown. Panels: ${PANEL_NAMES.join(', ')}, or dashboard for all of them.`);
    } else if (key === 'range') {
      const preset = RANGE_WORDS[lower];
      if (preset !== undefined) out.filters.range = toRange(preset) ?? '12m';
      else out.problems.push(`The range ${quote(value)} is not one Glimmers knows, so the last 12 months are shown. Use 30d, 90d, 12m or all, or from: and to: dates.`);
    } else if (key === 'from') from = value;
    else if (key === 'to') to = value;
    else if (key === 'theme') out.filters.theme = matchId(value, themes);
    else if (key === 'moment') out.filters.moment = matchId(value, MOMENTS);
    else if (lower === 'count' || lower === 'intensity') out.metric = lower;
    else out.problems.push(`The metric ${quote(value)} is not one Glimmers knows, so the heatmap shows mean intensity. Use intensity or count.`); // key === 'metric'
  }
  if (from !== undefined || to !== undefined) {
    const range = toRange({ from, to });
    if (range !== null) out.filters.range = range;
    else out.problems.push('A custom range needs both from: and to:, written as year-month-day (like 2026-03-01), so the last 12 months are shown.');
  }
  return out;
}

/** One rendered block: the plugin's live dashboard ({@link LiveView}) while the note shows it. */
export class GlimmersBlock extends MarkdownRenderChild {
  private readonly options: BlockOptions;

  constructor(containerEl: HTMLElement, source: string, private readonly host: DashboardHost) {
    super(containerEl);
    this.options = parseBlockOptions(source, host.getSettings().themes);
  }

  override onload(): void {
    const el = this.containerEl;
    el.empty();
    el.addClass('glimmers-block');
    for (const problem of this.options.problems) el.createEl('p', { cls: 'glimmers-block-problem', text: problem });
    const { panel, filters, metric } = this.options;
    // Filter changes stay in this block while it is shown: the note's options stay as written.
    this.addChild(new LiveView(this.host, el, { ...(panel === 'dashboard' ? {} : { panel }), filters, metric, cls: 'glimmers-block', stillReading: '' }));
  }
}
