/**
 * The weekly trend (glimmers per week, then light beside weight) and the ranked bars. Charts are
 * SVG sized by `viewBox` so they fit any width; their words (axis ends, legend) are HTML so they
 * stay readable on a phone. Each chart has an accessible name and a table behind "Show as table".
 */
import type { BarsModel, PanelName } from './model-types.ts';
import { append, el, svg, svgTitle } from './dom.ts';
import type { Ctx } from './panel-frame.ts';
import { frame, note, table } from './panel-frame.ts';
import { glimmers, oneDecimal } from './words.ts';

const SLOT = 10;
const COUNT_H = 60;
const SCALE_H = 50;

/** The trend panel: glimmers per week (or month), and mean intensity beside mean weight. */
export function trendPanel(ctx: Ctx): HTMLElement {
  const { doc, model } = ctx;
  const t = model.trend;
  const unit = t.granularity === 'week' ? 'Week' : 'Month';
  const title = t.granularity === 'week' ? 'Weekly rhythm' : 'Monthly rhythm';
  return frame(ctx, 'trend', title, () => {
    if (t.points.length === 0) return [note(doc, t.caption)];
    const width = Math.max(1, t.points.length) * SLOT;
    const counts = svg(doc, 'svg', { class: 'glimmers-trend-svg', viewBox: `0 0 ${width} ${COUNT_H}`, preserveAspectRatio: 'none', role: 'img', tabindex: 0, 'aria-label': t.caption });
    counts.appendChild(svgTitle(doc, t.caption));
    counts.appendChild(svg(doc, 'line', { class: 'glimmers-axis-line', x1: 0, x2: width, y1: COUNT_H - 0.5, y2: COUNT_H - 0.5 }));
    t.points.forEach((p, i) => {
      if (p.count === 0 || t.maxCount === 0) return;
      const h = Math.max(2, (p.count / t.maxCount) * (COUNT_H - 4));
      const bar = svg(doc, 'rect', { class: 'glimmers-trend-bar', x: i * SLOT + 1.5, y: COUNT_H - h, width: SLOT - 3, height: h });
      bar.appendChild(svgTitle(doc, `${p.label}: ${glimmers(p.count)}`));
      counts.appendChild(bar);
    });

    const balance = svg(doc, 'svg', { class: 'glimmers-balance-svg', viewBox: `0 0 ${width} ${SCALE_H}`, preserveAspectRatio: 'none', role: 'img', tabindex: 0, 'aria-label': t.balanceCaption });
    balance.appendChild(svgTitle(doc, t.balanceCaption));
    balance.appendChild(svg(doc, 'line', { class: 'glimmers-axis-line', x1: 0, x2: width, y1: SCALE_H - 0.5, y2: SCALE_H - 0.5 }));
    t.points.forEach((p, i) => {
      const pair: [number | null, string, string][] = [[p.meanIntensity, 'glimmers-light-bar', 'mean intensity'], [p.meanWeight, 'glimmers-weight-bar', 'mean weight']];
      pair.forEach(([value, cls, what], k) => {
        if (value === null) return;
        const h = Math.max(1, (value / 5) * (SCALE_H - 2));
        const bar = svg(doc, 'rect', { class: cls, x: i * SLOT + 1 + k * 4, y: SCALE_H - h, width: 4, height: h });
        bar.appendChild(svgTitle(doc, `${p.label}: ${what} ${oneDecimal(value)}`));
        balance.appendChild(bar);
      });
    });
    const first = t.points[0];
    const last = t.points[t.points.length - 1];
    const axis = (): HTMLElement => append(el(doc, 'div', 'glimmers-axis', null, { 'aria-hidden': 'true' }), el(doc, 'span', '', first?.shortLabel ?? ''), el(doc, 'span', '', last?.shortLabel ?? ''));
    const legend = el(doc, 'div', 'glimmers-legend');
    append(legend,
      append(el(doc, 'span', 'glimmers-legend-item'), el(doc, 'span', 'glimmers-swatch glimmers-swatch-light', null, { 'aria-hidden': 'true' }), doc.createTextNode('Mean intensity (light)')),
      append(el(doc, 'span', 'glimmers-legend-item'), el(doc, 'span', 'glimmers-swatch glimmers-swatch-weight', null, { 'aria-hidden': 'true' }), doc.createTextNode('Mean weight')));
    return [
      el(doc, 'p', 'glimmers-chart-label', `Glimmers per ${unit.toLowerCase()}`),
      append(el(doc, 'div', 'glimmers-chart glimmers-chart-count'), counts),
      axis(),
      el(doc, 'p', 'glimmers-chart-label', 'Light beside weight'),
      legend,
      append(el(doc, 'div', 'glimmers-chart glimmers-chart-balance'), balance),
      axis(),
    ];
  }, () => table(doc, t.caption, [unit, 'Glimmers', 'Mean intensity', 'Mean weight'],
    t.points.map((p) => [p.label, p.count, oneDecimal(p.meanIntensity), oneDecimal(p.meanWeight)])));
}

/** A ranked-bars panel (themes, moments, body, feelings, grounding). */
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
