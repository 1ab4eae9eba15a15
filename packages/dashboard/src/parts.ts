/**
 * The parts of the dashboard the renderer builds one by one: which builder draws each, and which
 * part of the model each one shows, so an update rebuilds only the parts whose data changed.
 */
import type { DashboardModel } from './model-types.ts';
import type { Ctx, PartName } from './panel-frame.ts';
import { attentionPanel } from './panel-attention.ts';
import { barsPanel, trendPanel } from './panel-charts.ts';
import { bodyPanel } from './panel-body.ts';
import { filtersPanel } from './panel-filters.ts';
import { heatmapPanel } from './panel-heatmap.ts';
import { emptyPanel, recentPanel } from './panel-lists.ts';
import { revisitPanel } from './revisit/revisit-panel.ts';
import { carryingPanel, dayPanel } from './panel-notes.ts';
import { summaryPanel } from './panel-summary.ts';
import { patchHeatmap } from './heatmap-patch.ts';
import { patchFilters, patchTrend } from './chart-patch.ts';
import { patchBody } from './body-patch.ts';

/** Builds one part from `ctx.model`. */
export function buildPart(ctx: Ctx, part: PartName): HTMLElement {
  const m = ctx.model;
  switch (part) {
    case 'filters': return filtersPanel(ctx);
    case 'summary': return summaryPanel(ctx);
    case 'heatmap': return heatmapPanel(ctx);
    case 'trend': return trendPanel(ctx);
    case 'themes': return barsPanel(ctx, part, m.themes);
    case 'moments': return barsPanel(ctx, part, m.moments);
    case 'body': return bodyPanel(ctx);
    case 'feelings': return barsPanel(ctx, part, m.feelings);
    case 'grounding': return barsPanel(ctx, part, m.grounding);
    case 'revisit': return revisitPanel(ctx);
    case 'recent': return recentPanel(ctx);
    case 'attention': return attentionPanel(ctx);
    case 'carrying': return carryingPanel(ctx);
    case 'day': return dayPanel(ctx);
    case 'empty': return emptyPanel(ctx);
  }
}

/**
 * The part of the model a part shows. Two models with equal data for a part draw it the same
 * (privacy and the empty state are part of the page's skeleton, which redraws everything).
 */
export function partData(m: DashboardModel, part: PartName): unknown {
  switch (part) {
    case 'filters': return [m.filters, m.count];
    case 'summary': return m.summary;
    case 'heatmap': return m.heatmap;
    case 'trend': return [m.trend, m.day?.kind === 'week' ? m.day.from : null];
    case 'themes': return m.themes;
    case 'moments': return m.moments;
    case 'body': return m.body;
    case 'feelings': return m.feelings;
    case 'grounding': return m.grounding;
    case 'revisit': return m.revisit;
    case 'recent': return [m.recent, m.selectedPath ?? null];
    case 'attention': return m.attention;
    // Only what the panel draws of each glimmer: its date and its carrying line.
    case 'carrying': return [m.carrying.rangeLabel, m.carrying.more, m.carrying.items.map((i) => [i.path, i.dateLabel, i.text ?? ''])];
    case 'day': return m.day;
    case 'empty': return null;
  }
}

/** The parts that can bring themselves up to date in place (see {@link patchPart}). */
export const PATCHABLE: ReadonlySet<PartName> = new Set<PartName>(['heatmap', 'trend', 'filters', 'body']);

/**
 * Brings a part on screen up to date in place, when it can do so more cheaply than a rebuild
 * (the heatmap's changed days, the trend's changed bars, the filter menus' counts, the body map's
 * shades and figures). `false` means:
 * rebuild it.
 */
export function patchPart(ctx: Ctx, part: PartName, node: HTMLElement, before: DashboardModel): boolean {
  if (part === 'heatmap') return patchHeatmap(node, ctx.ui, before.heatmap, ctx.model.heatmap);
  if (part === 'trend') return patchTrend(node, ctx.ui, before, ctx.model);
  if (part === 'filters') return patchFilters(node, ctx.ui, before, ctx.model);
  if (part === 'body') return patchBody(node, ctx.ui, before.body, ctx.model.body);
  return false;
}
