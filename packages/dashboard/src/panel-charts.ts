/**
 * The weekly trend (glimmers per week, then light beside weight) and the ranked bars. Charts are
 * SVG sized by `viewBox` so they fit any width; their words (scales, axis ends, legend) are HTML
 * so they stay readable on a phone. In the count chart each week is a button (one Tab stop, arrow
 * keys move, Enter, a click or a tap lists that week's glimmers). Each chart has an accessible
 * name and a table behind "Show as table".
 */
import type { BarsModel, PanelName, TrendPoint } from './model-types.ts';
import { append, el, isActivation, svg, svgTitle } from './dom.ts';
import type { Ctx } from './panel-frame.ts';
import { call, frame, note, table } from './panel-frame.ts';
import { glimmers, oneDecimal } from './words.ts';

const SLOT = 10;
const COUNT_H = 60;
const SCALE_H = 50;

/** The two bars of a period in the light-beside-weight chart: its field, class and words. */
export const BALANCE: readonly (readonly ['meanIntensity' | 'meanWeight', string, string])[] = [
  ['meanIntensity', 'glimmers-light-bar', 'mean intensity'],
  ['meanWeight', 'glimmers-weight-bar', 'mean weight'],
];

/** A count bar's top and height (0 high for an empty period). */
export function countBar(count: number, max: number): [number, number] {
  const h = count === 0 || max === 0 ? 0 : Math.max(2, (count / max) * (COUNT_H - 4));
  return [COUNT_H - h, h];
}

/** A 0-5 scale bar's top and height (0 high when nothing was rated). */
export function scaleBar(value: number | null): [number, number] {
  const h = value === null ? 0 : Math.max(1, (value / 5) * (SCALE_H - 2));
  return [SCALE_H - h, h];
}

/** A period's accessible name in the count chart: "Week of 2 March 2026: 3 glimmers". */
export function countName(p: TrendPoint): string {
  return `${p.label}: ${glimmers(p.count)}`;
}

/** A chart with its scale: the top and bottom values beside it. */
function scaled(doc: Document, cls: string, top: string, bottom: string, chart: SVGSVGElement): HTMLElement {
  const axis = append(el(doc, 'div', 'glimmers-yaxis', null, { 'aria-hidden': 'true' }), el(doc, 'span', '', top), el(doc, 'span', '', bottom));
  return append(el(doc, 'div', `glimmers-chart ${cls}`), axis, append(el(doc, 'div', 'glimmers-chart-plot'), chart));
}

/** Glimmers per week (or month): each period a button when weeks can be selected. */
function countChart(ctx: Ctx, points: readonly TrendPoint[], max: number, selectable: boolean): SVGSVGElement {
  const { doc, model, ui, handlers } = ctx;
  const t = model.trend;
  const width = Math.max(1, points.length) * SLOT;
  const chart = svg(doc, 'svg', { class: 'glimmers-trend-svg', viewBox: `0 0 ${width} ${COUNT_H}`, preserveAspectRatio: 'none', role: selectable ? 'group' : 'img', 'aria-label': t.caption });
  if (!selectable) chart.setAttribute('tabindex', '0');
  chart.appendChild(svg(doc, 'line', { class: 'glimmers-axis-line', x1: 0, x2: width, y1: COUNT_H - 0.5, y2: COUNT_H - 0.5 }));
  const selected = model.day?.kind === 'week' ? model.day.from : null;
  const focus = ui.weekFocus && points.some((p) => p.start === ui.weekFocus) ? ui.weekFocus : points[points.length - 1]?.start;
  points.forEach((p, i) => {
    const name = countName(p);
    const group = svg(doc, 'g', selectable ? {
      class: `glimmers-week${selected === p.start ? ' glimmers-is-selected' : ''}`, role: 'button', tabindex: p.start === focus ? 0 : -1,
      'aria-label': name, 'aria-pressed': selected === p.start ? 'true' : 'false', 'data-week': p.start, 'data-glimmers-key': `week:${p.start}`,
    } : {});
    // The whole height of the week answers a tap, not only its bar.
    if (selectable) group.appendChild(svg(doc, 'rect', { class: 'glimmers-week-hit', x: i * SLOT, y: 0, width: SLOT, height: COUNT_H }));
    // Every period has its bar (0 high when empty), so an update can reshape bars in place.
    const [y, h] = countBar(p.count, max);
    group.appendChild(svg(doc, 'rect', { class: 'glimmers-trend-bar', 'data-i': i, x: i * SLOT + 1.5, y, width: SLOT - 3, height: h }));
    group.appendChild(svgTitle(doc, name));
    chart.appendChild(group);
  });
  if (!selectable) return chart;
  const pick = (start: string): void => {
    const p = points.find((q) => q.start === start);
    if (p) call(ui, () => handlers.select?.(selected === start ? null : { from: p.start, to: p.end }));
  };
  const move = (start: string): void => {
    ui.weekFocus = start;
    for (const node of Array.from(chart.querySelectorAll('[data-week]'))) {
      const mine = node.getAttribute('data-week') === start;
      node.setAttribute('tabindex', mine ? '0' : '-1');
      if (mine) (node as SVGElement).focus();
    }
  };
  chart.addEventListener('click', (event) => {
    const start = (event.target as Element | null)?.closest?.('[data-week]')?.getAttribute('data-week');
    if (start) {
      ui.weekFocus = start;
      pick(start);
    }
  });
  chart.addEventListener('keydown', (event) => {
    const start = (event.target as Element | null)?.getAttribute?.('data-week');
    const at = points.findIndex((p) => p.start === start);
    if (!start || at < 0) return;
    let next = -1;
    if (event.key === 'ArrowRight') next = at + 1;
    else if (event.key === 'ArrowLeft') next = at - 1;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = points.length - 1;
    else if (isActivation(event)) {
      event.preventDefault();
      pick(start);
      return;
    } else return;
    event.preventDefault();
    const target = points[next];
    if (target) move(target.start);
  });
  return chart;
}

