/**
 * The text panels: recent glimmers and the empty state (the glimmer to revisit is in `revisit/`).
 * Note text only ever goes in as text.
 */
import { append, button, el } from './dom.ts';
import type { Ctx } from './panel-frame.ts';
import { call, frame, note, noteButton } from './panel-frame.ts';

/** A list of notes, each a button that opens its note. */
export function noteList(ctx: Ctx, items: { path: string; title: string; lines: { text: string; cls: string }[] }[], label: string): HTMLElement {
  const { doc, model } = ctx;
  const list = el(doc, 'ul', 'glimmers-list', null, { 'aria-label': label });
  for (const item of items) {
    const selected = model.selectedPath === item.path;
    const b = noteButton(ctx, `glimmers-list-item${selected ? ' glimmers-is-selected' : ''}`, '', item.path, {
      'data-path': item.path, 'data-glimmers-key': `note:${item.path}`, 'aria-current': selected ? 'true' : null,
    });
    append(b, el(doc, 'span', 'glimmers-list-title', item.title));
    for (const line of item.lines) append(b, el(doc, 'span', line.cls, line.text));
    list.appendChild(append(el(doc, 'li', 'glimmers-list-row'), b));
  }
  return list;
}

/** Recent glimmers, newest first, each opening its note. */
export function recentPanel(ctx: Ctx): HTMLElement {
  const { doc, model } = ctx;
  return frame(ctx, 'recent', 'Recent glimmers', () => {
    if (model.recent.length === 0) return [note(doc, model.empty ? 'Your glimmers will be listed here.' : 'No glimmers in this range.')];
    return [noteList(ctx, model.recent.map((r) => ({
      path: r.path,
      title: r.title,
      lines: [{ text: r.meta ? `${r.dateLabel} · ${r.meta}` : r.dateLabel, cls: 'glimmers-list-meta' }],
    })), 'Recent glimmers')];
  });
}

/** What glimmers are, and a way to write the first one. */
export function emptyPanel(ctx: Ctx): HTMLElement {
  const { doc, handlers, ui } = ctx;
  const section = el(doc, 'section', 'glimmers-panel glimmers-empty', null, { 'aria-label': 'Getting started', 'data-glimmers-panel': 'empty' });
  append(section,
    el(doc, 'h3', 'glimmers-panel-title', 'No glimmers yet'),
    el(doc, 'p', 'glimmers-empty-text', 'A glimmer is a small moment of vicarious resilience you witnessed in your work: a client\'s step forward, a spark of hope, a moment that filled you back up, and how it felt in your body.'),
    el(doc, 'p', 'glimmers-empty-text', 'Noting one takes a minute. Over time they add up to the light beside the weight of the work, and this dashboard shows them back to you.'));
  if (handlers.newGlimmer) {
    const newGlimmer = handlers.newGlimmer.bind(handlers);
    append(section, button(doc, 'glimmers-cta mod-cta', 'New glimmer', () => call(ui, newGlimmer), { 'data-glimmers-key': 'new-glimmer' }));
  } else {
    append(section, note(doc, 'Write a glimmer in Obsidian or with the glimmer command, then export again.'));
  }
  return section;
}
