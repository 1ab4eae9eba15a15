/**
 * "Revisit a glimmer": a calm card with one past glimmer's words to reread on a hard day, "Show
 * another", and "On this day" when there is one. It only reads notes; "Open the glimmer" opens one.
 */
import { Modal, type App } from 'obsidian';
import type { RevisitSession, RevisitShown } from './revisit-session.ts';

/** The card's words. */
export const REVISIT_WORDS = Object.freeze({
  title: 'A glimmer to revisit',
  reading: 'Finding a glimmer to reread…',
  quiet: 'Glimmers come back here two weeks after you write them, to reread on a hard day.',
  none: 'None of your older glimmers has words to reread yet. A "What I want to remember" line brings one back here.',
  another: 'Show another',
  onThisDay: 'On this day',
});

/** Opens a note (the host decides where). */
export type OpenNote = (path: string) => void;

/** The "Revisit a glimmer" card. */
export class RevisitModal extends Modal {
  private wordsEl: HTMLElement | null = null;
  private shownPath: string | null = null;
  private closed = false;

  constructor(app: App, private readonly session: RevisitSession, private readonly openNote: OpenNote, private readonly hasOlder: () => boolean) {
    super(app);
  }

  override onOpen(): void {
    this.closed = false;
    this.modalEl.addClass('glimmers-care-card');
    this.setTitle(REVISIT_WORDS.title);
    this.contentEl.empty();
    // Replaced in place on "Show another", so a screen reader reads the new words.
    this.wordsEl = this.contentEl.createDiv({ cls: 'glimmers-care-revisit', attr: { 'aria-live': 'polite' } });
    this.wordsEl.createEl('p', { cls: 'glimmers-care-muted', text: REVISIT_WORDS.reading });
    void this.showNext(true);
  }

  override onClose(): void {
    this.closed = true;
    this.contentEl.empty();
    this.wordsEl = null;
  }

  private async showNext(first: boolean): Promise<void> {
    const shown = await this.session.next();
    if (this.closed || this.wordsEl === null) return;
    const el = this.wordsEl;
    el.empty();
    if (shown === null) {
      el.createEl('p', { cls: 'glimmers-care-muted', text: this.hasOlder() ? REVISIT_WORDS.none : REVISIT_WORDS.quiet });
      if (first) await this.showOnThisDay(null);
      return;
    }
    const repeat = shown.path === this.shownPath;
    this.shownPath = shown.path;
    this.glimmer(el, shown);
    const actions = el.createDiv({ cls: 'glimmers-care-actions' });
    this.openButton(actions, shown);
    if (!repeat || first) {
      const another = actions.createEl('button', { text: REVISIT_WORDS.another, attr: { type: 'button' } });
      another.addEventListener('click', () => void this.showNext(false).then(() => this.focusAnother()));
    }
    if (first) await this.showOnThisDay(shown.path);
  }

  private focusAnother(): void {
    const button = [...(this.wordsEl?.querySelectorAll('button') ?? [])].find((b) => b.textContent === REVISIT_WORDS.another);
    button?.focus();
  }

  /** The reason (or `reason` in its place), title, heading and words of one glimmer. */
  private glimmer(el: HTMLElement, shown: RevisitShown, reason = shown.reason): void {
    el.createEl('p', { cls: 'glimmers-care-muted', text: reason });
    if (shown.title) el.createEl('p', { cls: 'glimmers-care-title', text: shown.title });
    el.createEl('p', { cls: 'glimmers-care-heading', text: shown.words.heading });
    el.createEl('blockquote', { cls: 'glimmers-care-words', text: shown.words.text });
  }

  private openButton(el: HTMLElement, shown: RevisitShown): void {
    const open = el.createEl('button', { cls: 'mod-cta', text: `Open the glimmer from ${shown.dateLabel}`, attr: { type: 'button' } });
    open.addEventListener('click', () => {
      this.close();
      this.openNote(shown.path);
    });
  }

  private async showOnThisDay(shownPath: string | null): Promise<void> {
    const found = await this.session.onThisDay();
    if (this.closed || found === null || found.path === shownPath) return;
    const group = this.contentEl.createDiv({ cls: 'glimmers-care-on-this-day', attr: { role: 'group', 'aria-label': REVISIT_WORDS.onThisDay } });
    group.createEl('h3', { cls: 'glimmers-care-subtitle', text: REVISIT_WORDS.onThisDay });
    // Under the "On this day" heading: "A year ago, 4 March 2025".
    const ago = found.ago ?? found.reason;
    this.glimmer(group, found, `${ago.slice(0, 1).toUpperCase()}${ago.slice(1)}, ${found.dateLabel}`);
    this.openButton(group.createDiv({ cls: 'glimmers-care-actions' }), found);
  }
}
