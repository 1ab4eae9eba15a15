/**
 * Bringing a heatmap on screen up to date in place: when only some days changed (a glimmer saved,
 * another deleted), their cells get their new shade, label and tooltip, and the grid keeps its
 * scroll position, focus and selection; nothing is rebuilt. Anything more (another range, another
 * week start, the table shown) is left to a rebuild.
 */
import { dayNumber, deepEqual } from '@glimmers/core';
import type { HeatmapCell, HeatmapModel } from './model-types.ts';
import type { UiState } from './panel-frame.ts';

/** Up to this many changed cells are found one by one; more, and every cell is read once. */
const FEW_CELLS = 8;

/** The cell of `day` in a heatmap model, or `undefined`. */
export function cellOf(h: HeatmapModel, day: string): HeatmapCell | undefined {
  const first = h.columns[0];
  const at = dayNumber(day);
  const start = first ? dayNumber(first.start) : null;
  if (at === null || start === null || at < start) return undefined;
  return h.columns[Math.floor((at - start) / 7)]?.cells[(at - start) % 7] ?? undefined;
}

/** The class of a cell's rect: its shade, whether it has glimmers without a rating, whether it is selected. */
export function cellClass(cell: HeatmapCell, selected: boolean): string {
  return `glimmers-heat-cell glimmers-heat-l${cell.level}${cell.count > 0 && cell.level === 0 ? ' glimmers-heat-unrated' : ''}${selected ? ' glimmers-is-selected' : ''}`;
}

/** Whether two heatmaps have the same days in the same places, so one can be patched into the other. */
function sameLayout(a: HeatmapModel, b: HeatmapModel): boolean {
  if (a.from !== b.from || a.to !== b.to || a.metric !== b.metric || a.columns.length !== b.columns.length) return false;
  if (!deepEqual(a.monthLabels, b.monthLabels) || !deepEqual(a.weekdayLabels, b.weekdayLabels)) return false;
  return a.columns.every((col, c) => col.start === b.columns[c]?.start);
}

/**
 * Updates the heatmap panel `node` from `prev` to `next` in place (nothing at all when nothing
 * changed); `false` when it must be rebuilt.
 */
export function patchHeatmap(node: HTMLElement, ui: UiState, prev: HeatmapModel, next: HeatmapModel): boolean {
  if (prev === next) return true;
  const grid = node.querySelector('.glimmers-heatmap-svg');
  if (ui.tables.has('heatmap') || !grid || !sameLayout(prev, next)) return false;
  // A save changes a cell or two: find those by their day; past a few, read every cell once instead.
  let rects: Map<string, Element> | null = null;
  let looked = 0;
  const rectOf = (day: string): Element | undefined => {
    if (rects === null && ++looked <= FEW_CELLS) return grid.querySelector(`.glimmers-heat-cell[data-day="${day}"]`) ?? undefined;
    if (rects === null) {
      rects = new Map();
      for (const rect of Array.from(grid.querySelectorAll('.glimmers-heat-cell'))) rects.set(rect.getAttribute('data-day') ?? '', rect);
    }
    return rects.get(day);
  };
  for (let c = 0; c < next.columns.length; c++) {
    const before = prev.columns[c]?.cells ?? [];
    const after = next.columns[c]?.cells ?? [];
    for (let r = 0; r < 7; r++) {
      const a = before[r];
      const b = after[r];
      // A cell's label says its count and mean; with its level, that is all it shows.
      if (!a || !b || (a.label === b.label && a.level === b.level && a.count === b.count)) continue;
      const rect = rectOf(b.day);
      if (!rect) return false;
      rect.setAttribute('class', cellClass(b, ui.heatSelected === b.day));
      rect.setAttribute('aria-label', b.label);
      const title = rect.querySelector('title');
      if (title) title.textContent = b.label;
      if (ui.heatSelected === b.day) {
        const status = node.querySelector('.glimmers-heatmap-status');
        if (status) status.textContent = b.label;
      }
    }
  }
  if (prev.caption !== next.caption) grid.setAttribute('aria-label', next.caption);
  return true;
}
