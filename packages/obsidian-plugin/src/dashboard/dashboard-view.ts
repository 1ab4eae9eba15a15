/**
 * The dashboard pane: an `ItemView` that draws the whole dashboard with `@glimmers/dashboard` and
 * redraws it (keeping what the person opened and where the focus is) when the index changes.
 */
import { buildDashboardModel, renderDashboard, type DashboardFilters, type DashboardHandle, type DashboardHandlers } from '@glimmers/dashboard';
import { ItemView, type ViewStateResult, type WorkspaceLeaf } from 'obsidian';
import { localDate } from '@glimmers/core';
import { DASHBOARD_VIEW_TYPE, dashboardOptions, loadRevisitText, openNote, showReadingStatus, toFilters, type DashboardHost } from './host.ts';

/** How often the pane checks whether the day changed (so "this week" turns over at midnight). */
const DAY_CHECK_MS = 60_000;

/** The "Glimmer dashboard" pane. Its filters are part of its view state, so they survive a restart. */
export class DashboardView extends ItemView {
  private handle: DashboardHandle | null = null;
  private filters: DashboardFilters = { range: '12m' };
  private statusEl: HTMLElement | null = null;
  private mountEl: HTMLElement | null = null;
  private shownDay = '';

  constructor(leaf: WorkspaceLeaf, private readonly host: DashboardHost) {
    super(leaf);
  }

  override getViewType(): string {
    return DASHBOARD_VIEW_TYPE;
  }

  override getDisplayText(): string {
    return 'Glimmer dashboard';
  }

  override getIcon(): string {
    return 'layout-dashboard';
  }

  override async onOpen(): Promise<void> {
    const { contentEl } = this;
    contentEl.empty();
    contentEl.addClass('glimmers-dashboard-view');
    this.statusEl = contentEl.createEl('p', { cls: 'glimmers-dashboard-status', attr: { 'aria-live': 'polite' } });
    this.mountEl = contentEl.createDiv({ cls: 'glimmers-dashboard-mount' });
    this.host.firstRun?.(contentEl, this);
    this.register(this.host.vaultIndex.onChange(() => this.refresh()));
    this.register(this.host.onSettingsChange(() => this.refresh()));
    this.registerInterval(window.setInterval(() => {
      if (localDate(this.host.now()) !== this.shownDay) this.refresh();
    }, DAY_CHECK_MS));
    this.refresh();
  }

  override async onClose(): Promise<void> {
    this.handle?.destroy();
    this.handle = null;
    this.mountEl = null;
    this.statusEl = null;
  }

  override getState(): Record<string, unknown> {
    return { ...super.getState(), filters: { ...this.filters } };
  }

  override async setState(state: unknown, result: ViewStateResult): Promise<void> {
    const stored = typeof state === 'object' && state !== null ? (state as Record<string, unknown>)['filters'] : undefined;
    if (stored !== undefined) this.filters = toFilters(stored);
    await super.setState(state, result);
    this.refresh();
  }

  private handlers(): DashboardHandlers {
    return {
      openNote: (path) => openNote(this.app, path, this.leaf),
      newGlimmer: () => this.host.newGlimmer(),
      changeFilters: (filters) => {
        // Kept as given: the model explains a custom range it cannot use.
        this.filters = { ...filters };
        this.app.workspace.requestSaveLayout();
        this.refresh();
      },
      loadRevisitText: (path) => loadRevisitText(this.app, path),
    };
  }

  /** Draws the dashboard from the index as it is now (or says that the vault is still being read). */
  private refresh(): void {
    const { statusEl, mountEl } = this;
    if (statusEl === null || mountEl === null) return;
    const { vaultIndex } = this.host;
    if (!showReadingStatus(statusEl, vaultIndex, 'Obsidian is still reading your vault, so these numbers may still grow.')) return;
    const now = this.host.now();
    this.shownDay = localDate(now);
    const model = buildDashboardModel(vaultIndex.index, dashboardOptions(this.host.getSettings(), now, this.filters));
    if (this.handle) this.handle.update(model);
    else this.handle = renderDashboard(mountEl, model, this.handlers());
  }
}
