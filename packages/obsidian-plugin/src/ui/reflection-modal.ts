/**
 * "New glimmer": step one is the practice (the two questions, the body map, intensity as one
 * tap); everything else waits behind "Add details", which remembers whether it was left open.
 */
import { INTENSITY_SCALE, MAX_WORD_LENGTH, MOMENTS, WEIGHT_SCALE, type GlimmerDraft } from '@glimmers/core';
import type { App } from 'obsidian';
import { emptyDraft, type CaptureContext } from '../capture.ts';
import type { LoadedTemplate } from '../templates.ts';
import { createBodyMapField } from './body-map-field.ts';
import { createChipGroup } from './chips.ts';
import { GuardedModal } from './guarded-modal.ts';
import { createScaleField } from './scale-field.ts';
import type { TextField } from '../field-hooks.ts';
import { createTextField } from './text-field.ts';

/** The slot of the "Getting back to basics" prompt: asked on the closing card and by the grounding list instead. */
const BASICS_SLOT = 'basics';

/** Whether a draft holds anything that lives behind "Add details" (so a restored draft shows it). */
function hasDetails(draft: GlimmerDraft, detailSlots: readonly string[], fresh: GlimmerDraft): boolean {
  return draft.title.trim() !== '' || detailSlots.some((slot) => (draft.answers[slot] ?? '').trim() !== '')
    || draft.weight !== fresh.weight || draft.feelings.length > fresh.feelings.length
    || draft.grounding.length > fresh.grounding.length || draft.themes.length > fresh.themes.length;
}

/** The reflection form in a modal. */
export class ReflectionModal extends GuardedModal {
  /** The text boxes of the open form, in order (the two questions first). */
  fields: TextField[] = [];
  protected readonly emptyMessage = 'Write a few words about the moment before saving.';

  constructor(app: App, ctx: CaptureContext, loaded: LoadedTemplate, stored?: GlimmerDraft) {
    super(app, ctx, loaded, () => emptyDraft(loaded.template), stored, 'reflection');
  }

  protected build(el: HTMLElement, restored: boolean): void {
    const settings = this.ctx.getSettings();
    const draft = this.draft;
    const id = `glimmers-${Math.random().toString(36).slice(2, 8)}`;
    this.setTitle(this.loaded.choice.name);
    this.fields = [];
    this.adoptOrphanAnswers();
    if (restored) this.showRestored(el);

    const all = this.loaded.template.prompts;
    const prompts = all.length > 1 ? all.filter((p) => p.slot !== BASICS_SLOT) : all;
    const text = (parent: HTMLElement, spec: { id: string; label: string; value: string; multiline: boolean; rows?: number }, onChange: (v: string) => void): void => {
      this.fields.push(createTextField(parent, { ...spec, domId: `${id}-${spec.id}` }, this.component, this.ctx.fieldHooks(), onChange));
    };
    const prompt = (parent: HTMLElement, index: number, rows: number): void => {
      const p = prompts[index];
      if (p === undefined) return;
      text(parent, { id: p.slot, label: p.question ?? p.heading, value: draft.answers[p.slot] ?? '', multiline: true, rows }, (v) => { draft.answers[p.slot] = v; });
    };

    // Step one: the practice.
    prompt(el, 0, 3);
    prompt(el, 1, 2);
    const beside = createBodyMapField(el, { domId: `${id}-body`, body: draft.body, bodyWords: settings.body, onChange: (v) => { draft.body = v; } }, this.component);
    createScaleField(beside, { scale: INTENSITY_SCALE, domId: `${id}-intensity`, value: draft.intensity, onChange: (v) => { draft.intensity = v; } }, this.component);

    // Everything else, behind one control.
    const detailsId = `${id}-details`;
    const toggle = el.createEl('button', { cls: 'glimmers-details-toggle', text: 'Add details', attr: { type: 'button', 'aria-controls': detailsId } });
    const details = el.createDiv({ cls: 'glimmers-details', attr: { id: detailsId } });
    const detailSlots = prompts.slice(2).map((p) => p.slot);
    let isOpen = false;
    const setOpen = (open: boolean): void => {
      isOpen = open;
      details.hidden = !open;
      toggle.setAttr('aria-expanded', open ? 'true' : 'false');
    };
    setOpen(settings.practice.detailsOpen || hasDetails(draft, detailSlots, emptyDraft(this.loaded.template)));
    this.component.registerDomEvent(toggle, 'click', () => {
      const open = !isOpen;
      setOpen(open);
      void this.ctx.updateSettings((s) => { s.practice.detailsOpen = open; });
    });

    text(details, { id: 'title', label: 'Title (optional)', value: draft.title, multiline: false }, (v) => { draft.title = v; });
    for (let i = 2; i < prompts.length; i++) prompt(details, i, 2);
    createScaleField(details, { scale: WEIGHT_SCALE, domId: `${id}-weight`, value: draft.weight, onChange: (v) => { draft.weight = v; } }, this.component);
    const words = (key: 'feelings' | 'grounding', label: string): void => {
      createChipGroup(details, {
        component: this.component, domId: `${id}-${key}`, label, multiple: true, selected: draft[key],
        options: settings[key].map((w) => ({ value: w, label: w })),
        onChange: (v) => { draft[key] = v; },
        freeEntry: { placeholder: 'Add your own', maxLength: MAX_WORD_LENGTH },
      });
    };
    words('feelings', 'Feelings');
    const visibleThemes = settings.themes.filter((t) => !t.hidden || draft.themes.includes(t.id));
    createChipGroup(details, {
      component: this.component, domId: `${id}-themes`, label: 'Themes', multiple: true, selected: draft.themes,
      options: visibleThemes.map((t) => ({ value: t.id, label: t.label })),
      onChange: (v) => { draft.themes = v; },
    });
    this.momentField(details, `${id}-moment`);
    words('grounding', 'What helps me get back to basics');

    this.fields[0]?.inputEl.focus();
  }

  private momentField(parent: HTMLElement, domId: string): void {
    const draft = this.draft;
    const field = parent.createDiv({ cls: 'glimmers-field' });
    field.createEl('label', { cls: 'glimmers-field-label', text: 'Moment', attr: { for: domId } });
    const select = field.createEl('select', { cls: 'dropdown glimmers-select', attr: { id: domId } });
    select.createEl('option', { text: 'Not set', attr: { value: '' } });
    for (const m of MOMENTS) select.createEl('option', { text: m.label, attr: { value: m.id } });
    if (draft.moment !== '' && !MOMENTS.some((m) => m.id === draft.moment)) select.createEl('option', { text: draft.moment, attr: { value: draft.moment } });
    select.value = draft.moment;
    this.component.registerDomEvent(select, 'change', () => { draft.moment = select.value; });
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
