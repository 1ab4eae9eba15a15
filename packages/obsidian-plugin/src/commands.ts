/**
 * The capture commands ("New glimmer", "Quick glimmer", "New glimmer from template") and the
 * ribbon icon. Command ids are stable: people bind hotkeys to them. No default hotkeys.
 */
import { Notice, type Plugin } from 'obsidian';
import { draftKey, type CaptureContext } from './capture.ts';
import { listTemplateChoices, loadTemplate, resolveTemplate, TemplateError, type LoadedTemplate, type TemplateChoice } from './templates.ts';
import { QuickCaptureModal } from './ui/quick-capture-modal.ts';
import { ReflectionModal } from './ui/reflection-modal.ts';
import { TemplatePickerModal } from './ui/template-picker.ts';
import { BUILT_IN_PREFIX } from '@glimmers/core';

/** The command ids (Obsidian prefixes them with the plugin id). */
export const COMMAND_IDS = Object.freeze({
  newGlimmer: 'new-glimmer',
  quickGlimmer: 'quick-glimmer',
  newGlimmerFromTemplate: 'new-glimmer-from-template',
});

function warnAboutTemplate(loaded: LoadedTemplate): void {
  if (loaded.template.issues.length > 0) {
    new Notice(`The frontmatter of the template "${loaded.choice.name}" couldn't be read, so only its prompts are used.`);
  }
}

/** Opens the reflection form with a loaded template, and the draft kept for it, if any. */
export async function openReflection(ctx: CaptureContext, loaded: LoadedTemplate): Promise<ReflectionModal> {
  warnAboutTemplate(loaded);
  const stored = await ctx.drafts.load(draftKey('reflection', loaded.choice.id));
  const modal = new ReflectionModal(ctx.app, ctx, loaded, stored);
  modal.open();
  return modal;
}

/** "New glimmer": the reflection form with the default template, or with `templateId` when given. */
export async function openNewGlimmer(ctx: CaptureContext, templateId?: string): Promise<ReflectionModal> {
  const settings = ctx.getSettings();
  const { loaded, problem } = await resolveTemplate(ctx.app.vault, settings.templatesFolder, templateId ?? settings.defaultTemplate);
  if (problem !== undefined) new Notice(problem);
  return openReflection(ctx, loaded);
}

/** "Quick glimmer": one line with the built-in quick template. */
export async function openQuickGlimmer(ctx: CaptureContext): Promise<QuickCaptureModal> {
  const loaded = await loadTemplate(ctx.app.vault, { id: `${BUILT_IN_PREFIX}quick`, name: 'Quick glimmer' });
  const stored = await ctx.drafts.load(draftKey('quick', loaded.choice.id));
  const modal = new QuickCaptureModal(ctx.app, ctx, loaded, stored);
  modal.open();
  return modal;
}

/** "New glimmer from template": pick a template, then the reflection form. */
export function openTemplatePicker(ctx: CaptureContext): TemplatePickerModal {
  const choices = listTemplateChoices(ctx.app.vault, ctx.getSettings().templatesFolder);
  const picker = new TemplatePickerModal(ctx.app, choices, (choice: TemplateChoice) => {
    loadTemplate(ctx.app.vault, choice).then(
      (loaded) => void openReflection(ctx, loaded),
      (error: unknown) => new Notice(error instanceof TemplateError ? error.message : `The template "${choice.name}" could not be read.`),
    );
  });
  picker.open();
  return picker;
}

/** Registers the capture commands and the ribbon icon on the plugin. */
export function registerCaptureCommands(plugin: Plugin, ctx: CaptureContext): void {
  plugin.addCommand({ id: COMMAND_IDS.newGlimmer, name: 'New glimmer', callback: () => void openNewGlimmer(ctx) });
  plugin.addCommand({ id: COMMAND_IDS.quickGlimmer, name: 'Quick glimmer', callback: () => void openQuickGlimmer(ctx) });
  plugin.addCommand({ id: COMMAND_IDS.newGlimmerFromTemplate, name: 'New glimmer from template', callback: () => void openTemplatePicker(ctx) });
  plugin.addRibbonIcon('sparkles', 'New glimmer', () => void openNewGlimmer(ctx));
}
