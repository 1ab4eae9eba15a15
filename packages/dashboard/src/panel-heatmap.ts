/**
 * The year heatmap: an SVG grid (rows are weekdays from the week start, columns are weeks), each
 * day a focusable cell with its label. Arrow keys move by day and week (one tab stop for the
 * whole grid), Enter or a click reads the day out below the grid.
 */
import { addDays } from '@glimmers/core';
import type { HeatmapCell } from './model-types.ts';
import { append, el, isActivation, svg, svgTitle } from './dom.ts';
import type { Ctx } from './panel-frame.ts';
import { frame, table } from './panel-frame.ts';
import { oneDecimal } from './words.ts';

const CELL = 10;
const STEP = 12;
const LEFT = 26;
const TOP = 14;

/** The heatmap panel. */
export function heatmapPanel(ctx: Ctx): HTMLElement {
  const { doc, model, ui } = ctx;
  const h = model.heatmap;
  return frame(ctx, 'heatmap', 'Year at a glance', () => {
    const cells = h.columns.flatMap((c) => c.cells).filter((c): c is HeatmapCell => c !== null);
    const byDay = new Map(cells.map((c) => [c.day, c]));
    const focusDay = ui.heatFocus && byDay.has(ui.heatFocus) ? ui.heatFocus : h.to;
    const width = LEFT + h.columns.length * STEP;
    const height = TOP + 7 * STEP;
    const grid = svg(doc, 'svg', { class: 'glimmers-heatmap-svg', viewBox: `0 0 ${width} ${height}`, role: 'grid', 'aria-label': h.caption, 'aria-rowcount': 7 });
    const months = svg(doc, 'g', { class: 'glimmers-heat-axis', 'aria-hidden': 'true' });
    for (const m of h.monthLabels) {
      const t = svg(doc, 'text', { x: LEFT + m.column * STEP, y: 9, class: 'glimmers-heat-axis-text' });
      t.textContent = m.label;
      months.appendChild(t);
    }
    for (const w of h.weekdayLabels) {
      const t = svg(doc, 'text', { x: 0, y: TOP + w.row * STEP + 8, class: 'glimmers-heat-axis-text' });
      t.textContent = w.label;
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
          class: `glimmers-heat-cell glimmers-heat-l${cell.level}${cell.count > 0 && cell.level === 0 ? ' glimmers-heat-unrated' : ''}${selected ? ' glimmers-is-selected' : ''}`,
          x: LEFT + c * STEP, y: TOP + r * STEP, width: CELL, height: CELL, rx: 2,
          role: 'gridcell', tabindex: cell.day === focusDay ? 0 : -1, 'aria-label': cell.label, 'aria-selected': selected ? 'true' : 'false',
          'data-day': cell.day, 'data-glimmers-key': `day:${cell.day}`,
        });
        rect.appendChild(svgTitle(doc, cell.label));
        row.appendChild(rect);
      });
      grid.appendChild(row);
    }
    const status = el(doc, 'p', 'glimmers-heatmap-status', ui.heatSelected && byDay.has(ui.heatSelected) ? (byDay.get(ui.heatSelected) as HeatmapCell).label : 'Use the arrow keys or select a day to read it.', { 'aria-live': 'polite' });

    const select = (day: string, focus: boolean): void => {
      const target = byDay.get(day);
      if (!target) return;
      ui.heatFocus = day;
      for (const node of Array.from(grid.querySelectorAll('.glimmers-heat-cell'))) {
        const mine = node.getAttribute('data-day') === day;
        node.setAttribute('tabindex', mine ? '0' : '-1');
        if (focus && mine) (node as SVGElement).focus();
      }
    };
    const activate = (day: string): void => {
      const target = byDay.get(day);
      if (!target) return;
      ui.heatSelected = day;
      status.textContent = target.label;
      for (const node of Array.from(grid.querySelectorAll('.glimmers-heat-cell'))) {
        const mine = node.getAttribute('data-day') === day;
        node.classList.toggle('glimmers-is-selected', mine);
        node.setAttribute('aria-selected', mine ? 'true' : 'false');
      }
    };
    grid.addEventListener('click', (event) => {
      const day = (event.target as Element | null)?.closest?.('.glimmers-heat-cell')?.getAttribute('data-day');
      if (!day) return;
      select(day, true);
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
      if (next && byDay.has(next)) select(next, true);
    });

    const wrap = append(el(doc, 'div', 'glimmers-heatmap-scroll'), grid);
    const legend = el(doc, 'div', 'glimmers-heat-legend', null, { 'aria-hidden': 'true' });
    append(legend, el(doc, 'span', 'glimmers-note', h.metric === 'intensity' ? 'Lower intensity' : 'Fewer'));
    for (let level = 0; level <= 4; level++) {
      const sw = svg(doc, 'svg', { class: 'glimmers-heat-swatch', viewBox: '0 0 10 10', width: 10, height: 10 });
      sw.appendChild(svg(doc, 'rect', { class: `glimmers-heat-cell glimmers-heat-l${level}`, width: 10, height: 10, rx: 2 }));
      legend.appendChild(sw);
    }
    append(legend, el(doc, 'span', 'glimmers-note', h.metric === 'intensity' ? 'Higher intensity' : 'More'));
    return [wrap, legend, status];
  }, () => table(doc, `Glimmers per month, ${h.months[0]?.label ?? ''} to ${h.months[h.months.length - 1]?.label ?? ''}`,
    ['Month', 'Glimmers', 'Days with a glimmer', 'Mean intensity'],
    h.months.map((m) => [m.label, m.count, m.days, oneDecimal(m.meanIntensity)])));
}
