/**
 * "Quick glimmer": one line, where it was felt (optional), and how much it filled you up, with a
 * Save button in view. Enter saves (the phone keyboard's key reads "done").
 */
import { BODY_REGIONS, INTENSITY_SCALE, type BodyRegionId, type GlimmerDraft } from '@glimmers/core';
import { createBodyRegionList } from '@glimmers/dashboard';
import type { App } from 'obsidian';
import { emptyDraft, type CaptureContext } from '../capture.ts';
import type { LoadedTemplate } from '../templates.ts';
import { GuardedModal } from './guarded-modal.ts';
import { isComposing } from './keys.ts';
import { createScaleField } from './scale-field.ts';
import type { TextField } from '../field-hooks.ts';
import { createTextField } from './text-field.ts';

/** The quick capture modal, with the "Quick glimmer" template's first prompt as its one line. */
export class QuickCaptureModal extends GuardedModal {
  field: TextField | null = null;
  protected readonly emptyMessage = 'Write a few words first: what did you notice?';

  constructor(app: App, ctx: CaptureContext, loaded: LoadedTemplate, stored?: GlimmerDraft) {
    super(app, ctx, loaded, () => emptyDraft(loaded.template), stored, 'quick');
  }

  protected override keyHint(): string {
    return 'Enter saves';
  }

  protected build(el: HTMLElement, restored: boolean): void {
    const draft = this.draft;
    const slot = this.loaded.template.prompts[0]?.slot ?? 'witnessed';
    const id = `glimmers-quick-${Math.random().toString(36).slice(2, 8)}`;
    this.setTitle('Quick glimmer');
    if (restored) this.showRestored(el);
    const label = this.loaded.template.prompts[0]?.question ?? 'What did I notice?';
    this.field = createTextField(el, { id: 'quick', domId: `${id}-text`, label, value: draft.answers[slot] ?? '', multiline: false }, this.component, this.ctx.fieldHooks(), (v) => {
      draft.answers[slot] = v;
    });
    const input = this.field.inputEl;
    input.setAttr('enterkeyhint', 'done');

    // Where it was felt: the regions as one row of chips; entries are the regions' words.
    const regionOf = (entry: string): BodyRegionId | undefined => BODY_REGIONS.find((r) => r.word === entry)?.id;
    const pressed = draft.body.map(regionOf).filter((r): r is BodyRegionId => r !== undefined);
    const own = draft.body.filter((entry) => regionOf(entry) === undefined);
    const chosen = new Set(pressed);
    const labelId = `${id}-body-label`;
    const body = el.createDiv({ cls: 'glimmers-field glimmers-quick-body' });
    body.createDiv({ cls: 'glimmers-group-label', text: 'Where did I feel it? (optional)', attr: { id: labelId } });
    const list = createBodyRegionList(el.doc, {
      label: 'Where did I feel it? (optional)', pressed,
      onToggle: (region, on) => {
        if (on) chosen.add(region);
        else chosen.delete(region);
        draft.body = [...BODY_REGIONS.filter((r) => chosen.has(r.id)).map((r) => r.word), ...own];
      },
    });
    body.appendChild(list.el);

    createScaleField(el, { scale: INTENSITY_SCALE, domId: `${id}-intensity`, value: draft.intensity, onChange: (v) => { draft.intensity = v; } }, this.component);

    this.component.registerDomEvent(input, 'keydown', (evt: KeyboardEvent) => {
      if (evt.key === 'Enter' && !isComposing(evt) && !evt.shiftKey && !evt.ctrlKey && !evt.metaKey) {
        evt.preventDefault();
        void this.save();
      }
    });
    input.focus();
  }
}
