/**
 * The one live dashboard of the plugin, used by the pane and by every `glimmers` code block: it
 * draws `@glimmers/dashboard`'s {@link LiveDashboard} into an element and keeps it in step with
 * the vault while it is loaded.
 *
 * It draws only when something it shows can have changed: the index changed (the index itself
 * stays quiet when a plain note or an unchanged glimmer is saved), the settings changed, or the
 * day turned over. While its element is not shown (a background tab, a collapsed sidebar) it
 * only remembers that it is behind, and catches up as soon as it is shown again.
 */
import { localDate } from '@glimmers/core';
import { baseOptions, LiveDashboard, type DashboardFilters, type PanelName } from '@glimmers/dashboard';
import { Component, type HoverParent, type WorkspaceLeaf } from 'obsidian';
import { dashboardOptions, hoverNote, loadNoteText, loadRevisitText, openNote, showReadingStatus, type DashboardHost } from './host.ts';

/** How often it checks whether the day changed (so "this week" turns over at midnight). */
const DAY_CHECK_MS = 60_000;

/** What one live dashboard shows. */
export interface LiveViewSpec {
  /** One panel (a code block), or absent for the whole dashboard (the pane, `panel: dashboard`). */
  panel?: PanelName;
  filters: DashboardFilters;
  /** What the heatmap's shading shows (default: mean intensity). */
  metric?: 'count' | 'intensity';
  /** Class prefix of its status line and drawing area (`glimmers-dashboard`, `glimmers-block`). */
  cls: string;
  /** Said while Obsidian is still reading the vault but some numbers are already there. */
  stillReading: string;
  /** The pane's own leaf: notes opened from the pane go to another tab. */
  leaf?: WorkspaceLeaf;
  /** Told after the person changed the filters. */
  onFilters?(filters: DashboardFilters): void;
}

/** A live dashboard in `el`, as a child component of the pane or the code block. */
export class LiveView extends Component {
  private live: LiveDashboard | null = null;
  private statusEl: HTMLElement | null = null;
  private mountEl: HTMLElement | null = null;
  private filters: DashboardFilters;
  private shownDay = '';
  /** Something changed while the element was not shown. */
  private behind = false;
  /** How many times it drew (tests and the bench count redraws). */
  draws = 0;
  /** Where Obsidian keeps the page preview a dashboard link opens (one at a time, like a note's). */
  readonly hoverParent: HoverParent = { hoverPopover: null };

  constructor(private readonly host: DashboardHost, private readonly el: HTMLElement, private readonly spec: LiveViewSpec) {
    super();
    this.filters = { ...spec.filters };
  }

  override onload(): void {
    this.statusEl = this.el.createEl('p', { cls: `${this.spec.cls}-status`, attr: { 'aria-live': 'polite' } });
    this.mountEl = this.el.createDiv({ cls: `${this.spec.cls}-mount` });
    this.register(this.host.vaultIndex.onChange(() => this.refresh()));
    this.register(this.host.onSettingsChange(() => this.refresh()));
    // Maybe shown again (a tab brought forward, a sidebar opened, a window resized): catch up if behind.
    this.register(this.host.onLayoutChange(() => this.catchUp()));
    this.registerInterval(window.setInterval(() => {
      if (this.shownDay !== '' && localDate(this.host.now()) !== this.shownDay) this.refresh();
    }, DAY_CHECK_MS));
    this.refresh();
  }

  override onunload(): void {
    this.live?.destroy();
    this.live = null;
    this.statusEl?.remove();
    this.mountEl?.remove();
    this.statusEl = null;
    this.mountEl = null;
  }

  /** The filters on screen. */
  get currentFilters(): DashboardFilters {
    return this.live?.filters ?? { ...this.filters };
  }

  /** Shows other filters (a restored pane state). */
  setFilters(filters: DashboardFilters): void {
    this.filters = { ...filters };
    if (this.live) this.live.setFilters(filters);
    this.refresh();
  }

  /** Draws when it was behind and is shown now. */
  catchUp(): void {
    if (this.behind && this.el.isShown()) this.refresh();
  }

  /** Draws from the index as it is now, or, while not shown, remembers to. */
  refresh(): void {
    const { statusEl, mountEl } = this;
    if (statusEl === null || mountEl === null) return;
    if (!this.el.isShown()) {
      this.behind = true;
      return;
    }
    this.behind = false;
    const { vaultIndex } = this.host;
    if (!showReadingStatus(statusEl, vaultIndex, this.spec.stillReading)) return;
    this.shownDay = localDate(this.host.now());
    if (!this.live) this.live = this.create(mountEl);
    this.draws += 1;
    this.live.draw();
  }

  private create(mountEl: HTMLElement): LiveDashboard {
    const { host, spec } = this;
    const { app } = host;
    return new LiveDashboard(mountEl, {
      index: () => host.vaultIndex.index,
      options: () => ({ ...baseOptions(dashboardOptions(host.getSettings(), host.now(), { range: '12m' })), heatmapMetric: spec.metric ?? 'intensity' }),
      filters: this.filters,
      ...(spec.panel === undefined ? {} : { panel: spec.panel }),
      handlers: {
        openNote: (path, event) => openNote(app, path, spec.leaf, event),
        hoverNote: (path, event, targetEl) => hoverNote(app, this.hoverParent, path, event, targetEl),
        newGlimmer: () => host.newGlimmer(),
        loadRevisitText: (path) => loadRevisitText(app, path),
        loadNoteText: (path) => loadNoteText(app, path),
      },
      onFilters: (filters) => {
        this.filters = { ...filters };
        spec.onFilters?.(filters);
      },
    });
  }
}
