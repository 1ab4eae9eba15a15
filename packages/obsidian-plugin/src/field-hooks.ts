/**
 * Field hooks: features that watch what is typed in the capture forms (such as the privacy
 * guard's identifier warnings) attach to every text box through one registry. The types live here,
 * below both the forms (`ui/`) and the capture logic, so neither imports the other's layer.
 */

/** A text box of a form, as a field hook sees it. */
export interface TextField {
  /** What the field holds: `title`, a prompt slot (`witnessed`, `section-2`, …) or `quick`. */
  readonly id: string;
  /** The label shown to the person. */
  readonly label: string;
  readonly inputEl: HTMLTextAreaElement | HTMLInputElement;
  /** The wrapper of label, box and notes. */
  readonly fieldEl: HTMLElement;
  /** An empty, polite live region right under the box, described by it: put warnings here. */
  readonly notesEl: HTMLElement;
  /** Calls `callback` with the new value on every edit; released when the form closes. */
  onInput(callback: (value: string) => void): void;
}

/**
 * Called once for each text box when a form opens. It may return a cleanup, run when the form
 * closes. Hooks never block saving.
 */
export type FieldHook = (field: TextField) => void | (() => void);

/** The hooks registered now, in order. One per plugin instance; no module state. */
export class FieldHookRegistry {
  private readonly hooks: FieldHook[] = [];

  /** Adds a hook for every form opened from now on; returns the function that removes it. */
  add(hook: FieldHook): () => void {
    this.hooks.push(hook);
    return () => {
      const index = this.hooks.indexOf(hook);
      if (index >= 0) this.hooks.splice(index, 1);
    };
  }

  /** The hooks, for a form that is opening. */
  list(): readonly FieldHook[] {
    return [...this.hooks];
  }
}
