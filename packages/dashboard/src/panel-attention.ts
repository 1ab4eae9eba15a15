/**
 * Notes that mean to be glimmers but could not be read: a quiet line at the foot of the
 * dashboard ("2 notes look like glimmers but have an error: Show"), opening into the list of
 * those notes with what to fix, each opening its note.
 */
import { append, button, el } from './dom.ts';
import type { Ctx } from './panel-frame.ts';
import { note } from './panel-frame.ts';
import { noteList } from './panel-lists.ts';

/** The attention footer (also the code block's `attention` panel). */
export function attentionPanel(ctx: Ctx): HTMLElement {
  const { doc, model, ui } = ctx;
  const n = model.attention.length;
  const section = el(doc, 'section', 'glimmers-panel glimmers-panel-attention glimmers-footer', null, { 'aria-label': 'Notes to fix', 'data-glimmers-panel': 'attention' });
  if (n === 0) {
    section.appendChild(note(doc, 'Every glimmer note could be read.'));
    return section;
  }
  const line = el(doc, 'p', 'glimmers-footer-line');
  append(line,
    doc.createTextNode(`${n} ${n === 1 ? 'note looks like a glimmer but has' : 'notes look like glimmers but have'} an error: `),
    button(doc, 'glimmers-link', ui.attentionOpen ? 'Hide' : 'Show', () => {
      ui.attentionOpen = !ui.attentionOpen;
      ctx.redraw('attention', 'attention:toggle');
    }, { 'aria-expanded': ui.attentionOpen ? 'true' : 'false', 'data-glimmers-key': 'attention:toggle', 'aria-label': ui.attentionOpen ? 'Hide the notes to fix' : 'Show the notes to fix' }));
  section.appendChild(line);
  if (ui.attentionOpen) {
    const wrap = el(doc, 'div', 'glimmers-footer-list');
    append(wrap,
      note(doc, 'They are not counted until they can be read. Opening one shows what to fix.'),
      noteList(ctx, model.attention.map((a) => ({
        path: a.path,
        title: a.name,
        lines: [
          { text: a.message, cls: 'glimmers-list-error' },
          ...(a.more > 0 ? [{ text: `And ${a.more} more ${a.more === 1 ? 'problem' : 'problems'}`, cls: 'glimmers-list-meta' }] : []),
        ],
      })), 'Notes to fix'));
    section.appendChild(wrap);
  }
  return section;
}
