/**
 * A scale as one tap: a labelled radio group of the scale's values (`intensity` 1-5, `weight`
 * 0-5), with the scale's words at both ends. Each radio is named by its value and word ("1, a
 * flicker"), so a screen reader hears what the number means. Tapping the chosen value again
 * clears it (both scales are optional).
 */
import { scaleWord, type ScaleDefinition } from '@glimmers/core';
import type { Component } from 'obsidian';

/** What a scale field shows. */
export interface ScaleFieldSpec {
  scale: ScaleDefinition;
  /** Unique DOM id prefix. */
  domId: string;
  /** The group's label; the scale's question when not given. */
  label?: string;
  value: number | null;
  onChange(value: number | null): void;
}

/** Builds the radio group under `parent`. */
export function createScaleField(parent: HTMLElement, spec: ScaleFieldSpec, component: Component): HTMLElement {
  const { scale } = spec;
  const labelId = `${spec.domId}-label`;
  const group = parent.createDiv({ cls: 'glimmers-field glimmers-scale', attr: { role: 'radiogroup', 'aria-labelledby': labelId } });
  group.createDiv({ cls: 'glimmers-group-label', text: spec.label ?? scale.question, attr: { id: labelId } });
  const options = group.createDiv({ cls: 'glimmers-scale-options' });
  let value = spec.value;
  const radios: HTMLInputElement[] = [];
  for (let v = scale.min; v <= scale.max; v++) {
    const option = options.createEl('label', { cls: 'glimmers-scale-option' });
    const radio = option.createEl('input', {
      cls: 'glimmers-scale-radio',
      attr: { type: 'radio', name: spec.domId, value: String(v), 'aria-label': `${v}, ${scaleWord(scale, v) ?? ''}` },
    });
    radio.checked = value === v;
    option.createSpan({ cls: 'glimmers-scale-number', text: String(v), attr: { 'aria-hidden': 'true' } });
    radios.push(radio);
    component.registerDomEvent(radio, 'click', () => {
      // The chosen value tapped again: clear the scale.
      const next = value === v ? null : v;
      value = next;
      for (const r of radios) r.checked = next !== null && r.value === String(next);
      spec.onChange(next);
    });
  }
  const ends = group.createDiv({ cls: 'glimmers-scale-ends', attr: { 'aria-hidden': 'true' } });
  ends.createSpan({ text: scale.low });
  ends.createSpan({ text: scale.high });
  return group;
}
