/**
 * Panels that show a line of the notes' own words: the glimmers of the selected day or week
 * (title and "What I witnessed", each opening its note), and "What I'm carrying" (closed until
 * asked). Words the model does not hold are read on demand through `handlers.loadNoteText`, a few
 * notes at a time; in privacy mode they stay hidden until "Show".
 */
import type { NoteItem, NoteText } from './model-types.ts';
import { append, button, el } from './dom.ts';
import type { Ctx, PartName } from './panel-frame.ts';
import { call, frame, note, noteButton } from './panel-frame.ts';
import { glimmers } from './words.ts';

/** How many notes are read at once. */
const READ_BATCH = 10;

/** An item's words for `key`: known (string or `null`), or `undefined` while not read yet. */
function wordsOf(ctx: Ctx, item: NoteItem, key: keyof NoteText): string | null | undefined {
  if (item.text !== undefined) return item.text;
  if (!ctx.ui.noteText.has(item.path)) return ctx.handlers.loadNoteText ? undefined : null;
  return ctx.ui.noteText.get(item.path)?.[key] ?? null;
}

/** Reads the words of up to {@link READ_BATCH} items not read yet, then draws `part` again. */
function readSome(ctx: Ctx, items: readonly NoteItem[], key: keyof NoteText, part: PartName): void {
  const { ui, handlers } = ctx;
  const load = handlers.loadNoteText?.bind(handlers);
  if (!load || items.some((i) => ui.noteLoading.has(i.path))) return;
  const batch = items.filter((i) => wordsOf(ctx, i, key) === undefined).slice(0, READ_BATCH);
  if (batch.length === 0) return;
  let left = batch.length;
  for (const item of batch) {
    ui.noteLoading.add(item.path);
    const done = (text: NoteText | null): void => {
      ui.noteLoading.delete(item.path);
      ui.noteText.set(item.path, text);
      left -= 1;
      // A failed read shows as "no words" rather than an error: the note itself is untouched.
      if (left === 0 && !ui.destroyed) ctx.redraw(part);
    };
    load(item.path).then(done, () => done(null));
  }
}

/** The privacy notice with its "Show" button, for `part`. */
function hiddenWords(ctx: Ctx, part: PartName, what: string): HTMLElement[] {
  const { doc, ui } = ctx;
  return [
    note(doc, 'Their words are hidden while privacy mode is on.'),
    button(doc, 'glimmers-button', 'Show', () => {
      ui.revealed.add(part);
      ctx.redraw(part, `${part}:first`);
    }, { 'data-glimmers-key': `${part}:show`, 'aria-label': `Show ${what}` }),
  ];
}

/** The glimmers of the selected day or week (an empty, hidden part when nothing is selected). */
export function dayPanel(ctx: Ctx): HTMLElement {
  const { doc, model, handlers, ui } = ctx;
  const d = model.day;
  if (!d) return el(doc, 'div', 'glimmers-day-empty', null, { hidden: true, 'data-glimmers-panel': 'day' });
  const title = d.kind === 'day' ? `Glimmers on ${d.label}` : `Glimmers in the week of ${d.label.replace(/^Week of /, '')}`;
  return frame(ctx, 'day', title, () => {
    const hidden = model.privacy && !ui.revealed.has('day');
    const out: (Node | null)[] = [note(doc, d.count === 0 ? 'No glimmers on these days with these filters.' : `${glimmers(d.count)}.`)];
    const list = el(doc, 'ul', 'glimmers-list glimmers-day-list', null, { 'aria-label': title });
    d.items.forEach((item, i) => {
      const words = hidden ? null : wordsOf(ctx, item, 'witnessed');
      const open = noteButton(ctx, 'glimmers-list-item', '', item.path, {
        'data-path': item.path, 'data-glimmers-key': i === 0 ? 'day:first' : `day:${item.path}`,
      });
      append(open, el(doc, 'span', 'glimmers-list-title', !hidden && item.title ? item.title : item.label));
      if (item.meta) append(open, el(doc, 'span', 'glimmers-list-meta', item.meta));
      if (typeof words === 'string') append(open, el(doc, 'span', 'glimmers-list-words', firstLine(words)));
      list.appendChild(append(el(doc, 'li', 'glimmers-list-row'), open));
    });
    if (d.items.length > 0) out.push(list);
    if (d.more > 0) out.push(note(doc, `And ${glimmers(d.more)} more; choose a shorter stretch to see them.`));
    if (hidden && d.items.length > 0) out.push(...hiddenWords(ctx, 'day', 'the titles and words of these glimmers'));
    else readSome(ctx, d.items, 'witnessed', 'day');
    out.push(button(doc, 'glimmers-link', 'Close', () => call(ui, () => handlers.select?.(null)), { 'data-glimmers-key': 'day:close', 'aria-label': `Close the list of ${title.toLowerCase()}` }));
    return out;
  });
}

