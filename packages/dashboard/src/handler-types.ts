/**
 * What the renderer calls back and what it returns: the seam between the dashboard and its host
 * (the plugin pane, a code block, the exported page).
 */
import type { DashboardFilters, DashboardModel, SelectedPeriod } from './model-types.ts';
import type { RevisitWords } from './revisit/revisit-model.ts';

/** A note's words as the renderer shows them: its standard sections, without Obsidian comments. */
export interface NoteText {
  witnessed: string | null;
  carrying: string | null;
  remember: string | null;
}

/** What the renderer calls back; the host (plugin pane, code block, static page) decides what happens. */
export interface DashboardHandlers {
  /**
   * Opens a note. `event` is the click (or key) that asked, so a host can honour its modifier keys
   * (Obsidian: Ctrl or Cmd-click opens a new tab).
   */
  openNote(path: string, event?: MouseEvent | KeyboardEvent): void;
  /** A pointer moved over a link to a note (Obsidian shows its hover preview); without it, nothing. */
  hoverNote?(path: string, event: MouseEvent, targetEl: HTMLElement): void;
  /** Offer "New glimmer" (empty state); without it the empty state only explains. */
  newGlimmer?(): void;
  changeFilters(filters: DashboardFilters): void;
  /** Told when the person asks to see the hidden text to revisit (privacy mode). */
  revealRevisit?(path: string): void;
  /** Reads the words a note offers to reread (core's `revisitText`) on demand; `null` when it has none. */
  loadRevisitText?(path: string): Promise<RevisitWords | null>;
  /** Reads a note's sections on demand (for a listed glimmer whose words are not in the model); `null` when it cannot. */
  loadNoteText?(path: string): Promise<NoteText | null>;
  /** Selects a day or week to read (a heatmap day, a week bar), or clears it with `null`. */
  select?(period: SelectedPeriod | null): void;
}

/** What `renderDashboard` and `renderPanel` return. */
export interface DashboardHandle {
  /** Draws a new model, keeping table toggles, revealed text and keyboard focus. */
  update(model: DashboardModel): void;
  /** Removes everything it drew and stops calling handlers. */
  destroy(): void;
}
