/**
 * A capture modal that never loses words: closing it with typed text (Escape, the close button,
 * a click outside) asks first, inside the modal; any close that is not a save or a discard keeps
 * the draft in memory for the next open.
 */
import { Component, Modal, Notice, Platform, type App } from 'obsidian';
import { draftHasText, openIfWanted, saveDraft, type CaptureContext, type GlimmerDraft } from '../capture.ts';
import type { LoadedTemplate } from '../templates.ts';

/** Shared behaviour of the reflection form and quick capture. */
export abstract class GuardedModal extends Modal {
  /** Owns every listener of one opening; unloaded on close. */
  protected component = new Component();
  protected draft: GlimmerDraft;
  protected statusEl: HTMLElement | null = null;
  private finished = false;
  private saving = false;
  private confirmEl: HTMLElement | null = null;
  private bodyEl: HTMLElement | null = null;
  private focusBeforeConfirm: HTMLElement | null = null;

  /**
   * @param kind - Which form this is (`reflection`, `quick`); drafts are kept per form and template.
   */
  protected constructor(
    app: App,
    protected readonly ctx: CaptureContext,
    protected readonly loaded: LoadedTemplate,
    fresh: GlimmerDraft,
    private readonly kind: string,
  ) {
    super(app);
    this.draft = ctx.drafts.get(this.draftKey()) ?? fresh;
  }

  /** Builds the form into `el`; called on every open. */
  protected abstract build(el: HTMLElement, restored: boolean): void;

  /** Which key the draft is kept under. */
  protected draftKey(): string {
    return `${this.kind}:${this.loaded.choice.id}`;
  }

  /** The key hint for saving, by platform. */
  protected saveKeyHint(): string {
    return Platform.isMacOS ? 'Cmd+Enter' : 'Ctrl+Enter';
  }

  override onOpen(): void {
    this.finished = false;
    this.component.unload();
    this.component = new Component();
    this.component.load();
    this.modalEl.addClass('glimmers-modal');
    this.contentEl.empty();
    this.bodyEl = this.contentEl.createDiv({ cls: 'glimmers-form' });
    this.build(this.bodyEl, this.ctx.drafts.get(this.draftKey()) !== undefined);
    this.statusEl = this.contentEl.createDiv({ cls: 'glimmers-status', attr: { role: 'status', 'aria-live': 'polite' } });
  }

  /** Closing with typed text asks first; after a save or discard it just closes. */
  override close(): void {
    if (this.finished || !draftHasText(this.draft)) {
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
    if (!this.finished) {
      if (draftHasText(this.draft) || this.draft.themes.length > 0) this.ctx.drafts.set(this.draftKey(), this.draft);
      else this.ctx.drafts.delete(this.draftKey());
    }
    this.component.unload();
    this.confirmEl = null;
    this.contentEl.empty();
  }

  /** Shows a message under the form (and to screen readers). */
  protected setStatus(message: string): void {
    this.statusEl?.setText(message);
    this.statusEl?.toggleClass('is-error', message !== '');
  }

  /** Saves the draft; on success closes, opens the note if wanted, and says so. */
  protected async save(): Promise<void> {
    if (this.saving || this.confirmEl !== null) return;
    this.saving = true;
    try {
      const result = await saveDraft(this.ctx, this.loaded, this.draft);
      if (!result.ok) {
        this.setStatus(result.message);
        new Notice(result.message);
        return;
      }
      this.ctx.drafts.delete(this.draftKey());
      this.finished = true;
      this.close();
      new Notice(`Glimmer saved: ${result.file.basename}`);
      await openIfWanted(this.ctx, result.file);
    } finally {
      this.saving = false;
    }
  }

  /** Ctrl/Cmd+Enter anywhere in the modal saves. */
  protected registerSaveKey(): void {
    this.component.registerDomEvent(this.modalEl, 'keydown', (evt: KeyboardEvent) => {
      if (evt.key === 'Enter' && (evt.ctrlKey || evt.metaKey) && !evt.isComposing) {
        evt.preventDefault();
        void this.save();
      }
    });
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
      text: 'Your words can wait here as a draft until Obsidian closes, or you can let them go.',
      attr: { id: 'glimmers-confirm-desc' },
    });
    const buttons = el.createDiv({ cls: 'glimmers-actions' });
    const keep = buttons.createEl('button', { cls: 'mod-cta', text: 'Keep writing', attr: { type: 'button' } });
    const later = buttons.createEl('button', { text: 'Close and keep draft', attr: { type: 'button' } });
    const discard = buttons.createEl('button', { cls: 'mod-warning', text: 'Discard', attr: { type: 'button' } });
    this.component.registerDomEvent(keep, 'click', () => this.hideConfirm());
    this.component.registerDomEvent(later, 'click', () => {
      this.hideConfirm();
      this.ctx.drafts.set(this.draftKey(), this.draft);
      this.finished = true;
      this.close();
    });
    this.component.registerDomEvent(discard, 'click', () => {
      this.hideConfirm();
      this.ctx.drafts.delete(this.draftKey());
      this.finished = true;
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
