/**
 * "Get back to basics": the third step of the practice, any time. A calm card with the person's
 * own grounding toolkit (the list in settings), what they chose most often first. It asks nothing
 * and writes nothing.
 */
import { Modal, type App } from 'obsidian';

/** The card's words; the first sentence is the practice's own. */
export const BASICS_WORDS = Object.freeze({
  title: 'Get back to basics',
  intro: "Do something you know will help you feel more grounded, calm, or connected. Don't reinvent the wheel: these already work for you.",
  empty: 'Your grounding toolkit is empty. Add what helps you under Settings → Glimmers → Grounding, one per line.',
  list: 'Your grounding toolkit',
  done: 'Done',
});

/**
 * The toolkit, most chosen first (by how many glimmers name each one), keeping the person's own
 * order among equals. Pure.
 */
export function mostUsedFirst(toolkit: readonly string[], chosen: Readonly<Record<string, number>>): string[] {
  const count = (word: string): number => {
    const lower = word.toLowerCase();
    let n = 0;
    for (const [key, times] of Object.entries(chosen)) if (key.toLowerCase() === lower) n += times;
    return n;
  };
  return toolkit.map((word, i) => ({ word, i, n: count(word) })).sort((a, b) => b.n - a.n || a.i - b.i).map((x) => x.word);
}

/** The "Get back to basics" card. */
export class BasicsModal extends Modal {
  constructor(app: App, private readonly toolkit: () => string[]) {
    super(app);
  }

  override onOpen(): void {
    this.modalEl.addClass('glimmers-care-card');
    this.setTitle(BASICS_WORDS.title);
    const { contentEl } = this;
    contentEl.empty();
    contentEl.createEl('p', { cls: 'glimmers-care-lead', text: BASICS_WORDS.intro });
    const items = this.toolkit();
    if (items.length === 0) contentEl.createEl('p', { cls: 'glimmers-care-muted', text: BASICS_WORDS.empty });
    else {
      const list = contentEl.createEl('ul', { cls: 'glimmers-care-toolkit', attr: { 'aria-label': BASICS_WORDS.list } });
      for (const item of items) list.createEl('li', { cls: 'glimmers-care-tool', text: item });
    }
    const actions = contentEl.createDiv({ cls: 'glimmers-care-actions' });
    const done = actions.createEl('button', { cls: 'mod-cta', text: BASICS_WORDS.done, attr: { type: 'button' } });
    done.addEventListener('click', () => this.close());
    done.focus();
  }

  override onClose(): void {
    this.contentEl.empty();
  }
}
