/**
 * `LiveDashboard`: a dashboard (or one panel) that follows an index. It keeps what the person
 * chose on screen (filters, the day or week they selected) and, on `draw()`, builds a model from
 * the index as it is now and hands it to the renderer, which rebuilds only the panels whose part
 * of the model changed. The plugin's pane and its code block, and the exported page, all use it;
 * when to call `draw()` (after a change, when shown again) is the host's to decide.
 */
import { BodyFiguresMemo, lastRevisitDay, type GlimmerIndex } from '@glimmers/core';
import type { DashboardFilters, DashboardHandle, DashboardHandlers, DashboardModel, DashboardOptions, PanelName, SelectedPeriod } from './model-types.ts';
import { buildDashboardModel } from './model.ts';
import { renderDashboard, renderPanel } from './render.ts';

/** The options a live dashboard reads again at every draw (everything but the filters and the selection). */
export type LiveBaseOptions = Omit<DashboardOptions, 'range' | 'theme' | 'moment' | 'selected' | 'revisitFrom'>;

/** What a {@link LiveDashboard} needs from its host. */
export interface LiveDashboardOptions {
  /** The glimmers to show, as they are now. */
  index(): GlimmerIndex;
  /** Today, the week start, privacy, labels…, as they are now. */
  options(): LiveBaseOptions;
  /** The filters to start with. */
  filters: DashboardFilters;
  /** One panel (a code block), or absent for the whole dashboard. */
  panel?: PanelName;
  /** What the host does when a note is to be opened, its text read, or a glimmer written. */
  handlers: Omit<DashboardHandlers, 'changeFilters' | 'select'>;
  /** Told after the person changed the filters (the pane keeps them in its saved state). */
  onFilters?(filters: DashboardFilters): void;
  /** A clock in milliseconds, to time each draw (see {@link DrawTimes}); without it the times are 0. */
  now?(): number;
}

/** How long a draw took: building the model, then drawing it (the DOM work), in milliseconds. */
export interface DrawTimes {
  model: number;
  render: number;
}

/** Options without the filters and the selection: what a live dashboard reads at every draw. */
export function baseOptions(options: DashboardOptions): LiveBaseOptions {
  const out: Partial<DashboardOptions> = { ...options };
  delete out.range;
  delete out.theme;
  delete out.moment;
  delete out.selected;
  delete out.revisitFrom;
  return out as LiveBaseOptions;
}

/** Copies filters, leaving out empty theme and moment. */
function cleanFilters(f: DashboardFilters): DashboardFilters {
  const out: DashboardFilters = { range: typeof f.range === 'object' ? { ...f.range } : f.range };
  if (f.theme) out.theme = f.theme;
  if (f.moment) out.moment = f.moment;
  return out;
}

/** Whether two (clean) filters show the same range, theme and moment. */
function sameFilters(a: DashboardFilters, b: DashboardFilters): boolean {
  return JSON.stringify([a.range, a.theme ?? '', a.moment ?? '']) === JSON.stringify([b.range, b.theme ?? '', b.moment ?? '']);
}

/** What today's order of glimmers to revisit depends on (core's `revisitOrder`): the day, the theme and the moment. */
function revisitKey(options: Pick<DashboardOptions, 'today' | 'theme' | 'moment'>): string {
  return JSON.stringify([options.today, options.theme ?? '', options.moment ?? '']);
}

/** A dashboard drawn into a container and kept in step with an index by {@link draw}. */
export class LiveDashboard {
  private current: DashboardFilters;
  private selected: SelectedPeriod | null = null;
  private handle: DashboardHandle | null = null;
  private last: DashboardModel | null = null;
  private destroyed = false;
  /**
   * Where "Show another" reached in today's order of glimmers to revisit, and the day and filters
   * that order is for: a new day or other theme or moment filters start from the top again.
   */
  private revisitFrom: { key: string; from: number } | null = null;
  /** The revisit model drawn last, with the index, options and index revision it was worked out for. */
  private revisitKept: { index: GlimmerIndex; key: string; revision: number; model: DashboardModel['revisit'] } | null = null;
  /** The body map's sums per day and per whole month, kept between draws: a save reworks only its own day and month. */
  private readonly bodyMemo = new BodyFiguresMemo();
  /** The attention list drawn last, with the index and its attempted revision it was worked out for. */
  private attentionKept: { index: GlimmerIndex; revision: number; items: DashboardModel['attention'] } | null = null;

