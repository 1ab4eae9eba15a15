/**
 * "What is a glimmer?": the card shown the first time the form or the dashboard opens in a vault.
 * The idea in three sentences, three small examples and the three steps of the practice, in the
 * project's own words; a link to the end-of-day reminder setting when there is one. Dismissible.
 */

import type { CaptureContext, ReminderLink } from '../capture.ts';

/** What the card needs. */
export interface FirstRunCardOptions {
  /** Called when the person puts the card away ("Got it"). */
  onDismiss(): void;
  reminder: ReminderLink | null;
  /** Registers a DOM listener so it is released with the view that shows the card. */
  listen(el: HTMLElement, type: 'click', handler: () => void): void;
}

/**
 * Shows the card at the start of `parent` if this vault has not seen it yet, and remembers that it
 * has (once per vault: closing without "Got it" does not bring it back). For the forms and the
 * dashboard pane alike.
 */
export function showFirstRunOnce(
  parent: HTMLElement,
  ctx: Pick<CaptureContext, 'getSettings' | 'updateSettings' | 'reminder'>,
  listen: FirstRunCardOptions['listen'],
): void {
  if (ctx.getSettings().practice.firstRunSeen) return;
  renderFirstRunCard(parent, { reminder: ctx.reminder(), listen, onDismiss: () => undefined });
  void ctx.updateSettings((s) => { s.practice.firstRunSeen = true; });
}

const IDEA = [
  'A glimmer is a small moment of resilience you witnessed in your work: a step forward, a flash of hope, a moment that filled you back up.',
  'The openness that lets you feel the weight of the work also lets you feel the healing, and at the end of a long day that is easy to miss.',
  'Noticing it, and where you felt it in your body, keeps it for the days you need it.',
];

const EXAMPLES = [
  'She said no to a family demand for the first time, calmly. My shoulders dropped.',
  'He laughed in session, the first time in weeks. Warm chest.',
  'A client remembered a song from home. My throat loosened.',
];

const STEPS: ReadonlyArray<readonly [string, string]> = [
  ['Pause.', 'What moment of resilience did I witness? How did it feel in my body?'],
  ['Write it down.', 'A line or two is enough.'],
  ['Get back to basics.', 'Do one small thing that grounds you.'],
];

/** Builds the card at the start of `parent`. */
export function renderFirstRunCard(parent: HTMLElement, opts: FirstRunCardOptions): HTMLElement {
  const titleId = `glimmers-first-run-${Math.random().toString(36).slice(2, 8)}`;
  const card = createDiv({ cls: 'glimmers-first-run', attr: { role: 'region', 'aria-labelledby': titleId } });
  parent.prepend(card);
  card.createDiv({ cls: 'glimmers-first-run-title', text: 'What is a glimmer?', attr: { id: titleId } });
  card.createEl('p', { text: IDEA.join(' ') });
  const examples = card.createEl('ul', { cls: 'glimmers-first-run-examples' });
  for (const example of EXAMPLES) examples.createEl('li', { text: example });
  const steps = card.createEl('ol', { cls: 'glimmers-first-run-steps' });
  for (const [step, what] of STEPS) {
    const li = steps.createEl('li');
    li.createEl('strong', { text: step });
    li.appendText(` ${what}`);
  }
  const actions = card.createDiv({ cls: 'glimmers-first-run-actions' });
  const reminder = opts.reminder;
  if (reminder !== null) {
    const link = actions.createEl('button', { cls: 'glimmers-link-button', text: reminder.text, attr: { type: 'button' } });
    opts.listen(link, 'click', () => reminder.open());
  }
  const done = actions.createEl('button', { text: 'Got it', attr: { type: 'button' } });
  opts.listen(done, 'click', () => {
    card.remove();
    opts.onDismiss();
  });
  return card;
}
