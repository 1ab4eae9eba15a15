/**
 * The body map as a plain list: the same twelve regions as toggle buttons in head-to-feet order,
 * for people who would rather not use the figure (or a screen reader that reads lists better).
 */
import { BODY_REGIONS, type BodyRegionId } from '@glimmers/core';
import { el } from '../dom.ts';

/** The list of region toggles. */
export interface BodyRegionList {
  /** A labelled group of `<button aria-pressed>`, one per region. */
  readonly el: HTMLElement;
  /** Presses or releases a region without calling `onToggle` (to follow the figure). */
  setPressed(id: BodyRegionId, pressed: boolean): void;
}

/** What the list needs. */
export interface BodyRegionListOptions {
  /** The accessible name of the group. */
  label: string;
  pressed: Iterable<BodyRegionId>;
  onToggle(id: BodyRegionId, pressed: boolean): void;
}

/** Builds the list of region toggle buttons (each a real `<button>`, so Tab, Enter and Space work as usual). */
export function createBodyRegionList(doc: Document, opts: BodyRegionListOptions): BodyRegionList {
  const list = el(doc, 'div', 'glimmers-body-list', null, { role: 'group', 'aria-label': opts.label });
  const pressed = new Set(opts.pressed);
  const buttons = new Map<BodyRegionId, HTMLButtonElement>();
  const sync = (id: BodyRegionId): void => {
    buttons.get(id)?.setAttribute('aria-pressed', pressed.has(id) ? 'true' : 'false');
  };
  for (const region of BODY_REGIONS) {
    const b = el(doc, 'button', 'glimmers-body-list-item', region.word, { type: 'button', 'data-region': region.id });
    b.addEventListener('click', () => {
      if (pressed.has(region.id)) pressed.delete(region.id);
      else pressed.add(region.id);
      sync(region.id);
      opts.onToggle(region.id, pressed.has(region.id));
    });
    buttons.set(region.id, b);
    list.appendChild(b);
    sync(region.id);
  }
  return {
    el: list,
    setPressed(id, on) {
      if (on) pressed.add(id);
      else pressed.delete(id);
      sync(id);
    },
  };
}
