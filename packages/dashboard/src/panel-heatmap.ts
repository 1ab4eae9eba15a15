/**
 * The year heatmap: an SVG grid (rows are weekdays from the week start, columns are weeks), each
 * day a focusable cell with its label, shaded by mean intensity (or by count). Arrow keys move by
 * day and week (one tab stop for the whole grid); Enter, a click or a tap selects the day, and its
 * glimmers are listed below (the `day` part). The grid is sized by its height in CSS, so a phone
 * gets cells of 24 px and scrolls sideways for earlier weeks, starting at the newest; the weekday
 * names sit outside the scrolling part and stay in view.
 */
import { addDays } from '@glimmers/core';
import type { HeatmapCell } from './model-types.ts';
import { append, el, isActivation, svg, svgTitle } from './dom.ts';
import type { Ctx } from './panel-frame.ts';
import { call, frame, table } from './panel-frame.ts';
import { oneDecimal } from './words.ts';
import { cellClass, cellOf } from './heatmap-patch.ts';

/** Geometry in SVG units; CSS gives the grid a height, and 1 unit is 1 px at a phone's height. */
const CELL = 24;
const STEP = 26;
const TOP = 20;
const LABELS = 26;
const HEIGHT = TOP + 7 * STEP;

/** The weekday names, in their own small SVG that scales exactly as the grid does. */
function weekdays(ctx: Ctx): SVGSVGElement {
  const { doc, model } = ctx;
  const names = svg(doc, 'svg', { class: 'glimmers-heat-days', viewBox: `0 0 ${LABELS} ${HEIGHT}`, 'aria-hidden': 'true', focusable: 'false' });
  for (const w of model.heatmap.weekdayLabels) {
    const t = svg(doc, 'text', { x: 0, y: TOP + w.row * STEP + 16, class: 'glimmers-heat-axis-text glimmers-heat-day-name' });
    t.textContent = w.label;
    names.appendChild(t);
  }
  return names;
}

