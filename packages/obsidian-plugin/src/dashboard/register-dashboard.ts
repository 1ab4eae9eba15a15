/**
 * `registerDashboard`: everything the dashboard adds to Obsidian, registered in one call from the
 * plugin's `onload`: the pane, its command and ribbon icon, the status bar count and the
 * `glimmers` code block. Registering is all `onload` does here; the vault is first looked at
 * when the workspace layout is ready.
 */
import { addDays, localDate, startOfWeek, weekStartDay } from '@glimmers/core';
import { countText } from '@glimmers/dashboard';
import { requireApiVersion, type App, type MarkdownRenderChild, type Plugin } from 'obsidian';
import { blockPanelName, GlimmersBlock } from './code-block.ts';
import { DashboardView } from './dashboard-view.ts';
import { DASHBOARD_HOVER_SOURCE, DASHBOARD_VIEW_TYPE, type DashboardDeps, type DashboardHost } from './host.ts';
import { VaultIndex } from './vault-index.ts';

/** The command id (Obsidian prefixes it with the plugin id). Stable: people bind hotkeys to it. */
export const OPEN_DASHBOARD_COMMAND = 'open-dashboard';

/** The language of the code block (```` ```glimmers ````). */
export const CODE_BLOCK_LANGUAGE = 'glimmers';

const DAY_CHECK_MS = 60_000;

/** Shows the dashboard pane: the open one if there is one, otherwise a new tab. */
export async function revealDashboard(app: App): Promise<void> {
  const { workspace } = app;
  let leaf = workspace.getLeavesOfType(DASHBOARD_VIEW_TYPE)[0];
  if (!leaf) {
    leaf = workspace.getLeaf('tab');
    await leaf.setViewState({ type: DASHBOARD_VIEW_TYPE, active: true });
  }
  // Before 1.7.2 there is no `revealLeaf` promise; making the tab active shows it just the same.
  if (requireApiVersion('1.7.2')) await workspace.revealLeaf(leaf);
  else workspace.setActiveLeaf(leaf, { focus: true });
}

/** "3 glimmers this week" in the status bar (when the setting is on); a click opens the pane. */
function registerStatusBar(plugin: Plugin, host: DashboardHost): void {
  const el = plugin.addStatusBarItem();
  el.addClass('glimmers-status-bar', 'mod-clickable');
  el.setAttribute('role', 'button');
  el.setAttribute('tabindex', '0');
  el.setAttribute('aria-label', 'Open glimmer dashboard');
  plugin.registerDomEvent(el, 'click', () => void host.reveal());
  plugin.registerDomEvent(el, 'keydown', (evt) => {
    if (evt.key !== 'Enter' && evt.key !== ' ') return;
    evt.preventDefault();
    void host.reveal();
  });
  let shownDay = '';
  const update = (): void => {
    const settings = host.getSettings();
    const show = settings.showStatusBar && host.vaultIndex.drawable;
    el.toggleClass('glimmers-is-hidden', !show);
    if (!show) return;
    shownDay = localDate(host.now());
    const from = startOfWeek(shownDay, weekStartDay(settings.weekStart)) ?? shownDay;
    const count = host.vaultIndex.index.query({ from, to: addDays(from, 6) ?? shownDay, recentLimit: 0, counts: false, periods: false }).count;
    el.setText(`${countText(count)} this week`);
  };
  plugin.register(host.vaultIndex.onChange(update));
  plugin.register(host.onSettingsChange(update));
  plugin.registerInterval(window.setInterval(() => {
    if (shownDay !== '' && localDate(host.now()) !== shownDay) update();
  }, DAY_CHECK_MS));
  update();
}

/** What the rest of the plugin may use of the dashboard. */
export interface DashboardHandle {
  /** The vault's index, shared by every feature that counts glimmers. */
  vaultIndex: VaultIndex;
  /** Adds a panel of the `glimmers` code block drawn by another feature (`panel: <name>`). */
  addBlockPanel(name: string, create: (el: HTMLElement, source: string) => MarkdownRenderChild): void;
}

/**
 * Registers the dashboard on the plugin. The index behind it is only started (subscribed, first
 * pass over the cache) once the workspace layout is ready, and stops when the plugin unloads.
 * Open panes are left in place on unload, as Obsidian asks.
 */
export function registerDashboard(plugin: Plugin, deps: DashboardDeps): DashboardHandle {
  const { app } = plugin;
  // An empty index: no listener, no file touched until layout ready.
  const vaultIndex = new VaultIndex(app);
  // One set of workspace listeners for every dashboard, released when the plugin unloads.
  const layoutListeners = new Set<() => void>();
  const layoutChanged = (): void => {
    for (const listener of [...layoutListeners]) listener();
  };
  plugin.register(() => layoutListeners.clear());
  const onLayoutChange = (listener: () => void): (() => void) => {
    layoutListeners.add(listener);
    return () => {
      layoutListeners.delete(listener);
    };
  };
  const host: DashboardHost = { ...deps, app, vaultIndex, onLayoutChange, reveal: () => revealDashboard(app) };

  plugin.registerView(DASHBOARD_VIEW_TYPE, (leaf) => new DashboardView(leaf, host));
  plugin.registerHoverLinkSource(DASHBOARD_HOVER_SOURCE, { display: 'Glimmers dashboard', defaultMod: true });
  plugin.addCommand({ id: OPEN_DASHBOARD_COMMAND, name: 'Open glimmer dashboard', callback: () => void host.reveal() });
  plugin.addRibbonIcon('layout-dashboard', 'Open glimmer dashboard', () => void host.reveal());
  const panels = new Map<string, (el: HTMLElement, source: string) => MarkdownRenderChild>();
  plugin.registerMarkdownCodeBlockProcessor(CODE_BLOCK_LANGUAGE, (source, el, ctx) => {
    const other = panels.get(blockPanelName(source));
    ctx.addChild(other ? other(el, source) : new GlimmersBlock(el, source, host));
  });
  registerStatusBar(plugin, host);
  app.workspace.onLayoutReady(() => {
    plugin.registerEvent(app.workspace.on('layout-change', layoutChanged));
    plugin.registerEvent(app.workspace.on('active-leaf-change', layoutChanged));
    plugin.registerEvent(app.workspace.on('resize', layoutChanged));
    plugin.addChild(vaultIndex);
  });
  return { vaultIndex, addBlockPanel: (name, create) => { panels.set(name, create); } };
}
