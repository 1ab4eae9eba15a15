/**
 * The dashboard pane: an `ItemView` holding the plugin's one live dashboard ({@link LiveView}),
 * which redraws only what changed, and only while the pane is shown.
 */
import type { DashboardFilters } from '@glimmers/dashboard';
import { ItemView, type ViewStateResult, type WorkspaceLeaf } from 'obsidian';
import { DASHBOARD_VIEW_TYPE, toFilters, type DashboardHost } from './host.ts';
import { LiveView } from './live-view.ts';

/** The "Glimmer dashboard" pane. Its filters are part of its view state, so they survive a restart. */
export class DashboardView extends ItemView {
  private live: LiveView | null = null;
  private filters: DashboardFilters = { range: '12m' };

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

  /** The live dashboard in this pane (while it is open). */
  get liveView(): LiveView | null {
    return this.live;
  }

  override async onOpen(): Promise<void> {
    const { contentEl } = this;
    contentEl.empty();
    contentEl.addClass('glimmers-dashboard-view');
    this.live = this.addChild(new LiveView(this.host, contentEl, {
      filters: this.filters,
      cls: 'glimmers-dashboard',
      stillReading: 'Obsidian is still reading your vault, so these numbers may still grow.',
      leaf: this.leaf,
      onFilters: (filters) => {
        // Kept as given: the model explains a custom range it cannot use.
        this.filters = { ...filters };
        this.app.workspace.requestSaveLayout();
      },
    }));
    // The practice's first-run card ("What is a glimmer?"), once per vault, above the dashboard.
    this.host.firstRun?.(contentEl, this);
  }

  override async onClose(): Promise<void> {
    if (this.live) this.removeChild(this.live);
    this.live = null;
  }

  /** Obsidian calls this when the pane is shown or resized: a pane that fell behind while hidden catches up. */
  override onResize(): void {
    this.live?.catchUp();
  }

  override getState(): Record<string, unknown> {
    return { ...super.getState(), filters: { ...(this.live?.currentFilters ?? this.filters) } };
  }

  override async setState(state: unknown, result: ViewStateResult): Promise<void> {
    const stored = typeof state === 'object' && state !== null ? (state as Record<string, unknown>)['filters'] : undefined;
    if (stored !== undefined) {
      this.filters = toFilters(stored);
      this.live?.setFilters(this.filters);
    }
    await super.setState(state, result);
  }
}