  constructor(private readonly container: HTMLElement, private readonly live: LiveDashboardOptions) {
    this.current = cleanFilters(live.filters);
  }

  /** The filters on screen. */
  get filters(): DashboardFilters {
    return cleanFilters(this.current);
  }

  /** The model drawn last, or `null` before the first draw. */
  get model(): DashboardModel | null {
    return this.last;
  }

  /** Shows other filters (from the host: a restored pane state). */
  setFilters(filters: DashboardFilters): void {
    this.current = cleanFilters(filters);
    this.selected = null;
    if (this.handle) this.draw();
  }

  /** The model for the index and options as they are now. */
  private build(): DashboardModel {
    const options: DashboardOptions = { ...this.live.options(), ...this.current };
    if (this.selected) options.selected = { ...this.selected };
    if (this.revisitFrom !== null) {
      // The place belongs to one day's order for one theme and moment; any other order starts at its top.
      if (this.revisitFrom.key === revisitKey(options)) options.revisitFrom = this.revisitFrom.from;
      else this.revisitFrom = null;
    }
    const index = this.live.index();
    // The glimmers to revisit are at least two weeks old: while none of those changed, the same day
    // and filters give the same revisit model, so it is kept rather than worked out again.
    const key = JSON.stringify([revisitKey(options), options.revisitFrom ?? 0, options.loadsWords === true, options.textIncluded === true, options.themeLabels ?? null]);
    const kept = this.revisitKept;
    const last = lastRevisitDay(options.today);
    if (kept !== null && kept.index === index && kept.key === key && last !== null && !index.changedUpTo(last, kept.revision)) options.revisitModel = kept.model;
    options.bodyMemo = this.bodyMemo;
    if (this.last !== null) options.previousModel = this.last;
    const attention = this.attentionKept;
    if (attention !== null && attention.index === index && attention.revision === index.attemptedRevision) options.attentionItems = attention.items;
    const model = buildDashboardModel(index, options);
    this.attentionKept = { index, revision: index.attemptedRevision, items: model.attention };
    this.revisitKept = { index, key, revision: index.revision, model: model.revisit };
    return model;
  }

  /**
   * New filters from the page. "Show another" going past the glimmers offered asks for the same
   * filters with `revisitFrom`: that moves the revisit panel on and leaves the rest as it is.
   */
  private changeFilters(filters: DashboardFilters): void {
    const next = cleanFilters(filters);
    const from = filters.revisitFrom;
    if (from !== undefined && sameFilters(next, this.current)) {
      this.revisitFrom = { key: revisitKey({ ...this.live.options(), ...next }), from };
      this.draw();
      return;
    }
    this.current = next;
    this.selected = null;
    this.live.onFilters?.(this.filters);
    this.draw();
  }

  /** Draws from the index as it is now: the first time in full, then only the panels that changed. */
  draw(): DrawTimes {
    const clock = (): number => this.live.now?.() ?? 0;
    if (this.destroyed) return { model: 0, render: 0 };
    const t0 = clock();
    const model = this.build();
    const t1 = clock();
    this.last = model;
    if (this.handle) {
      this.handle.update(model);
      return { model: t1 - t0, render: clock() - t1 };
    }
    const handlers: DashboardHandlers = {
      ...this.live.handlers,
      changeFilters: (filters) => this.changeFilters(filters),
      select: (period) => {
        this.selected = period ? { ...period } : null;
        this.draw();
      },
    };
    const { panel } = this.live;
    this.handle = panel === undefined ? renderDashboard(this.container, model, handlers) : renderPanel(this.container, model, panel, handlers);
    return { model: t1 - t0, render: clock() - t1 };
  }

  /** Removes what it drew; later calls do nothing. */
  destroy(): void {
    this.destroyed = true;
    this.handle?.destroy();
    this.handle = null;
    this.last = null;
  }
}
