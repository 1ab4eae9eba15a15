/**
 * "A glimmer to revisit": one past glimmer's words to reread on a hard day, "Show another", and
 * "On this day". Words are hidden behind "Show" in privacy mode, loaded on demand when only the
 * frontmatter is known, and a glimmer that turns out to have no words is passed over, never shown.
 * Note text only ever goes in as text.
 */
import { append, button, el } from '../dom.ts';
import type { DashboardFilters } from '../model-types.ts';
import type { Ctx } from '../panel-frame.ts';
import { call, frame, note, noteButton } from '../panel-frame.ts';
import type { RevisitItem, RevisitWords } from './revisit-model.ts';

const TEXT_KEY = 'revisit:text';
/** The key under which "Show" (privacy mode) is remembered for the whole panel. */
const REVEAL_KEY = 'revisit:panel';

const WORDS = {
  quiet: 'Glimmers come back here two weeks after you write them, to reread on a hard day.',
  none: 'None of your older glimmers has words to reread yet. A "What I want to remember" line brings one back here.',
  noText: 'This page was exported without note text, so there are no words to reread here.',
  hidden: 'Its words are hidden while privacy mode is on.',
  reading: 'Reading the note…',
  looking: 'Looking for another glimmer…',
};

/** The words of an item: known, known to be none (`null`), or not known yet (`undefined`). */
function wordsOf(ctx: Ctx, item: RevisitItem): RevisitWords | null | undefined {
  if (item.text) return item.text;
  if (ctx.ui.revisitText.has(item.path)) return ctx.ui.revisitText.get(item.path) ?? null;
  // Without a way to read the note (the static page), unknown words are as good as none.
  return ctx.handlers.loadRevisitText ? undefined : null;
}

function loadWords(ctx: Ctx, path: string): void {
  const { ui, handlers } = ctx;
  if (ui.loading.has(path) || !handlers.loadRevisitText) return;
  ui.loading.add(path);
  const done = (words: RevisitWords | null): void => {
    ui.loading.delete(path);
    ui.revisitText.set(path, words !== null && words.text.trim() !== '' ? words : null);
    if (!ui.destroyed) ctx.redraw('revisit');
  };
  // A failed read counts as no words: the note itself is untouched, and another is offered.
  handlers.loadRevisitText(path).then((words) => done(words ?? null), () => done(null));
}

/** The filters the dashboard shows now, with `revisitFrom` set: how the panel asks for more glimmers. */
function askFrom(ctx: Ctx, revisitFrom: number): void {
  const f = ctx.model.filters;
  const filters: DashboardFilters = { range: f.range, revisitFrom };
  if (f.theme) filters.theme = f.theme;
  if (f.moment) filters.moment = f.moment;
  ctx.ui.revisit.at = null;
  call(ctx.ui, () => ctx.handlers.changeFilters(filters));
}

/** After the last glimmer offered: the next ones of today's order, or round to the start. */
function more(ctx: Ctx): void {
  const r = ctx.model.revisit;
  if (r.more) askFrom(ctx, r.next);
  else if (r.start > 0) askFrom(ctx, 0);
  else {
    ctx.ui.revisit.at = r.items[0]?.path ?? null;
    ctx.redraw('revisit');
  }
}

/** The words block of one glimmer: its title, the heading its words come from, and the words. */
function wordsBlock(ctx: Ctx, item: RevisitItem, words: RevisitWords | undefined, key: string, reasonText?: string): (Node | null)[] {
  const { doc } = ctx;
  const text = words === undefined
    ? note(doc, WORDS.reading, 'glimmers-loading')
    : el(doc, 'blockquote', 'glimmers-revisit-text', words.text);
  text.setAttribute('tabindex', '-1');
  text.setAttribute('data-glimmers-key', key);
  // A glimmer from this date in an earlier year or month says so, wherever it is shown.
  const reason = reasonText ?? ctx.model.revisit.onThisDay.find((o) => o.path === item.path)?.reason ?? item.reason;
  return [
    el(doc, 'p', 'glimmers-revisit-reason', reason),
    item.title ? el(doc, 'p', 'glimmers-revisit-title', item.title) : null,
    words ? el(doc, 'p', 'glimmers-revisit-heading', words.heading) : null,
    text,
    item.themes.length > 0 ? el(doc, 'p', 'glimmers-meta', item.themes.join(' · ')) : null,
  ];
}

