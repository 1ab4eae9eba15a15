/**
 * Chip groups: real buttons with `aria-pressed`, one Tab stop per group (arrow keys move inside it,
 * Space or Enter toggles), and an optional "add your own" box.
 */
import type { Component } from 'obsidian';
import { isComposing } from './keys.ts';

/** One chip: the value stored and the words shown. */
export interface ChipOption {
  value: string;
  label: string;
}

/** How a chip group looks and behaves. */
export interface ChipGroupOptions {
  component: Component;
  /** Unique DOM id prefix for this group. */
  domId: string;
  label: string;
  options: readonly ChipOption[];
  selected: readonly string[];
  /** `false`: at most one chip pressed; pressing it again un-presses it. */
  multiple: boolean;
  onChange(selected: string[]): void;
  /** Adds a text box whose Enter adds (and presses) a chip of the typed words. */
  freeEntry?: { placeholder: string; maxLength: number };
}

/** A built chip group. */
export interface ChipGroup {
  readonly el: HTMLElement;
  selected(): string[];
}

const NEXT_KEYS = new Set(['ArrowRight', 'ArrowDown']);
const PREVIOUS_KEYS = new Set(['ArrowLeft', 'ArrowUp']);

/** Builds a chip group under `parent`. */
export function createChipGroup(parent: HTMLElement, opts: ChipGroupOptions): ChipGroup {
  const el = parent.createDiv({ cls: 'glimmers-chip-group' });
  const labelId = `${opts.domId}-label`;
  el.createDiv({ cls: 'glimmers-group-label', text: opts.label, attr: { id: labelId } });
  const list = el.createDiv({ cls: 'glimmers-chips', attr: { role: 'group', 'aria-labelledby': labelId } });
  const chips: HTMLButtonElement[] = [];
  let selected = opts.selected.filter((v, i, all) => all.indexOf(v) === i);

  const sync = (): void => {
    for (const chip of chips) {
      const pressed = selected.includes(chip.dataset['value'] ?? '');
      chip.setAttr('aria-pressed', pressed ? 'true' : 'false');
      chip.toggleClass('is-pressed', pressed);
    }
    // One Tab stop per group: the first pressed chip, or the first chip.
    const stop = chips.find((c) => c.getAttr('aria-pressed') === 'true') ?? chips[0];
    for (const chip of chips) chip.tabIndex = chip === stop ? 0 : -1;
  };

  const toggle = (value: string): void => {
    if (selected.includes(value)) selected = selected.filter((v) => v !== value);
    else selected = opts.multiple ? [...selected, value] : [value];
    sync();
    opts.onChange([...selected]);
  };

  const addChip = (option: ChipOption): HTMLButtonElement => {
    const chip = list.createEl('button', { cls: 'glimmers-chip', text: option.label, attr: { type: 'button', 'data-value': option.value } });
    opts.component.registerDomEvent(chip, 'click', () => toggle(option.value));
    opts.component.registerDomEvent(chip, 'keydown', (evt: KeyboardEvent) => {
      const index = chips.indexOf(chip);
      let target: HTMLButtonElement | undefined;
      if (NEXT_KEYS.has(evt.key)) target = chips[(index + 1) % chips.length];
      else if (PREVIOUS_KEYS.has(evt.key)) target = chips[(index - 1 + chips.length) % chips.length];
      else if (evt.key === 'Home') target = chips[0];
      else if (evt.key === 'End') target = chips[chips.length - 1];
      if (target === undefined) return;
      evt.preventDefault();
      for (const c of chips) c.tabIndex = c === target ? 0 : -1;
      target.focus();
    });
    chips.push(chip);
    return chip;
  };

  const known = new Set(opts.options.map((o) => o.value));
  for (const option of opts.options) addChip(option);
  // Values already chosen that the list does not offer (free entries in a draft, template defaults).
  for (const value of selected) if (!known.has(value)) addChip({ value, label: value });
  sync();

  if (opts.freeEntry) {
    const { placeholder, maxLength } = opts.freeEntry;
    const input = el.createEl('input', {
      cls: 'glimmers-chip-input',
      attr: { type: 'text', placeholder, 'aria-label': `${opts.label}: ${placeholder}`, maxlength: String(maxLength), dir: 'auto' },
    });
    opts.component.registerDomEvent(input, 'keydown', (evt: KeyboardEvent) => {
      if (evt.key !== 'Enter' || evt.ctrlKey || evt.metaKey || isComposing(evt)) return;
      evt.preventDefault();
      const words = input.value.replace(/\s+/g, ' ').trim().slice(0, maxLength);
      if (words === '') return;
      input.value = '';
      const existing = chips.find((c) => (c.dataset['value'] ?? '').toLowerCase() === words.toLowerCase());
      const value = existing?.dataset['value'] ?? words;
      if (existing === undefined) addChip({ value, label: value });
      if (!selected.includes(value)) toggle(value);
      else sync();
    });
  }

  return { el, selected: () => [...selected] };
}
