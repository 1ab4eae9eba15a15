/**
 * The form of "Export supervision digest": the period, how dates are shown, the folder, how many
 * "What I want to remember" quotes, and whether to keep lines the identifier check flags. It says
 * what it left out when it is done.
 */
import { DIGEST_PERIODS, cleanFolder, type DigestPeriodChoice } from '@glimmers/core';
import { Modal, Notice, Setting, type App } from 'obsidian';
import type { DigestChoices, DigestWritten } from './digest-export.ts';

/** What the form needs: where it starts, and what to do with the choices. */
export interface DigestModalHost {
  initial: DigestChoices;
  write(choices: DigestChoices): Promise<DigestWritten>;
  /** Remembers the chosen folder for next time. */
  rememberFolder(folder: string): Promise<void>;
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** The sentence said once the digest is written. */
export function digestDoneMessage(written: DigestWritten): string {
  const left = written.leftOut.lines + written.leftOut.words;
  const leftText = left === 0
    ? 'Nothing was left out by the identifier check.'
    : `${plural(written.leftOut.lines, 'line', 'lines')} and ${plural(written.leftOut.words, 'listed word', 'listed words')} were left out because they may identify someone.`;
  return `Supervision digest of ${plural(written.glimmers, 'glimmer', 'glimmers')} written to ${written.file.path}. ${leftText}`;
}

/** The digest form. */
export class DigestModal extends Modal {
  private readonly choices: DigestChoices;
  private busy = false;

  constructor(app: App, private readonly host: DigestModalHost) {
    super(app);
    this.choices = { ...host.initial };
  }

  override onOpen(): void {
    this.modalEl.addClass('glimmers-modal', 'glimmers-digest');
    this.setTitle('Export supervision digest');
    const el = this.contentEl;
    el.createDiv({
      cls: 'glimmers-hint',
      text: 'Counts, themes and means by week or month, and a few "What I want to remember" lines. '
        + 'Every line is checked for names and other identifiers first; lines with a finding are left out.',
    });
    new Setting(el).setName('Period').addDropdown((d) => {
      for (const p of DIGEST_PERIODS) d.addOption(p.id, p.label);
      d.setValue(this.choices.period).onChange((v) => { this.choices.period = v as DigestPeriodChoice; });
    });
    new Setting(el).setName('Show dates by').addDropdown((d) => d.addOption('week', 'Week').addOption('month', 'Month')
      .setValue(this.choices.precision).onChange((v) => { this.choices.precision = v === 'month' ? 'month' : 'week'; }));
    new Setting(el).setName('Folder').setDesc('The digest is written there as a new note.').addText((t) => t
      .setValue(this.choices.folder).onChange((v) => { this.choices.folder = v; }));
    new Setting(el).setName('Lines to quote').setDesc('How many remembered lines to quote, from the most uplifting glimmers (0 for none).')
      .addDropdown((d) => {
        for (const n of [0, 3, 5, 10]) d.addOption(String(n), String(n));
        d.setValue(String(this.choices.remember)).onChange((v) => { this.choices.remember = Number(v); });
      });
    new Setting(el).setName('Keep lines the check flags').setDesc('Only after you have read them: they may identify someone.')
      .addToggle((t) => t.setValue(this.choices.includeFlagged).onChange((v) => { this.choices.includeFlagged = v; }));
    const status = el.createDiv({ cls: 'glimmers-digest-status', attr: { role: 'status', 'aria-live': 'polite' } });
    new Setting(el).addButton((b) => b.setButtonText('Write digest').setCta().onClick(() => void this.submit(status)));
  }

  override onClose(): void {
    this.contentEl.empty();
  }

  private async submit(status: HTMLElement): Promise<void> {
    if (this.busy) return;
    const folder = cleanFolder(this.choices.folder);
    if (folder === null) {
      status.setText('That folder cannot be used (it is hidden or outside the vault). Choose another.');
      return;
    }
    this.busy = true;
    status.setText('Writing the digest…');
    try {
      const written = await this.host.write({ ...this.choices, folder });
      await this.host.rememberFolder(folder);
      new Notice(digestDoneMessage(written));
      this.close();
    } catch (error) {
      status.setText(`The digest could not be written: ${error instanceof Error ? error.message : 'the vault did not accept it'}.`);
    } finally {
      this.busy = false;
    }
  }
}
