/**
 * Which templates there are (the built-in ones, then Markdown files in the templates folder) and
 * loading one. Reads only; rendering is `@glimmers/core`'s `renderTemplate`.
 */
import { BUILT_IN_PREFIX, BUILT_IN_TEMPLATES, type GlimmerTemplate, parseTemplate } from '@glimmers/core';
import { TFile, TFolder, type Vault } from 'obsidian';
import { folderPath } from './vault-paths.ts';

/** A template someone can pick. */
export interface TemplateChoice {
  /** `builtin:<id>` or the template file's vault path. */
  id: string;
  /** What the picker shows. */
  name: string;
  /** The file, for user templates. */
  path?: string;
}

/** A template ready for the form. */
export interface LoadedTemplate {
  choice: TemplateChoice;
  template: GlimmerTemplate;
}

/** Templates larger than this are skipped: a template is a page, not a book. */
const MAX_TEMPLATE_BYTES = 256 * 1024;

/** A template without `##` headings still gets one prompt, so what is typed has a place to go. */
const FALLBACK_SECTION = '\n## What I witnessed\n{{witnessed}}\n';

/** The built-in templates as choices, in their order. */
export function builtInChoices(): TemplateChoice[] {
  return BUILT_IN_TEMPLATES.map((t) => ({ id: `${BUILT_IN_PREFIX}${t.id}`, name: t.name }));
}

/** Built-in templates, then every Markdown file under the templates folder (sorted by path). */
export function listTemplateChoices(vault: Vault, templatesFolder: string): TemplateChoice[] {
  const dir = folderPath(templatesFolder);
  const folder = dir === '' ? null : vault.getFolderByPath(dir);
  const files: TFile[] = [];
  const walk = (node: TFolder): void => {
    for (const child of node.children) {
      if (child instanceof TFolder) walk(child);
      else if (child instanceof TFile && child.extension === 'md') files.push(child);
    }
  };
  if (folder) walk(folder);
  files.sort((a, b) => a.path.localeCompare(b.path));
  const user = files.map((file) => ({ id: file.path, name: file.path.slice(dir.length + 1).replace(/\.md$/, ''), path: file.path }));
  return [...builtInChoices(), ...user];
}

function withAtLeastOnePrompt(markdown: string): GlimmerTemplate {
  const template = parseTemplate(markdown);
  return template.prompts.length > 0 ? template : parseTemplate(`${markdown.replace(/\s*$/, '')}\n${FALLBACK_SECTION}`);
}

/** Why a template could not be used, in words for people. */
export class TemplateError extends Error {
  override readonly name = 'TemplateError';
}

/** Loads a template; a user template is read from the vault. */
export async function loadTemplate(vault: Vault, choice: TemplateChoice): Promise<LoadedTemplate> {
  if (choice.path === undefined) {
    const builtIn = BUILT_IN_TEMPLATES.find((t) => `${BUILT_IN_PREFIX}${t.id}` === choice.id) ?? BUILT_IN_TEMPLATES[0];
    return { choice, template: withAtLeastOnePrompt(builtIn?.markdown ?? '') };
  }
  const file = vault.getFileByPath(choice.path);
  if (file === null) throw new TemplateError(`The template "${choice.name}" is no longer there.`);
  if (file.stat.size > MAX_TEMPLATE_BYTES) throw new TemplateError(`The template "${choice.name}" is too large to use as a template.`);
  return { choice, template: withAtLeastOnePrompt(await vault.cachedRead(file)) };
}

/**
 * Loads the template with this id (from settings), or the first built-in one when it cannot be
 * found or read; `problem` then says why, for a gentle notice.
 */
export async function resolveTemplate(vault: Vault, templatesFolder: string, id: string): Promise<{ loaded: LoadedTemplate; problem?: string }> {
  const choices = listTemplateChoices(vault, templatesFolder);
  const fallback = builtInChoices()[0] ?? { id: `${BUILT_IN_PREFIX}session`, name: 'Session glimmer' };
  const choice = choices.find((c) => c.id === id);
  if (choice === undefined) {
    const loaded = await loadTemplate(vault, fallback);
    return { loaded, problem: `The default template "${id}" was not found, so "${fallback.name}" is used.` };
  }
  try {
    return { loaded: await loadTemplate(vault, choice) };
  } catch (error) {
    const loaded = await loadTemplate(vault, fallback);
    const reason = error instanceof TemplateError ? error.message : `The template "${choice.name}" could not be read.`;
    return { loaded, problem: `${reason} "${fallback.name}" is used instead.` };
  }
}
