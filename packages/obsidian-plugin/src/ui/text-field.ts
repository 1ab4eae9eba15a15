/**
 * Every text box of the capture forms is built here, so features that watch what is typed (such
 * as the privacy guard's identifier warnings) attach to all of them through one hook.
 */
import type { Component } from 'obsidian';
import type { FieldHook, TextField } from '../field-hooks.ts';

/** What a text box shows. */
export interface TextFieldSpec {
  id: string;
  /** Unique DOM id for the box. */
  domId: string;
  label: string;
  value: string;
  multiline: boolean;
  rows?: number;
  placeholder?: string;
}

/** Builds one labelled text box under `parent`, wires `onChange`, and runs the field hooks on it. */
export function createTextField(
  parent: HTMLElement,
  spec: TextFieldSpec,
  component: Component,
  hooks: readonly FieldHook[],
  onChange: (value: string) => void,
): TextField {
  const fieldEl = parent.createDiv({ cls: 'glimmers-field' });
  fieldEl.createEl('label', { cls: 'glimmers-field-label', text: spec.label, attr: { for: spec.domId } });
  const attr: Record<string, string> = { id: spec.domId, dir: 'auto', 'aria-describedby': `${spec.domId}-notes` };
  if (spec.placeholder !== undefined) attr['placeholder'] = spec.placeholder;
  const inputEl = spec.multiline
    ? fieldEl.createEl('textarea', { cls: 'glimmers-textarea', attr: { ...attr, rows: String(spec.rows ?? 3) } })
    : fieldEl.createEl('input', { cls: 'glimmers-input', attr: { ...attr, type: 'text' } });
  inputEl.value = spec.value;
  const notesEl = fieldEl.createDiv({ cls: 'glimmers-field-notes', attr: { id: `${spec.domId}-notes`, 'aria-live': 'polite' } });
  const field: TextField = {
    id: spec.id,
    label: spec.label,
    inputEl,
    fieldEl,
    notesEl,
    onInput(callback) {
      component.registerDomEvent(inputEl, 'input', () => callback(inputEl.value));
    },
  };
  field.onInput(onChange);
  for (const hook of hooks) {
    const cleanup = hook(field);
    if (typeof cleanup === 'function') component.register(cleanup);
  }
  return field;
}
