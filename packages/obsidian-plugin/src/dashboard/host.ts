/**
 * What the dashboard pane, the `glimmers` code block and the status bar share: what they are
 * handed by the plugin, how settings become the renderer's options, and the two handlers that
 * touch the vault (open a note, read the one text to revisit). Reading only: nothing here writes.
 */
import { type Glimmer, type GlimmersSettings, isValidDay, localDate, parseGlimmer, revisitText, sectionText, STANDARD_SECTIONS, weekStartDay } from '@glimmers/core';
import type { DashboardFilters, DashboardOptions, NoteText, RangeOption, RevisitWords } from '@glimmers/dashboard';
import { Keymap, Notice, type App, type Component, type HoverParent, type WorkspaceLeaf } from 'obsidian';
import type { VaultIndex } from './vault-index.ts';

/** The view type of the dashboard pane (stable: Obsidian stores it in the workspace layout). */
export const DASHBOARD_VIEW_TYPE = 'glimmers-dashboard';

/** What {@link registerDashboard} needs from the plugin besides the plugin itself. */
export interface DashboardDeps {
  getSettings(): GlimmersSettings;
  /** Calls `listener` after the settings change; returns a function that stops it. */
  onSettingsChange(listener: (settings: GlimmersSettings) => void): () => void;
  /** Opens the "New glimmer" form. */
  newGlimmer(): void;
  now(): Date;
  /** Shows the first-run card "What is a glimmer?" at the start of `el` if the vault has not seen it (the practice's, `ui/first-run-card.ts`). */
  firstRun?(el: HTMLElement, owner: Component): void;
}

/** What the pane and the code blocks get: the shared index and the plugin's deps. */
export interface DashboardHost extends DashboardDeps {
  app: App;
  vaultIndex: VaultIndex;
  /**
   * Calls `listener` after the workspace changed in a way that may show a hidden view (layout,
   * active leaf, window size); returns a function that stops it.
   */
  onLayoutChange(listener: () => void): () => void;
  /** Opens (or shows) the dashboard pane. */
  reveal(): Promise<void>;
}

const PRESETS: readonly string[] = ['30d', '90d', '12m', 'all'];

/** Reads a range from stored or typed data; `null` when it is not one. */
export function toRange(value: unknown): RangeOption | null {
  if (typeof value === 'string' && PRESETS.includes(value)) return value as RangeOption;
  if (typeof value === 'object' && value !== null) {
    const { from, to } = value as Record<string, unknown>;
    if (typeof from === 'string' && typeof to === 'string' && isValidDay(from) && isValidDay(to)) return { from, to };
  }
  return null;
}

/** Filters from stored view state (anything unusable falls back to the last 12 months, every theme and moment). */
export function toFilters(value: unknown): DashboardFilters {
  const raw = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const filters: DashboardFilters = { range: toRange(raw['range']) ?? '12m' };
  if (typeof raw['theme'] === 'string' && raw['theme'] !== '') filters.theme = raw['theme'];
  if (typeof raw['moment'] === 'string' && raw['moment'] !== '') filters.moment = raw['moment'];
  return filters;
}

/** The renderer's options from the settings, the clock and the filters. */
export function dashboardOptions(settings: GlimmersSettings, now: Date, filters: DashboardFilters): DashboardOptions {
  const options: DashboardOptions = {
    range: filters.range,
    today: localDate(now),
    weekStart: weekStartDay(settings.weekStart),
    privacy: settings.privacyMode,
    themeLabels: Object.fromEntries(settings.themes.map((t) => [t.id, t.label])),
    // The index holds properties only; the pane and code block read a note's words when it comes up.
    loadsWords: true,
  };
  if (filters.theme !== undefined) options.theme = filters.theme;
  if (filters.moment !== undefined) options.moment = filters.moment;
  return options;
}

/**
 * Opens a note from the dashboard as Obsidian opens a link: Ctrl or Cmd-click (or a middle click)
 * opens a new tab, with Alt a split. A plain click from the pane goes to another tab, so the
 * dashboard stays where it is; from a code block it opens like a link in the same note's tab.
 */
