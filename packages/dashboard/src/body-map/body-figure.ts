/**
 * The body map figure as SVG, in two modes: toggles (the reflection form: every region a toggle
 * button named by its word, for pointer, touch and keyboard) and display (the dashboard: regions
 * shaded by level, read only, each with a tooltip). Framework-free; built in the container's own
 * document so Obsidian's pop-out windows get their own nodes.
 */
import { BODY_REGIONS, type BodyRegionId } from '@glimmers/core';
import { svg, svgTitle } from '../dom.ts';
import { BACK_VIEW_CAPTION, BACK_VIEW_HEAD, FIGURE_VIEWBOX, REGION_SHAPES, SPINE_PATH } from './figure-paths.ts';

/** How many shades the display mode has: level 0 (none) to `BODY_LEVELS - 1` (most). */
export const BODY_LEVELS = 5;

/** The figure with toggle buttons, as the form uses it. */
export interface BodyMapToggles {
  /** The `<svg>`, a labelled group of twelve toggle buttons. */
  readonly el: SVGSVGElement;
  /** The regions pressed now, head to feet. */
  pressed(): BodyRegionId[];
  /** Presses or releases a region without calling `onToggle` (to follow the list alternative). */
  setPressed(id: BodyRegionId, pressed: boolean): void;
}

/** What the toggle figure needs. */
export interface BodyMapTogglesOptions {
  /** The accessible name of the whole figure, e.g. "Where did I feel it?". */
  label: string;
  pressed: Iterable<BodyRegionId>;
  /** Called after a person presses or releases a region. */
  onToggle(id: BodyRegionId, pressed: boolean): void;
}

/** What the read-only figure needs. */
export interface BodyMapDisplayOptions {
  /** The accessible name of the figure (a summary, since the regions themselves are not announced). */
  label: string;
  /** A shade per region, 0 to `BODY_LEVELS - 1`; missing regions are 0. */
  levels: Partial<Record<BodyRegionId, number>>;
  /** The tooltip of a region ("chest: 12 glimmers"); without it, the region's word. */
  describe?(id: BodyRegionId): string;
  /**
   * Whether each region can take keyboard focus, named by its tooltip (one Tab stop for the figure,
   * arrow keys head to feet), so its figures are read out where a pointer would show the tooltip.
   * Default `false`: the figure is one image, to pair with a table.
   */
  focusable?: boolean;
}

const NEXT = new Set(['ArrowDown', 'ArrowRight']);
const PREVIOUS = new Set(['ArrowUp', 'ArrowLeft']);
const wordOf = (id: BodyRegionId): string => BODY_REGIONS.find((r) => r.id === id)?.word ?? id;
/** Regions in head-to-feet order (the keyboard's order), whatever order they are drawn in. */
const KEY_ORDER: readonly BodyRegionId[] = BODY_REGIONS.map((r) => r.id);

/** The region an arrow key, Home or End moves to from `id` (head to feet, round at the ends), or `undefined` for any other key. */
function keyStep(key: string, id: BodyRegionId): BodyRegionId | undefined {
  const i = KEY_ORDER.indexOf(id);
  if (NEXT.has(key)) return KEY_ORDER[(i + 1) % KEY_ORDER.length];
  if (PREVIOUS.has(key)) return KEY_ORDER[(i - 1 + KEY_ORDER.length) % KEY_ORDER.length];
  if (key === 'Home') return KEY_ORDER[0];
  if (key === 'End') return KEY_ORDER[KEY_ORDER.length - 1];
  return undefined;
}

/** The class of a region of the read-only figure shaded at `level` (0 to `BODY_LEVELS - 1`). */
export function shadedRegionClass(level: number): string {
  return `glimmers-body-region glimmers-body-level-${level}`;
}

function frame(doc: Document, cls: string): SVGSVGElement {
  const el = svg(doc, 'svg', {
    class: `glimmers-body-figure ${cls}`,
    viewBox: `0 0 ${FIGURE_VIEWBOX.width} ${FIGURE_VIEWBOX.height}`,
    width: FIGURE_VIEWBOX.width,
    height: FIGURE_VIEWBOX.height,
    focusable: 'false',
  });
  // Drawn only: the head above the back view, the spine on it, and its caption.
  const deco = svg(doc, 'g', { class: 'glimmers-body-decoration', 'aria-hidden': 'true' });
  deco.appendChild(svg(doc, 'circle', { class: 'glimmers-body-outline', cx: BACK_VIEW_HEAD.cx, cy: BACK_VIEW_HEAD.cy, r: BACK_VIEW_HEAD.r }));
  const caption = svg(doc, 'text', { class: 'glimmers-body-caption', x: BACK_VIEW_CAPTION.x, y: BACK_VIEW_CAPTION.y, 'text-anchor': 'middle' });
  caption.textContent = 'Back';
  deco.appendChild(caption);
  el.appendChild(deco);
  return el;
}

function spine(doc: Document): SVGPathElement {
  return svg(doc, 'path', { class: 'glimmers-body-spine', d: SPINE_PATH, 'aria-hidden': 'true' });
}

