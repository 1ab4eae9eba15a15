/**
 * `renderDashboard` and `renderPanel`: draw a {@link DashboardModel} into a container with plain
 * DOM and SVG, and keep what the person did (tables shown, text revealed, keyboard focus) when a
 * new model arrives through `update`.
 */
import type { DashboardHandle, DashboardHandlers, DashboardModel, PanelName } from './model-types.ts';
import { append, el } from './dom.ts';
import type { Ctx, UiState } from './panel-frame.ts';
import { newUiState, note } from './panel-frame.ts';
import { filtersPanel } from './panel-filters.ts';
import { heatmapPanel } from './panel-heatmap.ts';
import { barsPanel, trendPanel } from './panel-charts.ts';
import { attentionPanel, emptyPanel, recentPanel, summaryPanel } from './panel-lists.ts';
import { revisitPanel } from './revisit/revisit-panel.ts';

function buildPanel(ctx: Ctx, panel: PanelName): HTMLElement {
  const m = ctx.model;
  switch (panel) {
    case 'filters': return filtersPanel(ctx);
    case 'summary': return summaryPanel(ctx);
    case 'heatmap': return heatmapPanel(ctx);
    case 'trend': return trendPanel(ctx);
    case 'themes': return barsPanel(ctx, panel, m.themes);
    case 'moments': return barsPanel(ctx, panel, m.moments);
    case 'body': return barsPanel(ctx, panel, m.body);
    case 'feelings': return barsPanel(ctx, panel, m.feelings);
    case 'grounding': return barsPanel(ctx, panel, m.grounding);
    case 'revisit': return revisitPanel(ctx);
    case 'recent': return recentPanel(ctx);
    case 'attention': return attentionPanel(ctx);
  }
}

/** The whole dashboard, or the empty state when there are no glimmers at all. */
function buildDashboard(ctx: Ctx): Node[] {
  const { doc, model } = ctx;
  const header = el(doc, 'div', 'glimmers-dashboard-header');
  append(header, el(doc, 'h2', 'glimmers-dashboard-title', 'Resilience dashboard'));
  if (model.empty) {
    // Broken glimmer notes still need a way to be found and fixed.
    return [header, emptyPanel(ctx), model.attention.length > 0 ? buildPanel(ctx, 'attention') : null].filter((n): n is HTMLElement => n !== null);
  }
  const out: Node[] = [header, buildPanel(ctx, 'filters')];
  if (model.noMatches) out.push(note(doc, 'No glimmers in this range with these filters. Try a longer range or fewer filters.', 'glimmers-notice'));
  const wide = el(doc, 'div', 'glimmers-grid glimmers-grid-wide');
  append(wide, buildPanel(ctx, 'summary'), buildPanel(ctx, 'revisit'));
  const full = el(doc, 'div', 'glimmers-grid glimmers-grid-full');
  append(full, buildPanel(ctx, 'heatmap'), buildPanel(ctx, 'trend'));
  const bars = el(doc, 'div', 'glimmers-grid');
  append(bars, buildPanel(ctx, 'themes'), buildPanel(ctx, 'moments'), buildPanel(ctx, 'body'), buildPanel(ctx, 'feelings'), buildPanel(ctx, 'grounding'));
  const lists = el(doc, 'div', 'glimmers-grid glimmers-grid-wide');
  append(lists, buildPanel(ctx, 'recent'), model.attention.length > 0 ? buildPanel(ctx, 'attention') : null);
  out.push(wide, full, bars, lists);
  return out;
}

function focusedKey(root: HTMLElement): string | null {
  const active = root.ownerDocument.activeElement;
  return active && root.contains(active) ? active.getAttribute('data-glimmers-key') : null;
}

function restoreFocus(root: HTMLElement, key: string | null): void {
  if (key === null) return;
  for (const node of Array.from(root.querySelectorAll('[data-glimmers-key]'))) {
    if (node.getAttribute('data-glimmers-key') === key) {
      (node as HTMLElement).focus();
      return;
    }
  }
}

function mount(container: HTMLElement, model: DashboardModel, handlers: DashboardHandlers, only: PanelName | null): DashboardHandle {
  const doc = container.ownerDocument;
  const ui: UiState = newUiState();
  const root = el(doc, 'div', only ? 'glimmers-dashboard glimmers-embed' : 'glimmers-dashboard');
  const ctx: Ctx = {
    doc,
    model,
    handlers,
    ui,
    redraw(panel, focusKey) {
      if (ui.destroyed) return;
      const key = focusKey ?? focusedKey(root);
      const old = Array.from(root.querySelectorAll('[data-glimmers-panel]')).find((n) => n.getAttribute('data-glimmers-panel') === panel);
      if (!old) return;
      old.replaceWith(buildPanel(ctx, panel));
      restoreFocus(root, key);
    },
  };
  const draw = (): void => {
    const key = focusedKey(root);
    root.replaceChildren(...(only ? [buildPanel(ctx, only)] : buildDashboard(ctx)));
    restoreFocus(root, key);
  };
  container.appendChild(root);
  draw();
  return {
    update(next) {
      if (ui.destroyed) return;
      ctx.model = next;
      draw();
    },
    destroy() {
      ui.destroyed = true;
      root.remove();
    },
  };
}

/**
 * Draws the whole dashboard into `container` (appended; the container's other children stay).
 * @example
 * const view = renderDashboard(el, buildDashboardModel(index, options), handlers);
 * view.update(buildDashboardModel(index, newOptions));
 * view.destroy();
 */
export function renderDashboard(container: HTMLElement, model: DashboardModel, handlers: DashboardHandlers): DashboardHandle {
  return mount(container, model, handlers, null);
}

/** Draws one panel (for the `glimmers` code block), with the same behaviour as in the dashboard. */
export function renderPanel(container: HTMLElement, model: DashboardModel, panel: PanelName, handlers: DashboardHandlers): DashboardHandle {
  return mount(container, model, handlers, panel);
}
