/**
 * Identifier warnings under each text box of the capture forms, as one types. A field hook (see
 * `ui/text-field.ts`): it scans a short pause after the last keystroke and lists what it found in
 * the box's notes area. It only warns; saving is never blocked.
 */
import { scanForIdentifiers, type ScanOptions } from '@glimmers/core';
import type { FieldHook, TextField } from '../ui/text-field.ts';
import { renderFinding } from './finding-view.ts';

/** How long after the last keystroke the text is scanned. */
export const SCAN_DELAY_MS = 400;

/** What the hook needs: the current scan options, or `null` when warnings are switched off. */
export interface FieldWarningsOptions {
  scanOptions(): ScanOptions | null;
  delayMs?: number;
}

/** Shows the findings of `text` in the field's notes area (or clears it when there are none). */
export function showFindings(field: TextField, text: string, options: ScanOptions | null): void {
  const findings = options === null ? [] : scanForIdentifiers(text, options);
  field.notesEl.empty();
  field.fieldEl.toggleClass('glimmers-has-privacy-findings', findings.length > 0);
  if (findings.length === 0) return;
  const box = field.notesEl.createDiv({ cls: 'glimmers-privacy-findings' });
  box.createDiv({
    cls: 'glimmers-privacy-intro',
    text: findings.length === 1
      ? 'This may identify someone. You can still save.'
      : `These ${findings.length} details may identify someone. You can still save.`,
  });
  const list = box.createEl('ul', { cls: 'glimmers-privacy-list' });
  for (const finding of findings) renderFinding(list, text, finding);
}

/** The field hook that scans each text box as one types. */
export function createFieldWarningsHook(options: FieldWarningsOptions): FieldHook {
  const delay = options.delayMs ?? SCAN_DELAY_MS;
  return (field) => {
    let timer: number | null = null;
    const cancel = (): void => {
      if (timer !== null) window.clearTimeout(timer);
      timer = null;
    };
    field.onInput((value) => {
      cancel();
      timer = window.setTimeout(() => {
        timer = null;
        showFindings(field, value, options.scanOptions());
      }, delay);
    });
    // A restored draft is checked at once.
    if (field.inputEl.value !== '') showFindings(field, field.inputEl.value, options.scanOptions());
    return cancel;
  };
}
