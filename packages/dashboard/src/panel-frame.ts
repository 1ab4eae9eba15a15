/**
 * What every panel shares: the render context, the panel frame (title, "Show as table" toggle)
 * and plain tables, the text alternative of every chart.
 */
import type { DashboardHandlers, DashboardModel, NoteText, PanelName } from './model-types.ts';
import type { RevisitWords } from './revisit/revisit-model.ts';
import { append, button, el, type Attrs } from './dom.ts';

/** A part of the page the renderer builds (and rebuilds) on its own: a panel, or one of the in-between parts. */
export type PartName = PanelName | 'day' | 'empty';

/** State the renderer keeps across updates, so a new model does not undo what the person did. */
export interface UiState {
  /** Panels currently shown as a table. */
  tables: Set<string>;
  /** Paths whose hidden text to revisit the person chose to show. */
  revealed: Set<string>;
  /** Words to reread loaded from notes, by path (`null`: the note has none). */
  revisitText: Map<string, RevisitWords | null>;
  /** The revisit panel's place: the path shown, and whether it has gone round the whole order looking for words. */
  revisit: { at: string | null; wrapped: boolean };
  loading: Set<string>;
  /** The heatmap day that takes keyboard focus, and the day whose label is read out. */
  heatFocus: string | null;
  heatSelected: string | null;
  /** Whether the custom range inputs are open. */
  customOpen: boolean;
  /** Notes' words read on demand, by path (`null`: could not be read), and the reads under way. */
  noteText: Map<string, NoteText | null>;
  noteLoading: Set<string>;
  /** Whether "What I'm carrying" is open, and how many of its lines to show. */
  carryingOpen: boolean;
  carryingShown: number;
  /** Whether the list of notes that need attention is open. */
  attentionOpen: boolean;
  /** The focused week of the trend chart (one Tab stop, arrow keys move). */
  weekFocus: string | null;
  destroyed: boolean;
}

/** What a panel builder gets. */
export interface Ctx {
  doc: Document;
  model: DashboardModel;
  handlers: DashboardHandlers;
  ui: UiState;
  /** Draws one part again (after a toggle or a loaded text), keeping focus or moving it to `focusKey`. */
  redraw(part: PartName, focusKey?: string): void;
}

/** A fresh UI state. */
export function newUiState(): UiState {
  return {
    tables: new Set(), revealed: new Set(), revisitText: new Map(), revisit: { at: null, wrapped: false }, loading: new Set(), heatFocus: null, heatSelected: null,
    customOpen: false, noteText: new Map(), noteLoading: new Set(), carryingOpen: false, carryingShown: 10, attentionOpen: false, weekFocus: null, destroyed: false,
  };
}

/**
 * A panel: a labelled `<section>` with an `<h3>`, and for charts a "Show as table" toggle that
 * swaps the chart for its table (the state survives updates).
 */
export function frame(ctx: Ctx, name: PartName, title: string, body: () => (Node | null)[], table?: () => Node): HTMLElement {
  const { doc, ui } = ctx;
  const section = el(doc, 'section', `glimmers-panel glimmers-panel-${name}`, null, { 'aria-label': title, 'data-glimmers-panel': name });
  const header = el(doc, 'div', 'glimmers-panel-header');
  append(header, el(doc, 'h3', 'glimmers-panel-title', title));
  const asTable = table !== undefined && ui.tables.has(name);
  if (table) {
    const toggle = button(doc, 'glimmers-toggle', asTable ? 'Show as chart' : 'Show as table', () => {
      if (ui.tables.has(name)) ui.tables.delete(name);
      else ui.tables.add(name);
      ctx.redraw(name);
    }, { 'aria-pressed': asTable ? 'true' : 'false', 'data-glimmers-key': `toggle:${name}` });
    append(header, toggle);
  }
  append(section, header);
  const content = asTable && table ? [table()] : body();
  for (const node of content) if (node) section.appendChild(node);
  return section;
}

/** A table with a caption, a header row and text cells; wrapped so it scrolls, never the page. */
export function table(doc: Document, caption: string, head: string[], rows: (string | number)[][]): HTMLElement {
  const wrap = el(doc, 'div', 'glimmers-table-wrap', null, { tabindex: 0, role: 'region', 'aria-label': caption });
  const t = el(doc, 'table', 'glimmers-table');
  append(t, el(doc, 'caption', 'glimmers-table-caption', caption));
  const thead = el(doc, 'thead');
  const hr = el(doc, 'tr');
  head.forEach((h, i) => append(hr, el(doc, 'th', i === 0 ? 'glimmers-th' : 'glimmers-th glimmers-num', h, { scope: 'col' })));
  append(t, append(thead, hr));
  const tbody = el(doc, 'tbody');
  for (const row of rows) {
    const tr = el(doc, 'tr');
    row.forEach((cell, i) => {
      if (i === 0) append(tr, el(doc, 'th', 'glimmers-th', String(cell), { scope: 'row' }));
      else append(tr, el(doc, 'td', 'glimmers-num', String(cell)));
    });
    append(tbody, tr);
  }
  if (rows.length === 0) {
    const tr = el(doc, 'tr');
    append(tr, el(doc, 'td', 'glimmers-muted', 'Nothing to show.', { colspan: head.length }));
    append(tbody, tr);
  }
  append(t, tbody);
  return append(wrap, t);
}

/** A muted sentence. */
export function note(doc: Document, text: string, cls = ''): HTMLElement {
  return el(doc, 'p', `glimmers-note${cls ? ` ${cls}` : ''}`, text);
}

/** Calls a handler unless the renderer was destroyed (a late click must not reach a closed pane). */
export function call(ui: UiState, fn: (() => void) | undefined): void {
  if (ui.destroyed || !fn) return;
  fn();
}

/**
 * A button that opens the note at `path`: the click goes to the host with its modifier keys (a new
 * tab in Obsidian), and a pointer over it asks the host for a hover preview where it offers one.
 */
export function noteButton(ctx: Ctx, cls: string, text: string, path: string, attrs?: Attrs): HTMLButtonElement {
  const { doc, handlers, ui } = ctx;
  const b = button(doc, cls, text, (event) => call(ui, () => handlers.openNote(path, event as MouseEvent)), attrs);
  if (handlers.hoverNote) b.addEventListener('mouseover', (event) => call(ui, () => handlers.hoverNote?.(path, event, b)));
  return b;
}
