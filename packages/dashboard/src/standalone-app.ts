/**
 * The static dashboard page (the CLI's HTML export): reads the payload from
 * `<script type="application/json" id="glimmers-data">`, builds the index and the model, and
 * draws the dashboard. Filters work in the page; "opening" a note only selects it, as a static
 * file cannot open Obsidian. Nothing here reaches the network.
 */
import { isValidDay, localDate } from '@glimmers/core';
import type { DashboardFilters, DashboardOptions } from './model-types.ts';
import { baseOptions, LiveDashboard } from './live.ts';
import { indexFromDashboardData, parseDashboardData } from './data.ts';
import { append, el } from './dom.ts';

/** The id of the payload element (the page's data, as JSON). */
export const DATA_ELEMENT_ID = 'glimmers-data';
/** The id of the element the dashboard is drawn into (made when the page has none). */
export const MOUNT_ELEMENT_ID = 'glimmers-dashboard';

/** What {@link mountStandalone} drew, for tests and hosts. */
export interface StandaloneMount {
  /** The dashboard drawn, or `null` when the page had no payload. */
  live: LiveDashboard | null;
  /** How long reading the payload, building the index and the model, and drawing took, in ms. */
  firstRenderMs: number;
  /** The same time in parts: parse (JSON), index, model and render (DOM), in ms. */
  parts: { parse: number; index: number; model: number; render: number };
}

/**
 * Reads the page's payload and draws the dashboard into `#glimmers-dashboard` (or a new `<main>`
 * in the body). A missing or unreadable payload shows a sentence instead of failing.
 */
export function mountStandalone(doc: Document): StandaloneMount {
  const clock = (): number => doc.defaultView?.performance?.now() ?? 0;
  const started = clock();
  const parts = { parse: 0, index: 0, model: 0, render: 0 };
  const body = doc.body;
  const win = doc.defaultView;
  // Follow the system's light or dark setting unless the page chose a theme.
  if (!body.classList.contains('theme-light') && !body.classList.contains('theme-dark')) {
    body.classList.add(win?.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'theme-dark' : 'theme-light');
  }
  let container = doc.getElementById(MOUNT_ELEMENT_ID);
  if (!container) {
    container = el(doc, 'main', 'glimmers-standalone', null, { id: MOUNT_ELEMENT_ID });
    body.appendChild(container);
  }
  const data = parseDashboardData(doc.getElementById(DATA_ELEMENT_ID)?.textContent ?? '');
  if (!data) {
    append(container, el(doc, 'p', 'glimmers-note', 'This page has no glimmer data to show. Export it again with the glimmer command.'));
    return { live: null, firstRenderMs: 0, parts };
  }
  const t = clock();
  parts.parse = t - started;
  const index = indexFromDashboardData(data);
  parts.index = clock() - t;
  const base: DashboardOptions = { ...data.options, today: isValidDay(data.options.today) ? data.options.today : localDate(new Date()) };
  const filters: DashboardFilters = { range: base.range };
  if (base.theme) filters.theme = base.theme;
  if (base.moment) filters.moment = base.moment;
  let selectedPath: string | undefined;
  const rest = baseOptions(base);
  const live: LiveDashboard = new LiveDashboard(container, {
    index: () => index,
    options: () => (selectedPath === undefined ? rest : { ...rest, selectedPath }),
    filters,
    handlers: {
      // A static page cannot open Obsidian: "opening" a note marks it as selected.
      openNote(path) {
        selectedPath = path;
        live.draw();
      },
    },
    now: clock,
  });
  const times = live.draw();
  parts.model = times.model;
  parts.render = times.render;
  return { live, firstRenderMs: clock() - started, parts };
}