/** The trend panel: glimmers per week (or month), and mean intensity beside mean weight. */
export function trendPanel(ctx: Ctx): HTMLElement {
  const { doc, model, handlers } = ctx;
  const t = model.trend;
  const unit = t.granularity === 'week' ? 'Week' : 'Month';
  const title = t.granularity === 'week' ? 'Weekly rhythm' : 'Monthly rhythm';
  return frame(ctx, 'trend', title, () => {
    if (t.points.length === 0) return [note(doc, t.caption)];
    const selectable = t.granularity === 'week' && handlers.select !== undefined;
    const width = Math.max(1, t.points.length) * SLOT;
    const balance = svg(doc, 'svg', { class: 'glimmers-balance-svg', viewBox: `0 0 ${width} ${SCALE_H}`, preserveAspectRatio: 'none', role: 'img', tabindex: 0, 'aria-label': t.balanceCaption });
    balance.appendChild(svgTitle(doc, t.balanceCaption));
    balance.appendChild(svg(doc, 'line', { class: 'glimmers-axis-line', x1: 0, x2: width, y1: SCALE_H - 0.5, y2: SCALE_H - 0.5 }));
    t.points.forEach((p, i) => {
      BALANCE.forEach(([field, cls, what], k) => {
        const [y, h] = scaleBar(p[field]);
        const bar = svg(doc, 'rect', { class: cls, 'data-i': i, x: i * SLOT + 1 + k * 4, y, width: 4, height: h });
        bar.appendChild(svgTitle(doc, `${p.label}: ${what} ${oneDecimal(p[field])}`));
        balance.appendChild(bar);
      });
    });
    const first = t.points[0];
    const last = t.points[t.points.length - 1];
    const axis = (): HTMLElement => append(el(doc, 'div', 'glimmers-axis', null, { 'aria-hidden': 'true' }), el(doc, 'span', '', first?.shortLabel ?? ''), el(doc, 'span', '', last?.shortLabel ?? ''));
    const legend = el(doc, 'div', 'glimmers-legend');
    append(legend,
      append(el(doc, 'span', 'glimmers-legend-item'), el(doc, 'span', 'glimmers-swatch glimmers-swatch-light', null, { 'aria-hidden': 'true' }), doc.createTextNode('Mean intensity: the light')),
      append(el(doc, 'span', 'glimmers-legend-item'), el(doc, 'span', 'glimmers-swatch glimmers-swatch-weight', null, { 'aria-hidden': 'true' }), doc.createTextNode('Mean weight')));
    return [
      el(doc, 'p', 'glimmers-chart-label', `Glimmers per ${unit.toLowerCase()}${selectable ? '; select a week to read it' : ''}`),
      scaled(doc, 'glimmers-chart-count', String(t.maxCount), '0', countChart(ctx, t.points, t.maxCount, selectable)),
      axis(),
      el(doc, 'p', 'glimmers-chart-label', 'Light beside weight, 0 to 5'),
      legend,
      scaled(doc, 'glimmers-chart-balance', '5', '0', balance),
      axis(),
    ];
  }, () => table(doc, t.caption, [unit, 'Glimmers', 'Mean intensity', 'Mean weight'],
    t.points.map((p) => [p.label, p.count, oneDecimal(p.meanIntensity), oneDecimal(p.meanWeight)])));
}

/** A ranked-bars panel (themes, moments, body, feelings, grounding), each bar with its count beside it. */
export function barsPanel(ctx: Ctx, name: PanelName, bars: BarsModel): HTMLElement {
  const { doc } = ctx;
  return frame(ctx, name, bars.title, () => {
    if (bars.rows.length === 0) return [note(doc, bars.emptyText)];
    const list = el(doc, 'ol', 'glimmers-bars', null, { 'aria-label': bars.title });
    for (const row of bars.rows) {
      const li = el(doc, 'li', 'glimmers-bar-row');
      const graphic = svg(doc, 'svg', { class: 'glimmers-bar', viewBox: '0 0 100 8', preserveAspectRatio: 'none', 'aria-hidden': 'true', focusable: 'false' });
      graphic.appendChild(svg(doc, 'rect', { class: 'glimmers-bar-track', x: 0, y: 0, width: 100, height: 8, rx: 2 }));
      graphic.appendChild(svg(doc, 'rect', { class: 'glimmers-bar-fill', x: 0, y: 0, width: Math.max(1, Math.round(row.share * 1000) / 10), height: 8, rx: 2 }));
      append(li, el(doc, 'span', 'glimmers-bar-label', row.label), graphic, el(doc, 'span', 'glimmers-bar-count', String(row.count)));
      list.appendChild(li);
    }
    return [list, bars.more > 0 ? note(doc, `And ${bars.more} more, each less frequent.`) : null];
  }, () => table(doc, bars.rows.length === 0 ? bars.emptyText : `${bars.title}, most frequent first`, [bars.column, 'Glimmers'], bars.rows.map((r) => [r.label, r.count])));
}
