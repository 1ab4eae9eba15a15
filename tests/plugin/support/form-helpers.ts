// Finds the capture forms' controls as a person (or a screen reader) finds them: by role and
// accessible name, through Testing Library's queries, and counts the actions a person takes.
import { within, type BoundFunctions, type queries } from '@testing-library/dom';
import { openModal, settle } from './harness.ts';

export const WITNESSED = 'What moment of resilience did I witness?';
export const FELT = 'How did it feel in my body?';
export const WHERE = 'Where did I feel it?';
export const INTENSITY = 'How much did it fill me up?';
export const WEIGHT = 'How heavy did the work feel?';

/** Queries scoped to the open Glimmers modal. */
export function form(): BoundFunctions<typeof queries> {
  return within(openModal());
}

/** A labelled text box of the open form. */
export function textbox(name: string): HTMLTextAreaElement | HTMLInputElement {
  return form().getByRole('textbox', { name }) as HTMLTextAreaElement | HTMLInputElement;
}

/** A button of the open form (a toggle button too: body regions are buttons named by their word). */
export function buttonNamed(name: string | RegExp): HTMLElement {
  return form().getByRole('button', { name });
}

/** The body map's region toggle named `word`, in the figure. */
export function region(word: string): Element {
  return within(form().getByRole('group', { name: WHERE })).getByRole('button', { name: word });
}

/** The radio named `name` in the radio group labelled `group`. */
export function radio(group: string, name: string): HTMLInputElement {
  return within(form().getByRole('radiogroup', { name: group })).getByRole('radio', { name }) as HTMLInputElement;
}

/** Counts what a person does: each tap, key press or command is one action (typed letters are not). */
export class Actions {
  count = 0;

  async tap(el: Element): Promise<void> {
    this.count++;
    (el as HTMLElement).dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    await settle();
  }

  /** Moves into a text box (a tap or a Tab) and types: one action, whatever the length of the words. */
  async write(el: HTMLTextAreaElement | HTMLInputElement, text: string, focused = false): Promise<void> {
    if (!focused) this.count++;
    el.focus();
    el.value += text;
    el.dispatchEvent(new Event('input', { bubbles: true }));
    await settle();
  }

  async run(command: () => Promise<void>): Promise<void> {
    this.count++;
    await command();
  }
}