function firstLine(text: string): string {
  const line = text.split('\n').find((l) => l.trim() !== '') ?? '';
  return line.trim();
}

/** "What I'm carrying": closed at first; open, it lists the carrying lines of the range's newest glimmers. */
export function carryingPanel(ctx: Ctx): HTMLElement {
  const { doc, model, ui } = ctx;
  const c = model.carrying;
  const section = frame(ctx, 'carrying', "What I'm carrying", () => {
    if (!ui.carryingOpen) return [];
    if (c.items.length === 0) return [note(doc, `No glimmers in this range (${c.rangeLabel.toLowerCase()}).`)];
    if (model.privacy && !ui.revealed.has('carrying')) return hiddenWords(ctx, 'carrying', 'what you were carrying');
    const lines: { item: NoteItem; text: string }[] = [];
    let pending = false;
    for (const item of c.items) {
      const words = wordsOf(ctx, item, 'carrying');
      if (words === undefined) pending = true;
      else if (typeof words === 'string') lines.push({ item, text: words });
    }
    const shown = lines.slice(0, ui.carryingShown);
    if (pending && shown.length < ui.carryingShown) readSome(ctx, c.items, 'carrying', 'carrying');
    const out: (Node | null)[] = [];
    if (shown.length > 0) {
      const list = el(doc, 'ul', 'glimmers-carrying-list', null, { 'aria-label': "What I'm carrying" });
      shown.forEach(({ item, text }, i) => {
        const li = el(doc, 'li', 'glimmers-carrying-row', null, i === 0 ? { tabindex: -1, 'data-glimmers-key': 'carrying:first' } : undefined);
        append(li, el(doc, 'span', 'glimmers-list-meta', item.dateLabel), el(doc, 'span', 'glimmers-carrying-text', text));
        list.appendChild(li);
      });
      out.push(list);
    }
    if (pending && shown.length < ui.carryingShown) out.push(note(doc, 'Reading your notes…', 'glimmers-loading'));
    else if (shown.length === 0) out.push(note(doc, `Nothing you were carrying was written down in the newest ${glimmers(c.items.length)} of this range.`));
    if (lines.length > shown.length || (pending && shown.length >= ui.carryingShown)) {
      out.push(button(doc, 'glimmers-button', 'Show more', () => {
        ui.carryingShown += 10;
        ctx.redraw('carrying');
      }, { 'data-glimmers-key': 'carrying:more' }));
    }
    return out;
  });
  // The toggle sits in the header, so the panel reads "What I'm carrying [Show]" while closed.
  const header = section.querySelector('.glimmers-panel-header');
  header?.appendChild(button(doc, 'glimmers-toggle', ui.carryingOpen ? 'Hide' : 'Show', () => {
    ui.carryingOpen = !ui.carryingOpen;
    ctx.redraw('carrying', 'carrying:toggle');
  }, { 'aria-expanded': ui.carryingOpen ? 'true' : 'false', 'data-glimmers-key': 'carrying:toggle', 'aria-label': ui.carryingOpen ? "Hide what I'm carrying" : "Show what I'm carrying" }));
  return section;
}
