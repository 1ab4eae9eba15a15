/**
 * "Where it landed in the body": the body map figure of the capture form (`body-map/`), each place
 * shaded by how often it was noted and focusable with its figures as its name, beside a list of the
 * places noted with their mean intensity (the light) beside their mean weight, on a 0-5 scale. The
 * table behind "Show as table" holds all twelve places.
 */
import { createBodyMapFigure } from './body-map/body-figure.ts';
import { append, el, svg } from './dom.ts';
import type { BodyMapModel, BodyRegionRow } from './model-body.ts';
import type { Ctx } from './panel-frame.ts';
import { frame, note, table } from './panel-frame.ts';
import { glimmers, oneDecimal } from './words.ts';

/** The two bars of a place: its field, the bar's class and the word beside its value. */
export const PLACE_SCALES: readonly (readonly ['meanIntensity' | 'meanWeight', string, string])[] = [
  ['meanIntensity', 'glimmers-light-bar', 'light'],
  ['meanWeight', 'glimmers-weight-bar', 'weight'],
];

/** A 0-5 value's bar width on the 50-unit scale. */
export function placeBarWidth(value: number): number {
  return Math.max(1, value * 10);
}

/** "light 3.8", "weight none". */
export function placeValueText(word: string, value: number | null): string {
  return `${word} ${oneDecimal(value)}`;
}

/** One 0-5 bar with its word and value beside it ("light 3.8", "weight 2.1"). */
function scaleRow(doc: Document, cls: string, word: string, value: number | null): HTMLElement {
  const bar = svg(doc, 'svg', { class: 'glimmers-bodymap-bar', viewBox: '0 0 50 6', preserveAspectRatio: 'none', 'aria-hidden': 'true', focusable: 'false' });
  bar.appendChild(svg(doc, 'rect', { class: 'glimmers-bar-track', x: 0, y: 0, width: 50, height: 6, rx: 2 }));
  if (value !== null) bar.appendChild(svg(doc, 'rect', { class: cls, x: 0, y: 0, width: placeBarWidth(value), height: 6, rx: 2 }));
  return append(el(doc, 'span', 'glimmers-bodymap-scale'), el(doc, 'span', 'glimmers-bodymap-value', placeValueText(word, value)), bar);
}

/** A place noted in the range: its word and count, then the light beside the weight. */
function placeRow(doc: Document, r: BodyRegionRow): HTMLElement {
  const li = el(doc, 'li', 'glimmers-bodymap-row', null, { 'data-region': r.id });
  append(li,
    append(el(doc, 'span', 'glimmers-bodymap-place'), el(doc, 'span', 'glimmers-bodymap-word', r.word), el(doc, 'span', 'glimmers-bodymap-count', glimmers(r.count))),
    append(el(doc, 'span', 'glimmers-bodymap-scales'), ...PLACE_SCALES.map(([field, cls, word]) => scaleRow(doc, cls, word, r[field]))));
  return li;
}

/** The sentence about body words that name no place on the map, or `null`. */
export function elsewhereText(b: BodyMapModel): string | null {
  if (b.elsewhere.length === 0) return null;
  return `Also noted, not on the map: ${b.elsewhere.map((e) => `${e.word} (${e.count})`).join(', ')}${b.elsewhereMore > 0 ? `, and ${b.elsewhereMore} more` : ''}.`;
}

/** The body map panel. */
export function bodyPanel(ctx: Ctx): HTMLElement {
  const { doc, model } = ctx;
  const b = model.body;
  const words = elsewhereText(b);
  const elsewhere = words === null ? null : note(doc, words, 'glimmers-bodymap-elsewhere');
  return frame(ctx, 'body', b.title, () => {
    if (b.noted.length === 0) return [note(doc, b.emptyText), elsewhere];
    const levels = Object.fromEntries(b.regions.map((r) => [r.id, r.level]));
    const labels = new Map(b.regions.map((r) => [r.id, r.label]));
    const figure = createBodyMapFigure(doc, { label: b.caption, levels, describe: (id) => labels.get(id) ?? id, focusable: true });
    const list = el(doc, 'ul', 'glimmers-bodymap-list', null, { 'aria-label': 'Places noted, most often first' });
    for (const r of b.noted) list.appendChild(placeRow(doc, r));
    return [
      el(doc, 'p', 'glimmers-chart-label', 'Shaded by how often each place was noted; beside it, the light and the weight, 0 to 5'),
      append(el(doc, 'div', 'glimmers-bodymap'), append(el(doc, 'div', 'glimmers-bodymap-figure'), figure), append(el(doc, 'div', 'glimmers-bodymap-side'), list)),
      elsewhere,
    ];
  }, () => table(doc, b.caption, ['Place', 'Glimmers', 'Mean intensity', 'Mean weight'],
    b.regions.map((r) => [r.word, r.count, oneDecimal(r.meanIntensity), oneDecimal(r.meanWeight)])));
}
