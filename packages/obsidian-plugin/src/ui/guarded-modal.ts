/**
 * What the reflection form and quick capture share: a footer that stays in view with Cancel and
 * "Save glimmer", Ctrl/Cmd+Enter through the modal's `Scope` (wherever focus is), the first-run
 * card, a draft kept as a note while typing, a question before words are lost, and after a save
 * the closing card in the same window.
 */
import { Component, Modal, Notice, Platform, type App, type KeymapEventHandler, type TFile } from 'obsidian';
import { draftHasText, draftKey, draftWorthKeeping, openNote, recordGrounding, saveDraft, type CaptureContext, type CaptureForm, type GlimmerDraft } from '../capture.ts';
import type { LoadedTemplate } from '../templates.ts';
import { suggestGrounding, type Glimmer } from '@glimmers/core';
import { renderClosingCard } from './closing-card.ts';
import { showFirstRunOnce } from './first-run-card.ts';
import { isComposing } from './keys.ts';


/** Shared behaviour of the reflection form and quick capture. */
export abstract class GuardedModal extends Modal {
  /** Owns every listener of one opening; unloaded on close. */
  protected component = new Component();
  protected draft: GlimmerDraft;
  protected statusEl: HTMLElement | null = null;
  private restored: boolean;
  private phase: 'form' | 'closing' | 'done' = 'form';
  private saving = false;
  private kept: boolean;
  private confirmEl: HTMLElement | null = null;
  private bodyEl: HTMLElement | null = null;
  private focusBeforeConfirm: HTMLElement | null = null;

  /**
   * @param stored - The draft kept from an earlier opening, if any.
   * @param form - Which form this is; drafts are kept per form and template.
   */
  protected constructor(
    app: App,
    protected readonly ctx: CaptureContext,
    protected readonly loaded: LoadedTemplate,
    private readonly fresh: () => GlimmerDraft,
    stored: GlimmerDraft | undefined,
    private readonly form: CaptureForm,
  ) {
    super(app);
    this.draft = stored ?? fresh();
    this.restored = stored !== undefined;
    this.kept = stored !== undefined;
  }

  /** Builds the form into `el`; called on every open. */
  protected abstract build(el: HTMLElement, restored: boolean): void;

  /** What an empty save says, in the words of this form. */
  protected abstract readonly emptyMessage: string;

  /** The key hint for the footer on a desktop ("Cmd+Enter saves"), or `null` for none. */
  protected keyHint(): string | null {
    return `${Platform.isMacOS ? 'Cmd' : 'Ctrl'}+Enter saves`;
  }

  /** Which key the draft is kept under. */
  draftKey(): string {
    return draftKey(this.form, this.loaded.choice.id);
  }

  override onOpen(): void {
    this.phase = 'form';
    this.component.unload();
    this.component = new Component();
    this.component.load();
    this.modalEl.addClass('glimmers-modal');
    this.contentEl.empty();
    this.bodyEl = this.contentEl.createDiv({ cls: 'glimmers-form' });
    showFirstRunOnce(this.bodyEl, this.ctx, (target, type, handler) => this.component.registerDomEvent(target, type, handler));
    this.build(this.bodyEl, this.restored);
    this.statusEl = this.contentEl.createDiv({ cls: 'glimmers-status', attr: { role: 'status', 'aria-live': 'polite' } });
    this.buildFooter(this.contentEl);
    const save: KeymapEventHandler = this.scope.register(['Mod'], 'Enter', (evt: KeyboardEvent) => {
      if (isComposing(evt) || this.phase !== 'form') return true;
      void this.save();
      return false;
    });
    this.component.register(() => this.scope.unregister(save));
    // Every change of the form (typing, a tap, a choice) keeps the draft, written once typing pauses.
    for (const type of ['input', 'change', 'click'] as const) this.component.registerDomEvent(this.bodyEl, type, () => this.keepDraft());
  }

  private buildFooter(el: HTMLElement): void {
    const footer = el.createDiv({ cls: 'glimmers-footer glimmers-actions' });
    const hint = Platform.isMobile ? null : this.keyHint();
    if (hint !== null) footer.createSpan({ cls: 'glimmers-hint', text: hint });
    const cancel = footer.createEl('button', { text: 'Cancel', attr: { type: 'button' } });
    const save = footer.createEl('button', { cls: 'mod-cta', text: 'Save glimmer', attr: { type: 'button' } });
    this.component.registerDomEvent(cancel, 'click', () => this.close());
    this.component.registerDomEvent(save, 'click', () => void this.save());
  }

  /** Shows the "Your unsaved words are back" line with "Start fresh". */
  protected showRestored(el: HTMLElement): void {
    const note = el.createDiv({ cls: 'glimmers-restored' });
    note.createSpan({ text: 'Your unsaved words are back. ' });
    const fresh = note.createEl('button', { cls: 'glimmers-link-button', text: 'Start fresh', attr: { type: 'button' } });
    this.component.registerDomEvent(fresh, 'click', () => {
      void this.ctx.drafts.remove(this.draftKey());
      this.draft = this.fresh();
      this.restored = false;
      this.kept = false;
      this.onOpen();
    });
  }

