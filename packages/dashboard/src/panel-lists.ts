/**
 * The text panels: the summary ("a gentle rhythm"), recent glimmers, notes that need attention,
 * and the empty state (the glimmer to revisit is in `revisit/`). Note text only ever goes in as text.
 */
import { append, button, el, svg } from './dom.ts';
import type { Ctx } from './panel-frame.ts';
import { call, frame, note } from './panel-frame.ts';

/** This week, this month, and the last 30 days as a rhythm, never as a streak. */
export function summaryPanel(ctx: Ctx): HTMLElement {
  const { doc, model } = ctx;
  const s = model.summary;
  return frame(ctx, 'summary', 'Your rhythm', () => {
    const stat = (value: number, label: string): HTMLElement =>
      append(el(doc, 'div', 'glimmers-stat'), el(doc, 'span', 'glimmers-stat-value', String(value)), el(doc, 'span', 'glimmers-stat-label', label));
    const stats = append(el(doc, 'div', 'glimmers-stats'),
      stat(s.thisWeek, s.weekText),
      stat(s.thisMonth, s.monthText),
      stat(s.daysLast30, s.daysLast30 === 1 ? 'day with a reflection in the last 30' : 'days with a reflection in the last 30'));
    // The strip only repeats the sentence below it, so it is hidden from screen readers.
    const strip = svg(doc, 'svg', { class: 'glimmers-rhythm', viewBox: `0 0 ${s.rhythm.length * 10} 10`, 'aria-hidden': 'true', focusable: 'false' });
    s.rhythm.forEach((d, i) => {
      strip.appendChild(svg(doc, 'circle', { class: d.count > 0 ? 'glimmers-rhythm-dot glimmers-rhythm-on' : 'glimmers-rhythm-dot', cx: i * 10 + 5, cy: 5, r: 3.5 }));
    });
    return [stats, append(el(doc, 'div', 'glimmers-rhythm-wrap'), strip), el(doc, 'p', 'glimmers-rhythm-text', s.rhythmText)];
  });
}

/** A list of notes, each a button that opens its note. */
function noteList(ctx: Ctx, items: { path: string; title: string; lines: { text: string; cls: string }[] }[], label: string): HTMLElement {
  const { doc, model, handlers, ui } = ctx;
  const list = el(doc, 'ul', 'glimmers-list', null, { 'aria-label': label });
  for (const item of items) {
    const selected = model.selectedPath === item.path;
    const b = button(doc, `glimmers-list-item${selected ? ' glimmers-is-selected' : ''}`, '', () => call(ui, () => handlers.openNote(item.path)), {
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

/** Attempted glimmers with their first error, each opening its note. */
export function attentionPanel(ctx: Ctx): HTMLElement {
  const { doc, model } = ctx;
  return frame(ctx, 'attention', 'Needs attention', () => {
    if (model.attention.length === 0) return [note(doc, 'Every glimmer note could be read.')];
    return [
      note(doc, 'These notes say they are glimmers but could not be read, so they are not counted yet. Opening one shows what to fix.'),
      noteList(ctx, model.attention.map((a) => ({
        path: a.path,
        title: a.name,
        lines: [
          { text: a.message, cls: 'glimmers-list-error' },
          ...(a.more > 0 ? [{ text: `And ${a.more} more ${a.more === 1 ? 'problem' : 'problems'}`, cls: 'glimmers-list-meta' }] : []),
        ],
      })), 'Notes that need attention'),
    ];
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
