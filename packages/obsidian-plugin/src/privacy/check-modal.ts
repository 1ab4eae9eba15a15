/**
 * "Check for identifiers": a modal that checks the vault and lists each note with its
 * findings. Choosing a finding opens the note with the found text selected.
 */
import { MarkdownView, Modal, type App, type TFile } from 'obsidian';
import type { ScanOptions } from '@glimmers/core';
import { checkVault, type CheckedFinding, type VaultCheck } from './check-vault.ts';
import { renderExcerptParts } from './finding-view.ts';

/** Most notes listed at once, so a huge vault does not make a huge list. */
const MAX_NOTES_SHOWN = 200;

/** Opens `file` in the current tab and selects the finding (if the note still has that text there). */
export async function openAtFinding(app: App, file: TFile, finding: Pick<CheckedFinding, 'start' | 'end' | 'excerpt' | 'line'>): Promise<void> {
  const leaf = app.workspace.getLeaf(false);
  await leaf.openFile(file, { active: true, eState: { line: finding.line - 1 } });
  const view = leaf.view;
  if (!(view instanceof MarkdownView)) return;
  const editor = view.editor;
  const text = editor.getValue();
  let start = finding.start;
  // The note may have changed since the check: look for the text nearby, then anywhere.
  if (text.slice(start, finding.end) !== finding.excerpt) {
    const near = text.indexOf(finding.excerpt, Math.max(0, start - 200));
    start = near >= 0 ? near : text.indexOf(finding.excerpt);
  }
  if (start < 0) return;
  const from = editor.offsetToPos(start);
  const to = editor.offsetToPos(start + finding.excerpt.length);
  editor.setSelection(from, to);
  editor.scrollIntoView({ from, to }, true);
  editor.focus();
}

/** The modal of the check command. */
export class IdentifierCheckModal extends Modal {
  private cancelled = false;

  /** @param options - The scan options, once the name check's library is ready. */
  constructor(app: App, private readonly options: () => Promise<ScanOptions>) {
    super(app);
  }

  override onOpen(): void {
    this.cancelled = false;
    this.modalEl.addClass('glimmers-modal', 'glimmers-privacy-check');
    this.setTitle('Check for identifiers');
    const status = this.contentEl.createDiv({ cls: 'glimmers-privacy-status', attr: { role: 'status', 'aria-live': 'polite' }, text: 'Checking your glimmers…' });
    void this.options().then((options) => checkVault(this.app, options, {
      onProgress: (done, total) => status.setText(`Checking your glimmers… ${done} of ${total}`),
      isCancelled: () => this.cancelled,
    })).then((result) => {
      if (!this.cancelled) this.show(result, status);
    });
  }

  override onClose(): void {
    this.cancelled = true;
    this.contentEl.empty();
  }

  /** Replaces the progress line with the result and lists the notes with findings. */
  private show(result: VaultCheck, status: HTMLElement): void {
    const glimmers = (n: number): string => `${n} ${n === 1 ? 'glimmer' : 'glimmers'}`;
    const skipped = result.reviewed > 0
      ? ` ${glimmers(result.reviewed)} marked privacy-reviewed ${result.reviewed === 1 ? 'was' : 'were'} skipped.`
      : '';
    if (result.reports.length === 0) {
      // Say what was checked, never "no problems": the checks are an aid, not a guarantee.
      status.setText(`Checked ${glimmers(result.checked)}: no likely identifiers found by the name and pattern checks.${skipped}`);
    } else {
      const notes = result.reports.length;
      status.setText(`Checked ${glimmers(result.checked)}: ${notes} ${notes === 1 ? 'has' : 'have'} details that may identify someone.${skipped}`);
    }
    this.contentEl.createDiv({
      cls: 'glimmers-hint',
      text: 'These are hints, not a guarantee. When you have checked a note, add "privacy-reviewed: true" to its properties to skip it here.',
    });
    const list = this.contentEl.createEl('ul', { cls: 'glimmers-privacy-notes' });
    for (const report of result.reports.slice(0, MAX_NOTES_SHOWN)) {
      const item = list.createEl('li', { cls: 'glimmers-privacy-note' });
      item.createDiv({ cls: 'glimmers-privacy-note-name', text: report.file.basename, attr: { title: report.file.path } });
      const findings = item.createEl('ul', { cls: 'glimmers-privacy-list' });
      for (const finding of report.findings) {
        const row = findings.createEl('li', { cls: 'glimmers-privacy-finding', attr: { 'data-category': finding.category } });
        const button = row.createEl('button', {
          cls: 'glimmers-privacy-open',
          attr: { type: 'button', 'aria-label': `Open ${report.file.basename} at line ${finding.line}` },
        });
        button.createSpan({ cls: 'glimmers-privacy-line', text: `Line ${finding.line}` });
        renderExcerptParts(button, finding.parts);
        row.createDiv({ cls: 'glimmers-privacy-message', text: finding.message });
        button.addEventListener('click', () => {
          this.close();
          void openAtFinding(this.app, report.file, finding);
        });
      }
    }
    if (result.reports.length > MAX_NOTES_SHOWN) {
      this.contentEl.createDiv({ cls: 'glimmers-hint', text: `And ${result.reports.length - MAX_NOTES_SHOWN} more notes. Review these first, then check again.` });
    }
  }
}
