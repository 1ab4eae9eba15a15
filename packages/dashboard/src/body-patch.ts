/**
 * Bringing the body map panel on screen up to date in place when only its figures changed (a
 * glimmer's intensity or weight, one more glimmer at a place already noted): each place takes its
 * new shade, name and tooltip, each row its new count and bars, and focus stays where it was.
 * Other places noted, other words off the map, or the table shown are left to a rebuild.
 */
import { deepEqual } from '@glimmers/core';
import { shadedRegionClass } from './body-map/body-figure.ts';
import type { BodyMapModel } from './model-body.ts';
import { placeBarWidth, placeValueText, PLACE_SCALES } from './panel-body.ts';
import type { UiState } from './panel-frame.ts';
import { glimmers } from './words.ts';

/** Sets an element's text only when it differs (no needless DOM mutation). */
function text(node: Element | null | undefined, value: string): void {
  if (node && node.textContent !== value) node.textContent = value;
}

/** Updates the body map panel `node` from `a` to `b` in place; `false` when it must be rebuilt. */
export function patchBody(node: HTMLElement, ui: UiState, a: BodyMapModel, b: BodyMapModel): boolean {
  // Nothing the panel shows changed (the usual case for a save elsewhere): nothing to do.
  if (a === b || deepEqual(a, b)) return true;
  if (ui.tables.has('body') || a.noted.length === 0 || b.noted.length === 0 || a.noted.length !== b.noted.length) return false;
  // The same places in the same order, each bar present or absent as before, the same words off the map.
  const sameRows = b.noted.every((r, i) => {
    const old = a.noted[i];
    return old !== undefined && old.id === r.id && PLACE_SCALES.every(([field]) => (old[field] === null) === (r[field] === null));
  });
  if (!sameRows || JSON.stringify([a.elsewhere, a.elsewhereMore]) !== JSON.stringify([b.elsewhere, b.elsewhereMore])) return false;
  const figure = node.querySelector('svg.glimmers-body-figure');
  const rows = node.querySelectorAll('.glimmers-bodymap-row');
  if (!figure || rows.length !== b.noted.length) return false;
  if (figure.getAttribute('aria-label') !== b.caption) figure.setAttribute('aria-label', b.caption);
  b.regions.forEach((r, i) => {
    const old = a.regions[i];
    if (old?.level === r.level && old.label === r.label) return;
    const path = figure.querySelector(`[data-region="${r.id}"]`);
    if (!path) return;
    path.setAttribute('class', shadedRegionClass(r.level));
    path.setAttribute('aria-label', r.label);
    text(path.querySelector('title'), r.label);
  });
  b.noted.forEach((r, i) => {
    const row = rows[i];
    text(row?.querySelector('.glimmers-bodymap-count'), glimmers(r.count));
    const scales = row?.querySelectorAll('.glimmers-bodymap-scale') ?? [];
    PLACE_SCALES.forEach(([field, cls, word], k) => {
      const value = r[field];
      text(scales[k]?.querySelector('.glimmers-bodymap-value'), placeValueText(word, value));
      const bar = scales[k]?.querySelector(`.${cls}`);
      if (bar && value !== null && bar.getAttribute('width') !== String(placeBarWidth(value))) bar.setAttribute('width', String(placeBarWidth(value)));
    });
  });
  return true;
}