export function openNote(app: App, path: string, keep?: WorkspaceLeaf, event?: MouseEvent | KeyboardEvent): void {
  const file = app.vault.getFileByPath(path);
  if (!file) {
    new Notice('That note is no longer in the vault.');
    return;
  }
  const pane = event === undefined ? false : Keymap.isModEvent(event);
  let leaf = app.workspace.getLeaf(pane);
  if (pane === false && keep !== undefined && leaf === keep) leaf = app.workspace.getLeaf('tab');
  void leaf.openFile(file);
}

/** The hover link source the dashboard's links report as (registered with the plugin, listed in Obsidian's "Page preview" settings). */
export const DASHBOARD_HOVER_SOURCE = DASHBOARD_VIEW_TYPE;

/**
 * Asks Obsidian for its page preview of `path` over `targetEl`, as a link in a note does (with Ctrl
 * or Cmd held, unless the person set "Page preview" to show it without).
 */
export function hoverNote(app: App, parent: HoverParent, path: string, event: MouseEvent, targetEl: HTMLElement): void {
  app.workspace.trigger('hover-link', { event, source: DASHBOARD_HOVER_SOURCE, hoverParent: parent, targetEl, linktext: path, sourcePath: '' });
}

/** Reads one note and returns the words it offers to reread (core's `revisitText`), or `null` when it has none. */
export async function loadRevisitText(app: App, path: string): Promise<RevisitWords | null> {
  const file = app.vault.getFileByPath(path);
  if (!file) return null;
  const glimmer = parseGlimmer(await app.vault.cachedRead(file)).glimmer;
  return glimmer === null ? null : revisitText(glimmer);
}

/** The standard headings whose words the dashboard shows (witnessed, carrying, remember). */
const SHOWN_HEADINGS = [STANDARD_SECTIONS[0], STANDARD_SECTIONS[3], STANDARD_SECTIONS[2]].filter((h): h is string => h !== undefined);

/**
 * Reads one note's words that the dashboard lists (what I witnessed, what I'm carrying, what I
 * want to remember). A note whose cached headings hold none of those sections is not read at all.
 */
export async function loadNoteText(app: App, path: string): Promise<NoteText | null> {
  const file = app.vault.getFileByPath(path);
  if (!file) return null;
  const headings = app.metadataCache.getFileCache(file)?.headings;
  if (headings) {
    // The cached headings, matched by core's one section rule: none of the three means nothing to read.
    const outline = { sections: headings.map((h) => ({ heading: h.heading, text: '.' })) } as unknown as Glimmer;
    if (!SHOWN_HEADINGS.some((heading) => sectionText(outline, heading) !== '')) return { witnessed: null, carrying: null, remember: null };
  }
  const { glimmer } = parseGlimmer(await app.vault.cachedRead(file));
  if (!glimmer) return null;
  const text = (heading: string | undefined): string | null => sectionText(glimmer, heading ?? '').trim() || null;
  return { witnessed: text(STANDARD_SECTIONS[0]), carrying: text(STANDARD_SECTIONS[3]), remember: text(STANDARD_SECTIONS[2]) };
}

/**
 * Says in `statusEl` how far Obsidian has got with reading the vault, for the pane and the code
 * block alike. Returns `false` while there is nothing to draw yet. `stillReading` is shown once
 * the first numbers are there but more notes may still come in.
 */
export function showReadingStatus(statusEl: HTMLElement, vaultIndex: VaultIndex, stillReading: string): boolean {
  // Only when the words change: an unchanged status line is left as it is (no DOM work, no re-announcing).
  const say = (text: string, empty: boolean): void => {
    if (statusEl.textContent !== text) statusEl.setText(text);
    if (statusEl.hasClass('glimmers-is-empty') !== empty) statusEl.toggleClass('glimmers-is-empty', empty);
  };
  if (!vaultIndex.drawable) {
    say('Reading your glimmers…', false);
    return false;
  }
  say(vaultIndex.ready ? '' : stillReading, vaultIndex.ready || stillReading === '');
  return true;
}
