/**
 * Identifier warnings under each text box of the capture forms, as one types. A field hook (see
 * `ui/text-field.ts`): it scans a short pause after the last keystroke and lists what it found in
 * the box's notes area. It only warns; saving is never blocked.
 */
import { scanForIdentifiers, type ScanOptions } from '@glimmers/core';
import type { FieldHook, TextField } from '../field-hooks.ts';
import { excerptContext, renderFinding } from './finding-view.ts';

/** How long after the last keystroke the text is scanned. */
export const SCAN_DELAY_MS = 400;

/** What the hook needs: the current scan options, or `null` when warnings are switched off. */
export interface FieldWarningsOptions {
  scanOptions(): ScanOptions | null;
  /** Starts loading the name check's library; the box is checked again once it is ready. */
  ready?: () => Promise<unknown>;
  delayMs?: number;
}

/**
 * Shows the findings of `text` in the field's notes area (or clears it when there are none).
 * Returns what was shown, as a key: when it has not changed, the caller skips redrawing, so a
 * screen reader does not hear the same warning again at every pause in typing.
 */
export function showFindings(field: TextField, text: string, options: ScanOptions | null, shown = ''): string {
  const findings = options === null ? [] : scanForIdentifiers(text, options);
  // What the person sees of each finding: its kind and its words in context.
  const key = findings.map((f) => {
    const { before, after } = excerptContext(text, f.start, f.end);
    return `${f.category}\u0000${before}\u0000${f.excerpt}\u0000${after}`;
  }).join('\n');
  if (key === shown) return key;
  field.notesEl.empty();
  field.fieldEl.toggleClass('glimmers-has-privacy-findings', findings.length > 0);
  if (findings.length === 0) return key;
  const box = field.notesEl.createDiv({ cls: 'glimmers-privacy-findings' });
  box.createDiv({
    cls: 'glimmers-privacy-intro',
    text: findings.length === 1
      ? 'This may identify someone. You can still save.'
      : `These ${findings.length} details may identify someone. You can still save.`,
  });
  const list = box.createEl('ul', { cls: 'glimmers-privacy-list' });
  for (const finding of findings) renderFinding(list, text, finding);
  return key;
}

/** The field hook that scans each text box as one types. */
export function createFieldWarningsHook(options: FieldWarningsOptions): FieldHook {
  const delay = options.delayMs ?? SCAN_DELAY_MS;
  return (field) => {
    let timer: number | null = null;
    let shown = '';
    const cancel = (): void => {
      if (timer !== null) window.clearTimeout(timer);
      timer = null;
    };
    field.onInput((value) => {
      cancel();
      timer = window.setTimeout(() => {
        timer = null;
        shown = showFindings(field, value, options.scanOptions(), shown);
      }, delay);
    });
    // A restored draft is checked at once.
    if (field.inputEl.value !== '') shown = showFindings(field, field.inputEl.value, options.scanOptions());
    let closed = false;
    // The form is open: load the name check's library now, and check again with it when it is ready.
    void options.ready?.().then(() => {
      if (!closed && timer === null && field.inputEl.value !== '') shown = showFindings(field, field.inputEl.value, options.scanOptions(), shown);
    });
    return () => {
      closed = true;
      cancel();
    };
  };
}
