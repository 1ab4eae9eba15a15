/**
 * "Quick glimmer": one line and, if wanted, a theme. Type, press Enter: saved.
 */
import type { App } from 'obsidian';
import { emptyDraft, type CaptureContext } from '../capture.ts';
import type { LoadedTemplate } from '../templates.ts';
import { createChipGroup } from './chips.ts';
import { GuardedModal } from './guarded-modal.ts';
import { createTextField, type TextField } from './text-field.ts';

/** The quick capture modal, with the "Quick glimmer" template's first prompt as its one line. */
export class QuickCaptureModal extends GuardedModal {
  field: TextField | null = null;

  constructor(app: App, ctx: CaptureContext, loaded: LoadedTemplate) {
    super(app, ctx, loaded, emptyDraft(loaded.template), 'quick');
  }

  protected build(el: HTMLElement): void {
    const settings = this.ctx.getSettings();
    const draft = this.draft;
    const slot = this.loaded.template.prompts[0]?.slot ?? 'witnessed';
    const id = `glimmers-quick-${Math.random().toString(36).slice(2, 8)}`;
    this.setTitle('Quick glimmer');
    const label = this.loaded.template.prompts[0]?.question ?? 'What did I notice?';
    this.field = createTextField(el, { id: 'quick', domId: `${id}-text`, label, value: draft.answers[slot] ?? '', multiline: false }, this.component, this.ctx.fieldHooks, (v) => {
      draft.answers[slot] = v;
    });
    createChipGroup(el, {
      component: this.component, domId: `${id}-themes`, label: 'Theme (optional)', multiple: true, selected: draft.themes,
      options: settings.themes.filter((t) => !t.hidden).map((t) => ({ value: t.id, label: t.label })),
      onChange: (v) => { draft.themes = v; },
    });
    el.createDiv({ cls: 'glimmers-hint', text: 'Enter saves' });
    const input = this.field.inputEl;
    this.component.registerDomEvent(input, 'keydown', (evt: KeyboardEvent) => {
      if (evt.key === 'Enter' && !evt.isComposing && !evt.shiftKey && !evt.ctrlKey && !evt.metaKey) {
        evt.preventDefault();
        void this.save();
      }
    });
    this.registerSaveKey();
    input.focus();
  }
}
