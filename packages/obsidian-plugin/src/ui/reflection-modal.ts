/**
 * "New glimmer": one calm form with the template's prompts, themes, intensity, weight, moment,
 * and body / feelings / grounding words.
 */
import { MAX_WORD_LENGTH, MOMENTS } from '@glimmers/core';
import type { App } from 'obsidian';
import { emptyDraft, type CaptureContext } from '../capture.ts';
import type { LoadedTemplate } from '../templates.ts';
import { createChipGroup, type ChipOption } from './chips.ts';
import { GuardedModal } from './guarded-modal.ts';
import { createTextField, type TextField } from './text-field.ts';

const SCALE = (from: number): ChipOption[] => Array.from({ length: 6 - from }, (_, i) => ({ value: String(i + from), label: String(i + from) }));

/** The reflection form in a modal. */
export class ReflectionModal extends GuardedModal {
  /** The text boxes of the open form, in order (title first). */
  fields: TextField[] = [];

  constructor(app: App, ctx: CaptureContext, loaded: LoadedTemplate) {
    super(app, ctx, loaded, emptyDraft(loaded.template), 'reflection');
  }

  protected build(el: HTMLElement, restored: boolean): void {
    const settings = this.ctx.getSettings();
    const draft = this.draft;
    const id = `glimmers-${Math.random().toString(36).slice(2, 8)}`;
    this.setTitle(this.loaded.choice.name);
    this.fields = [];
    this.adoptOrphanAnswers();
    if (restored) {
      const note = el.createDiv({ cls: 'glimmers-restored' });
      note.createSpan({ text: 'Your unsaved words are back. ' });
      const fresh = note.createEl('button', { cls: 'glimmers-link-button', text: 'Start fresh', attr: { type: 'button' } });
      this.component.registerDomEvent(fresh, 'click', () => {
        this.ctx.drafts.delete(this.draftKey());
        this.draft = emptyDraft(this.loaded.template);
        this.onOpen();
      });
    }

    const text = (spec: { id: string; label: string; value: string; multiline: boolean; rows?: number }, onChange: (v: string) => void): void => {
      this.fields.push(createTextField(el, { ...spec, domId: `${id}-${spec.id}` }, this.component, this.ctx.fieldHooks, onChange));
    };
    text({ id: 'title', label: 'Title (optional)', value: draft.title, multiline: false }, (v) => { draft.title = v; });
    // Prompts marked "(optional)" wait behind "More prompts", so the form starts short and calm.
    let more: HTMLDetailsElement | null = null;
    for (const prompt of this.loaded.template.prompts) {
      const optional = /\(optional\)\s*$/i.test(prompt.question ?? '');
      if (optional && more === null) {
        more = el.createEl('details', { cls: 'glimmers-more' });
        more.createEl('summary', { text: 'More prompts' });
      }
      const value = draft.answers[prompt.slot] ?? '';
      if (optional && more !== null && value.trim() !== '') more.open = true;
      this.fields.push(createTextField(
        optional && more !== null ? more : el,
        { id: prompt.slot, domId: `${id}-${prompt.slot}`, label: prompt.question ?? prompt.heading, value, multiline: true, rows: optional ? 2 : 3 },
        this.component,
        this.ctx.fieldHooks,
        (v) => { draft.answers[prompt.slot] = v; },
      ));
    }

    const visibleThemes = settings.themes.filter((t) => !t.hidden || draft.themes.includes(t.id));
    createChipGroup(el, {
      component: this.component, domId: `${id}-themes`, label: 'Themes', multiple: true, selected: draft.themes,
      options: visibleThemes.map((t) => ({ value: t.id, label: t.label })),
      onChange: (v) => { draft.themes = v; },
    });

    const momentField = el.createDiv({ cls: 'glimmers-field' });
    momentField.createEl('label', { cls: 'glimmers-field-label', text: 'Moment', attr: { for: `${id}-moment` } });
    const select = momentField.createEl('select', { cls: 'dropdown glimmers-select', attr: { id: `${id}-moment` } });
    select.createEl('option', { text: 'Not set', attr: { value: '' } });
    for (const m of MOMENTS) select.createEl('option', { text: m.label, attr: { value: m.id } });
    if (draft.moment !== '' && !MOMENTS.some((m) => m.id === draft.moment)) select.createEl('option', { text: draft.moment, attr: { value: draft.moment } });
    select.value = draft.moment;
    this.component.registerDomEvent(select, 'change', () => { draft.moment = select.value; });

    createChipGroup(el, {
      component: this.component, domId: `${id}-intensity`, label: 'Intensity: how much did it fill you up? (1 to 5)', multiple: false,
      options: SCALE(1), selected: draft.intensity === null ? [] : [String(draft.intensity)],
      onChange: (v) => { draft.intensity = v[0] === undefined ? null : Number(v[0]); },
    });
    createChipGroup(el, {
      component: this.component, domId: `${id}-weight`, label: 'Weight: how heavy did the work feel? (0 to 5, optional)', multiple: false,
      options: SCALE(0), selected: draft.weight === null ? [] : [String(draft.weight)],
      onChange: (v) => { draft.weight = v[0] === undefined ? null : Number(v[0]); },
    });
    for (const [key, label] of [['body', 'Body'], ['feelings', 'Feelings'], ['grounding', 'Grounding']] as const) {
      createChipGroup(el, {
        component: this.component, domId: `${id}-${key}`, label, multiple: true, selected: draft[key],
        options: settings[key].map((w) => ({ value: w, label: w })),
        onChange: (v) => { draft[key] = v; },
        freeEntry: { placeholder: 'Add your own', maxLength: MAX_WORD_LENGTH },
      });
    }

    const actions = el.createDiv({ cls: 'glimmers-actions' });
    actions.createSpan({ cls: 'glimmers-hint', text: `${this.saveKeyHint()} saves` });
    const cancel = actions.createEl('button', { text: 'Cancel', attr: { type: 'button' } });
    const save = actions.createEl('button', { cls: 'mod-cta', text: 'Save glimmer', attr: { type: 'button' } });
    this.component.registerDomEvent(cancel, 'click', () => this.close());
    this.component.registerDomEvent(save, 'click', () => { void this.save(); });
    this.registerSaveKey();
    // The first prompt, not the optional title, is where a reflection starts.
    (this.fields[1] ?? this.fields[0])?.inputEl.focus();
  }

  /**
   * A draft can hold answers for prompts its template no longer has (the template file was edited
   * since). Those words move to the first prompt, so they are seen and saved, never dropped.
   */
  private adoptOrphanAnswers(): void {
    const slots = new Set(this.loaded.template.prompts.map((p) => p.slot));
    const first = this.loaded.template.prompts[0]?.slot;
    if (first === undefined) return;
    const answers = this.draft.answers;
    for (const [slot, text] of Object.entries(answers)) {
      if (slots.has(slot)) continue;
      delete answers[slot];
      if (text.trim() !== '') answers[first] = [answers[first], text].filter((t) => t !== undefined && t.trim() !== '').join('\n\n');
    }
  }
}