  private keepDraft(): void {
    if (this.phase !== 'form') return;
    if (draftWorthKeeping(this.draft, this.fresh())) {
      this.ctx.drafts.schedule(this.draftKey(), this.draft);
      this.kept = true;
    } else if (this.kept) {
      this.kept = false;
      void this.ctx.drafts.remove(this.draftKey());
    }
  }

  /** Closing with typed text asks first; after a save or a discard it just closes. */
  override close(): void {
    if (this.phase !== 'form' || !draftHasText(this.draft)) {
      super.close();
      return;
    }
    if (this.confirmEl !== null) {
      // A second Escape while asking means "keep writing".
      this.hideConfirm();
      return;
    }
    this.showConfirm();
  }

  override onClose(): void {
    if (this.phase === 'form') {
      this.keepDraft();
      void this.ctx.drafts.flush();
    }
    this.phase = 'done';
    this.component.unload();
    this.confirmEl = null;
    this.contentEl.empty();
  }

  /** Shows a message under the form (and to screen readers). */
  protected setStatus(message: string): void {
    this.statusEl?.setText(message);
    this.statusEl?.toggleClass('is-error', message !== '');
  }

  /** Saves the draft; on success the closing card takes the form's place. */
  protected async save(): Promise<void> {
    if (this.saving || this.confirmEl !== null || this.phase !== 'form') return;
    this.saving = true;
    try {
      const result = await saveDraft(this.ctx, this.loaded, this.draft, this.emptyMessage);
      if (!result.ok) {
        this.setStatus(result.message);
        return;
      }
      this.phase = 'closing';
      void this.ctx.drafts.remove(this.draftKey());
      if (this.ctx.getSettings().openAfterCreate) await openNote(this.ctx, result.file);
      this.showClosing(result.file, result.glimmer);
    } finally {
      this.saving = false;
    }
  }

  private showClosing(file: TFile, glimmer: Glimmer): void {
    this.setTitle('');
    const settings = this.ctx.getSettings();
    renderClosingCard(this.contentEl, {
      glimmer,
      suggestions: suggestGrounding({
        toolkit: settings.grounding, history: this.ctx.groundingHistory(), chosen: glimmer.grounding,
        ...(glimmer.weight !== undefined ? { weight: glimmer.weight } : {}),
      }),
      revisit: this.ctx.revisit(),
      choose: async (practice) => {
        const problem = await recordGrounding(this.ctx, file, practice);
        if (problem === null) new Notice(`Noted: ${practice}.`);
        return problem;
      },
      openNote: () => void openNote(this.ctx, file),
      done: () => this.close(),
    }, this.component);
  }

  private showConfirm(): void {
    // instanceOf, not instanceof: the modal may live in a popout window with its own HTMLElement.
    const active = activeDocument.activeElement;
    this.focusBeforeConfirm = active?.instanceOf(HTMLElement) ? active : null;
    this.bodyEl?.setAttr('inert', '');
    const el = this.contentEl.createDiv({ cls: 'glimmers-confirm', attr: { role: 'alertdialog', 'aria-labelledby': 'glimmers-confirm-title', 'aria-describedby': 'glimmers-confirm-desc' } });
    this.confirmEl = el;
    el.createDiv({ cls: 'glimmers-confirm-title', text: 'Leave this glimmer?', attr: { id: 'glimmers-confirm-title' } });
    el.createDiv({
      cls: 'glimmers-confirm-desc',
      text: 'Your words can wait as a draft note (in the Drafts folder of your glimmer folder) until you come back, or you can let them go.',
      attr: { id: 'glimmers-confirm-desc' },
    });
    const buttons = el.createDiv({ cls: 'glimmers-actions' });
    const keep = buttons.createEl('button', { cls: 'mod-cta', text: 'Keep writing', attr: { type: 'button' } });
    const later = buttons.createEl('button', { text: 'Close and keep draft', attr: { type: 'button' } });
    const discard = buttons.createEl('button', { cls: 'mod-warning', text: 'Discard', attr: { type: 'button' } });
    this.component.registerDomEvent(keep, 'click', () => this.hideConfirm());
    this.component.registerDomEvent(later, 'click', () => {
      this.hideConfirm();
      this.keepDraft();
      void this.ctx.drafts.flush();
      this.phase = 'done';
      this.close();
    });
    this.component.registerDomEvent(discard, 'click', () => {
      this.hideConfirm();
      void this.ctx.drafts.remove(this.draftKey());
      this.phase = 'done';
      this.close();
    });
    keep.focus();
  }

  private hideConfirm(): void {
    this.confirmEl?.remove();
    this.confirmEl = null;
    this.bodyEl?.removeAttribute('inert');
    this.focusBeforeConfirm?.focus();
  }
}