/**
 * The figure with a toggle button per region (`role="button"`, `aria-pressed`, named by the
 * region's word). One Tab stop for the whole figure; arrow keys move head to feet and back,
 * Home and End jump to the ends, Enter or Space presses. A click or a tap presses too.
 */
export function createBodyMapToggles(doc: Document, opts: BodyMapTogglesOptions): BodyMapToggles {
  const el = frame(doc, 'glimmers-body-toggles');
  el.setAttribute('role', 'group');
  el.setAttribute('aria-label', opts.label);
  const pressed = new Set(opts.pressed);
  const regions = new Map<BodyRegionId, SVGPathElement>();
  let stop: BodyRegionId = KEY_ORDER.find((id) => pressed.has(id)) ?? 'head';

  const sync = (): void => {
    for (const [id, path] of regions) {
      path.setAttribute('aria-pressed', pressed.has(id) ? 'true' : 'false');
      path.setAttribute('tabindex', id === stop ? '0' : '-1');
    }
  };
  const toggle = (id: BodyRegionId): void => {
    if (pressed.has(id)) pressed.delete(id);
    else pressed.add(id);
    stop = id;
    sync();
    opts.onToggle(id, pressed.has(id));
  };
  const move = (to: BodyRegionId): void => {
    stop = to;
    sync();
    regions.get(to)?.focus();
  };

  for (const shape of REGION_SHAPES) {
    const path = svg(doc, 'path', {
      class: 'glimmers-body-region', d: shape.d, role: 'button', 'aria-label': wordOf(shape.id), 'data-region': shape.id,
    });
    path.appendChild(svgTitle(doc, wordOf(shape.id)));
    path.addEventListener('click', () => toggle(shape.id));
    path.addEventListener('keydown', (evt: KeyboardEvent) => {
      if (evt.key === 'Enter' || evt.key === ' ' || evt.key === 'Spacebar') {
        // An Enter that confirms an input method's composition is not a press.
        if (evt.isComposing || evt.keyCode === 229) return;
        evt.preventDefault();
        toggle(shape.id);
        return;
      }
      const to = keyStep(evt.key, shape.id);
      if (to === undefined) return;
      evt.preventDefault();
      move(to);
    });
    regions.set(shape.id, path);
    el.appendChild(path);
    if (shape.id === 'back') el.appendChild(spine(doc));
  }
  sync();

  return {
    el,
    pressed: () => KEY_ORDER.filter((id) => pressed.has(id)),
    setPressed(id, on) {
      if (on) pressed.add(id);
      else pressed.delete(id);
      sync();
    },
  };
}

/**
 * The figure read only, each region shaded by its level (`glimmers-body-level-N`) with a tooltip.
 * By default the regions are not announced one by one: pair the figure with a table for screen
 * readers. With `focusable`, the figure is a labelled group whose regions take focus (one Tab stop,
 * arrow keys head to feet, Home and End), each named by its tooltip.
 */
export function createBodyMapFigure(doc: Document, opts: BodyMapDisplayOptions): SVGSVGElement {
  const el = frame(doc, 'glimmers-body-display');
  const focusable = opts.focusable === true;
  el.setAttribute('role', focusable ? 'group' : 'img');
  el.setAttribute('aria-label', opts.label);
  const regions = new Map<BodyRegionId, SVGPathElement>();
  for (const shape of REGION_SHAPES) {
    const raw = opts.levels[shape.id] ?? 0;
    const level = Math.max(0, Math.min(BODY_LEVELS - 1, Math.round(Number.isFinite(raw) ? raw : 0)));
    const text = opts.describe?.(shape.id) ?? wordOf(shape.id);
    const path = svg(doc, 'path', { class: shadedRegionClass(level), d: shape.d, 'data-region': shape.id });
    path.appendChild(svgTitle(doc, text));
    if (focusable) {
      path.setAttribute('role', 'img');
      path.setAttribute('aria-label', text);
      path.setAttribute('tabindex', shape.id === KEY_ORDER[0] ? '0' : '-1');
      regions.set(shape.id, path);
    }
    el.appendChild(path);
    if (shape.id === 'back') el.appendChild(spine(doc));
  }
  if (focusable) {
    const regionOf = (evt: Event): BodyRegionId | undefined => ((evt.target as Element | null)?.getAttribute?.('data-region') ?? undefined) as BodyRegionId | undefined;
    // The region focused last (by key, click or tap) is the figure's Tab stop.
    el.addEventListener('focusin', (evt) => {
      const at = regionOf(evt);
      if (at !== undefined) for (const [id, path] of regions) path.setAttribute('tabindex', id === at ? '0' : '-1');
    });
    el.addEventListener('keydown', (evt: KeyboardEvent) => {
      const from = regionOf(evt);
      const to = from === undefined ? undefined : keyStep(evt.key, from);
      if (to === undefined) return;
      evt.preventDefault();
      regions.get(to)?.focus();
    });
  }
  return el;
}
