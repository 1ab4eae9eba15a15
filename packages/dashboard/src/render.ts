/**
 * `renderDashboard` and `renderPanel`: draw a {@link DashboardModel} into a container with plain
 * DOM and SVG. `update` compares the new model with the one on screen part by part and rebuilds
 * only the panels whose part changed, so a save elsewhere in the vault leaves the rest (scroll,
 * focus, open tables, revealed text) as it was.
 */
import { deepEqual } from '@glimmers/core';
import type { DashboardHandle, DashboardHandlers, DashboardModel, PanelName } from './model-types.ts';
import { append, el } from './dom.ts';
import type { Ctx, PartName, UiState } from './panel-frame.ts';
import { newUiState, note } from './panel-frame.ts';
import { buildPart, PATCHABLE, partData, patchPart } from './parts.ts';

/** The parts of the whole dashboard, in reading order, grouped as they are laid out. */
const LAYOUT: readonly (readonly PartName[])[] = [
  ['summary'], ['filters'], ['heatmap'], ['day'], ['trend'], ['revisit', 'body'], ['themes', 'moments', 'feelings', 'grounding'], ['carrying'], ['recent'], ['attention'],
];

/** Parts drawn with one panel of a code block: a chart brings the list of the day or week it selects. */
function partsOf(only: PanelName): PartName[] {
  return only === 'heatmap' || only === 'trend' ? [only, 'day'] : [only];
}

/** What decides the page's skeleton: when it changes, everything is drawn again. */
function skeleton(model: DashboardModel): string {
  return `${model.empty}|${model.noMatches}|${model.privacy}|${model.attention.length > 0}`;
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
  /** The element of each part on screen, the model data it shows, and the model that data came from. */
  const drawn = new Map<PartName, { node: HTMLElement; data: unknown; model: DashboardModel }>();
  let shape = '';

  const build = (part: PartName): HTMLElement => {
    const node = buildPart(ctx, part);
    drawn.set(part, { node, data: PATCHABLE.has(part) ? null : partData(ctx.model, part), model: ctx.model });
    return node;
  };
  const ctx: Ctx = {
    doc,
    model,
    handlers,
    ui,
    redraw(part, focusKey) {
      const old = drawn.get(part);
      if (ui.destroyed || !old) return;
      const key = focusKey ?? focusedKey(root);
      old.node.replaceWith(build(part));
      restoreFocus(root, key);
    },
  };

  const drawAll = (): void => {
    const key = focusedKey(root);
    drawn.clear();
    shape = skeleton(ctx.model);
    const m = ctx.model;
    const nodes: Node[] = [];
    if (only) nodes.push(...partsOf(only).map(build));
    else {
      const header = el(doc, 'div', 'glimmers-dashboard-header');
      append(header, el(doc, 'h2', 'glimmers-dashboard-title', 'Your glimmers'));
      nodes.push(header);
      if (m.empty) {
        nodes.push(build('empty'));
        // Broken glimmer notes still need a way to be found and fixed.
        if (m.attention.length > 0) nodes.push(build('attention'));
      } else {
        for (const group of LAYOUT) {
          if (group[0] === 'attention' && m.attention.length === 0) continue;
          if (group.length === 1) nodes.push(build(group[0] as PartName));
          else nodes.push(append(el(doc, 'div', group.length === 2 ? 'glimmers-grid glimmers-grid-2' : 'glimmers-grid'), ...group.map(build)));
          if (group[0] === 'filters' && m.noMatches) nodes.push(note(doc, 'No glimmers in this range with these filters. Try a longer range or fewer filters.', 'glimmers-notice'));
        }
      }
    }
    root.replaceChildren(...nodes);
    restoreFocus(root, key);
  };

  /** Brings the parts whose data changed up to date (in place when a part can, else rebuilt); returns how many were rebuilt. */
  const patch = (): number => {
    const key = focusedKey(root);
    let rebuilt = 0;
    for (const [part, shown] of [...drawn]) {
      // A part that can bring itself up to date compares its own data, more cheaply than in general.
      if (PATCHABLE.has(part)) {
        if (patchPart(ctx, part, shown.node, shown.model)) {
          drawn.set(part, { node: shown.node, data: null, model: ctx.model });
          continue;
        }
      } else if (deepEqual(shown.data, partData(ctx.model, part))) continue;
      shown.node.replaceWith(build(part));
      rebuilt++;
    }
    if (rebuilt > 0) restoreFocus(root, key);
    return rebuilt;
  };

  container.appendChild(root);
  drawAll();
  return {
    update(next) {
      if (ui.destroyed) return;
      ctx.model = next;
      if (skeleton(next) !== shape) drawAll();
      else patch();
    },
    destroy() {
      ui.destroyed = true;
      drawn.clear();
      root.remove();
    },
  };
}

/**
 * Draws the whole dashboard into `container` (appended; the container's other children stay).
 * @example
 * const view = renderDashboard(el, buildDashboardModel(index, options), handlers);
 * view.update(buildDashboardModel(index, newOptions)); // rebuilds only the panels that changed
 * view.destroy();
 */
export function renderDashboard(container: HTMLElement, model: DashboardModel, handlers: DashboardHandlers): DashboardHandle {
  return mount(container, model, handlers, null);
}

/** Draws one panel (for the `glimmers` code block), with the same behaviour as in the dashboard. */
export function renderPanel(container: HTMLElement, model: DashboardModel, panel: PanelName, handlers: DashboardHandlers): DashboardHandle {
  return mount(container, model, handlers, panel);
}
