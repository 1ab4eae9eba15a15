/**
 * The closing card that replaces the form after a save: "Saved." and "Before you go", with up to
 * three grounding practices from the person's own toolkit (the third step of the practice: get
 * back to basics). After a heavy day (weight 3 or more) the card leads with grounding and offers
 * "Revisit a glimmer". Choosing a practice records it in the glimmer and closes. No file name.
 */
import type { Glimmer } from '@glimmers/core';
import type { Component } from 'obsidian';

/** The weight from which a day counts as heavy: the card leads with grounding. */
export const HEAVY_WEIGHT = 3;

/** What the closing card shows and does. */
export interface ClosingCardSpec {
  glimmer: Glimmer;
  /** Up to three practices, most helpful first. */
  suggestions: readonly string[];
  /** Opens a glimmer worth rereading; `null` hides the button. */
  revisit: (() => void) | null;
  /** Records a practice in the glimmer; resolves to `null`, or a message when it could not. */
  choose(practice: string): Promise<string | null>;
  openNote(): void;
  done(): void;
}

/** Builds the card into `el` (emptied first) and focuses its first choice. */
export function renderClosingCard(el: HTMLElement, spec: ClosingCardSpec, component: Component): void {
  el.empty();
  const heavy = (spec.glimmer.weight ?? 0) >= HEAVY_WEIGHT;
  const card = el.createDiv({ cls: `glimmers-closing${heavy ? ' is-heavy' : ''}` });
  const saved = card.createDiv({ cls: 'glimmers-closing-saved', attr: { role: 'status' } });
  saved.createSpan({ cls: 'glimmers-closing-saved-word', text: 'Saved.' });
  if (heavy) saved.appendText(' It sounds like a heavy day; go gently.');

  const groundId = `glimmers-ground-${Math.random().toString(36).slice(2, 8)}`;
  const ground = card.createDiv({ cls: 'glimmers-closing-grounding', attr: { role: 'group', 'aria-labelledby': groundId } });
  ground.createDiv({ cls: 'glimmers-closing-title', text: 'Before you go', attr: { id: groundId } });
  ground.createDiv({ cls: 'glimmers-closing-lead', text: 'Something small that grounds you:' });
  // After a heavy day the card leads with grounding; "Saved." follows it.
  if (heavy) card.prepend(ground);
  const status = card.createDiv({ cls: 'glimmers-status', attr: { 'aria-live': 'polite' } });
  const buttons: HTMLButtonElement[] = [];
  if (spec.suggestions.length === 0) {
    ground.createDiv({ cls: 'glimmers-hint', text: 'Add what helps you to "What helps me get back to basics" in settings, and it will be offered here.' });
  }
  for (const practice of spec.suggestions) {
    const b = ground.createEl('button', { cls: 'glimmers-closing-choice', text: practice, attr: { type: 'button' } });
    buttons.push(b);
    component.registerDomEvent(b, 'click', () => {
      for (const other of buttons) other.disabled = true;
      void spec.choose(practice).then((problem) => {
        if (problem === null) return spec.done();
        status.setText(problem);
        status.addClass('is-error');
        for (const other of buttons) other.disabled = false;
      });
    });
  }

  if (heavy && spec.revisit !== null) {
    const revisit = spec.revisit;
    const r = card.createDiv({ cls: 'glimmers-closing-revisit' });
    r.createDiv({ cls: 'glimmers-hint', text: 'Or reread a glimmer from a lighter day.' });
    const b = r.createEl('button', { text: 'Revisit a glimmer', attr: { type: 'button' } });
    component.registerDomEvent(b, 'click', () => {
      spec.done();
      revisit();
    });
  }

  const actions = card.createDiv({ cls: 'glimmers-actions glimmers-closing-actions' });
  const open = actions.createEl('button', { text: 'Open the note', attr: { type: 'button' } });
  const close = actions.createEl('button', { cls: buttons.length === 0 ? 'mod-cta' : '', text: 'Close', attr: { type: 'button' } });
  component.registerDomEvent(open, 'click', () => {
    spec.done();
    spec.openNote();
  });
  component.registerDomEvent(close, 'click', () => spec.done());
  (buttons[0] ?? close).focus();
}