/** The first "On this day" glimmer with words, other than the one shown above it. */
function onThisDayBlock(ctx: Ctx, shown: string | null): HTMLElement | null {
  const { doc } = ctx;
  for (const item of ctx.model.revisit.onThisDay) {
    if (item.path === shown) continue;
    const words = wordsOf(ctx, item);
    if (words === null) continue;
    if (words === undefined) loadWords(ctx, item.path);
    const group = el(doc, 'div', 'glimmers-revisit-on-this-day', null, { role: 'group', 'aria-label': 'On this day' });
    append(group, el(doc, 'h4', 'glimmers-revisit-subtitle', 'On this day'), ...wordsBlock(ctx, item, words, 'revisit:on-this-day-text', `${item.ago ?? item.reason}, ${item.dateLabel}`),
      noteButton(ctx, 'glimmers-link', `Open the glimmer from ${item.dateLabel}`, item.path, { 'data-glimmers-key': 'revisit:on-this-day-open' }));
    return group;
  }
  return null;
}

/** The glimmer to show now (the one the person reached, or the first), passing over those without words. */
function current(ctx: Ctx): { item: RevisitItem; words: RevisitWords | undefined; at: number } | 'more' | null {
  const items = ctx.model.revisit.items;
  const from = Math.max(0, items.findIndex((i) => i.path === ctx.ui.revisit.at));
  for (let at = from; at < items.length; at++) {
    const item = items[at] as RevisitItem;
    const words = wordsOf(ctx, item);
    if (words === null) continue;
    ctx.ui.revisit.at = item.path;
    if (words === undefined) loadWords(ctx, item.path);
    return { item, words, at };
  }
  const r = ctx.model.revisit;
  return r.more || r.start > 0 ? 'more' : null;
}

/** Looks further along today's order when nothing offered had words; once round the whole order, gives up. */
function lookFurther(ctx: Ctx): boolean {
  const { model, ui } = ctx;
  const r = model.revisit;
  if (!r.more) {
    if (ui.revisit.wrapped) return false;
    ui.revisit.wrapped = true;
  }
  Promise.resolve().then(() => { if (!ui.destroyed) more(ctx); }, () => undefined);
  return true;
}

/** The revisit panel. */
export function revisitPanel(ctx: Ctx): HTMLElement {
  const { doc, model, handlers, ui } = ctx;
  const r = model.revisit;
  return frame(ctx, 'revisit', 'A glimmer to revisit', () => {
    if (!r.any && r.onThisDay.length === 0) return [note(doc, WORDS.quiet)];
    if (model.privacy && !ui.revealed.has(REVEAL_KEY)) {
      return [note(doc, WORDS.hidden), button(doc, 'glimmers-button', 'Show', () => {
        if (ui.destroyed) return;
        ui.revealed.add(REVEAL_KEY);
        const first = r.items[0]?.path;
        if (first !== undefined) handlers.revealRevisit?.(first);
        // Focus the revealed words so a screen reader reads them (and again once they load).
        ctx.redraw('revisit', TEXT_KEY);
      }, { 'data-glimmers-key': 'revisit:show', 'aria-label': 'Show the glimmer to revisit' })];
    }
    const now = current(ctx);
    const out: (Node | null)[] = [];
    if (now === 'more' && lookFurther(ctx)) {
      // Every glimmer offered so far had no words: look further along today's order.
      out.push(note(doc, WORDS.looking, 'glimmers-loading'));
    } else if (now === null || now === 'more') {
      if (r.any) out.push(note(doc, r.unread ? WORDS.noText : WORDS.none));
    } else {
      const { item, words, at } = now;
      ui.revisit.wrapped = false;
      out.push(...wordsBlock(ctx, item, words, TEXT_KEY));
      const actions = el(doc, 'div', 'glimmers-revisit-actions');
      append(actions, noteButton(ctx, 'glimmers-link', `Open the glimmer from ${item.dateLabel}`, item.path, { 'data-glimmers-key': 'revisit:open' }));
      const only = r.start === 0 && !r.more && r.items.length === 1;
      if (!only) {
        append(actions, button(doc, 'glimmers-button', 'Show another', () => {
          if (ui.destroyed) return;
          const next = r.items[at + 1];
          if (next) {
            ui.revisit.at = next.path;
            ctx.redraw('revisit');
          } else more(ctx);
        }, { 'data-glimmers-key': 'revisit:another' }));
      }
      out.push(actions);
    }
    out.push(onThisDayBlock(ctx, now !== null && now !== 'more' ? now.item.path : null));
    return out;
  });
}