/** The heatmap panel. */
export function heatmapPanel(ctx: Ctx): HTMLElement {
  const { doc, model, ui, handlers } = ctx;
  const h = model.heatmap;
  return frame(ctx, 'heatmap', 'Year at a glance', () => {
    const cells = h.columns.flatMap((c) => c.cells).filter((c): c is HeatmapCell => c !== null);
    const byDay = new Map(cells.map((c) => [c.day, c]));
    const focusDay = ui.heatFocus && byDay.has(ui.heatFocus) ? ui.heatFocus : h.to;
    const width = h.columns.length * STEP;
    const grid = svg(doc, 'svg', { class: 'glimmers-heatmap-svg', viewBox: `0 0 ${width} ${HEIGHT}`, role: 'grid', 'aria-label': h.caption, 'aria-rowcount': 7 });
    const months = svg(doc, 'g', { class: 'glimmers-heat-axis', 'aria-hidden': 'true' });
    for (const m of h.monthLabels) {
      const t = svg(doc, 'text', { x: m.column * STEP, y: 14, class: 'glimmers-heat-axis-text' });
      t.textContent = m.label;
      months.appendChild(t);
    }
    grid.appendChild(months);
    for (let r = 0; r < 7; r++) {
      const row = svg(doc, 'g', { role: 'row', 'aria-rowindex': r + 1 });
      h.columns.forEach((col, c) => {
        const cell = col.cells[r];
        if (!cell) return;
        const selected = ui.heatSelected === cell.day;
        const rect = svg(doc, 'rect', {
          class: cellClass(cell, selected),
          x: c * STEP, y: TOP + r * STEP, width: CELL, height: CELL, rx: 4,
          role: 'gridcell', tabindex: cell.day === focusDay ? 0 : -1, 'aria-label': cell.label, 'aria-selected': selected ? 'true' : 'false',
          'data-day': cell.day, 'data-glimmers-key': `day:${cell.day}`,
        });
        rect.appendChild(svgTitle(doc, cell.label));
        row.appendChild(rect);
      });
      grid.appendChild(row);
    }
    const said = ui.heatSelected && byDay.has(ui.heatSelected) ? (byDay.get(ui.heatSelected) as HeatmapCell).label : null;
    const status = el(doc, 'p', 'glimmers-heatmap-status', said, { 'aria-live': 'polite' });
    if (said === null) {
      // Words for the device in hand: CSS shows one of the two (keyboard and mouse, or touch).
      append(status,
        el(doc, 'span', 'glimmers-hint-keys', 'Select a day, or use the arrow keys and Enter, to read its glimmers.'),
        el(doc, 'span', 'glimmers-hint-touch', 'Tap a day to read its glimmers.'));
    }

    const focusOn = (day: string, focus: boolean): void => {
      if (!byDay.has(day)) return;
      ui.heatFocus = day;
      for (const node of Array.from(grid.querySelectorAll('.glimmers-heat-cell'))) {
        const mine = node.getAttribute('data-day') === day;
        node.setAttribute('tabindex', mine ? '0' : '-1');
        if (focus && mine) (node as SVGElement).focus();
      }
    };
    const activate = (day: string): void => {
      // The model on screen now: cells may have been brought up to date in place since this was built.
      const target = cellOf(ctx.model.heatmap, day);
      if (!target) return;
      ui.heatSelected = day;
      status.textContent = target.label;
      for (const node of Array.from(grid.querySelectorAll('.glimmers-heat-cell'))) {
        const mine = node.getAttribute('data-day') === day;
        node.classList.toggle('glimmers-is-selected', mine);
        node.setAttribute('aria-selected', mine ? 'true' : 'false');
      }
      call(ui, () => handlers.select?.({ from: day, to: day }));
    };
    grid.addEventListener('click', (event) => {
      const day = (event.target as Element | null)?.closest?.('.glimmers-heat-cell')?.getAttribute('data-day');
      if (!day) return;
      focusOn(day, true);
      activate(day);
    });
    grid.addEventListener('keydown', (event) => {
      const day = (event.target as Element | null)?.getAttribute?.('data-day');
      if (!day) return;
      const moves: Record<string, number> = { ArrowRight: 7, ArrowLeft: -7, ArrowDown: 1, ArrowUp: -1 };
      let next: string | null = null;
      if (event.key in moves) next = addDays(day, moves[event.key] as number);
      else if (event.key === 'Home') next = h.from;
      else if (event.key === 'End') next = h.to;
      else if (isActivation(event)) {
        event.preventDefault();
        activate(day);
        return;
      } else return;
      event.preventDefault();
      if (next && byDay.has(next)) focusOn(next, true);
    });

    const body = append(el(doc, 'div', 'glimmers-heatmap-body'), weekdays(ctx), append(el(doc, 'div', 'glimmers-heatmap-scroll'), grid));
    const legend = el(doc, 'div', 'glimmers-heat-legend', null, { 'aria-hidden': 'true' });
    append(legend, el(doc, 'span', 'glimmers-note', h.metric === 'intensity' ? 'Low intensity' : 'Fewer'));
    for (let level = 0; level <= 4; level++) {
      const sw = svg(doc, 'svg', { class: 'glimmers-heat-swatch', viewBox: '0 0 12 12', width: 12, height: 12 });
      sw.appendChild(svg(doc, 'rect', { class: `glimmers-heat-cell glimmers-heat-l${level}`, width: 12, height: 12, rx: 2 }));
      legend.appendChild(sw);
    }
    append(legend, el(doc, 'span', 'glimmers-note', h.metric === 'intensity' ? 'High intensity' : 'More'));
    return [body, legend, status];
  }, () => table(doc, `Glimmers per month, ${h.months[0]?.label ?? ''} to ${h.months[h.months.length - 1]?.label ?? ''}`,
    ['Month', 'Glimmers', 'Days with a glimmer', 'Mean intensity'],
    h.months.map((m) => [m.label, m.count, m.days, oneDecimal(m.meanIntensity)])));
}
