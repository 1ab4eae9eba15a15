/**
 * From a template and a filled-in form to the text of one new glimmer note, checked by reading it
 * back before anyone writes it. Shared by the plugin's "New glimmer" and the CLI's `glimmer new`.
 */
import { parseGlimmer } from '../format/parse.ts';
import { serializeGlimmer } from '../format/serialize.ts';
import { renderTemplate, type GlimmerTemplate } from './template.ts';
import { KNOWN_KEYS, isPlainObject } from '../format/validate.ts';
import { ISSUE_CODES, makeIssue } from '../format/issue-codes.ts';
import type { Glimmer, Issue } from '../format/types.ts';

// What ends a line for Markdown or for an editor (CodeMirror also breaks at U+2028 and U+2029).
// eslint-disable-next-line no-control-regex -- these line-ending characters are what it finds
const LINE_BREAK = /[\n\r\u000b\u000c\u0085\u2028\u2029]/;

/** What a person filled in. Lists hold ids (themes) or words (body, feelings, grounding). */
export interface GlimmerNoteInput {
  /** `YYYY-MM-DDTHH:mm` (or any form the format accepts for `created`). */
  created: string;
  title?: string;
  /** Answers by prompt slot (`witnessed`, …, or `section-N`). */
  answers: Readonly<Record<string, string>>;
  themes: readonly string[];
  /** Labels for `{{themes}}`, by theme id; ids without a label are written as they are. */
  themeLabels?: Readonly<Record<string, string>>;
  moment?: string;
  intensity?: number;
  weight?: number;
  body: readonly string[];
  feelings: readonly string[];
  grounding: readonly string[];
}

/** The composed note, or why it could not be composed. */
export interface ComposedNote {
  /** The note text, or `null` when it would not read back as a valid glimmer. */
  text: string | null;
  /** The glimmer as read back from `text`. */
  glimmer: Glimmer | null;
  issues: Issue[];
}

/** Form defaults a template's frontmatter gives: the values the form starts with (a glimmer's own fields). */
export type TemplateDefaults = Pick<Glimmer, 'moment' | 'themes' | 'intensity' | 'weight' | 'body' | 'feelings' | 'grounding'>;

function stringList(value: unknown): string[] {
  const items = typeof value === 'string' ? [value] : Array.isArray(value) ? value : [];
  return items.filter((v): v is string | number => typeof v === 'string' || typeof v === 'number').map(String).filter((v) => v.trim() !== '');
}

function scale(value: unknown, min: number, max: number): number | undefined {
  const n = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) && n >= min && n <= max ? n : undefined;
}

/**
 * The form defaults in a template's frontmatter (`moment`, `themes`, `intensity`, `weight`, `body`,
 * `feelings`, `grounding`). Values that do not fit the format are ignored here; the form is the
 * authority once it is open, so {@link composeGlimmerNote} does not apply them again.
 */
export function templateDefaults(template: GlimmerTemplate): TemplateDefaults {
  const fm = template.frontmatter;
  const defaults: TemplateDefaults = {
    themes: stringList(fm['themes']), body: stringList(fm['body']), feelings: stringList(fm['feelings']), grounding: stringList(fm['grounding']),
  };
  if (typeof fm['moment'] === 'string' && fm['moment'].trim() !== '') defaults.moment = fm['moment'].trim();
  const intensity = scale(fm['intensity'], 1, 5);
  if (intensity !== undefined) defaults.intensity = intensity;
  const weight = scale(fm['weight'], 0, 5);
  if (weight !== undefined) defaults.weight = weight;
  return defaults;
}

/**
 * Composes a new glimmer note: the frontmatter is `serializeGlimmer`'s canonical frontmatter (the
 * form's values, then the template's other keys such as `tags` in the template's order), and the
 * body is the rendered template. The text is read back with `parseGlimmer`; if that finds an error,
 * `text` is `null` and nothing should be written; so is a title with a line break (`title/not-one-line`),
 * so a title never adds a line, let alone a section. For the built-in templates and plain answers the
 * result equals `serializeGlimmer` of the same glimmer with its title and sections.
 */
export function composeGlimmerNote(template: GlimmerTemplate, input: GlimmerNoteInput, options: { themes?: readonly string[] } = {}): ComposedNote {
  const title = input.title?.trim() ?? '';
  // A title is one line: put into `# {{title}}`, a line break would start new lines of the body
  // (a second section, say) that the person never meant as such.
  if (LINE_BREAK.test(title)) {
    return { text: null, glimmer: null, issues: [makeIssue('error', ISSUE_CODES.titleNotOneLine, 'The title must be one line; nothing was written.', { field: 'title' })] };
  }
  const values: Record<string, string> = {
    date: input.created.slice(0, 10),
    time: input.created.slice(11, 16),
    title,
    themes: input.themes.map((id) => input.themeLabels?.[id] ?? id).join(', '),
  };
  for (const [slot, text] of Object.entries(input.answers)) values[slot] = text;
  const rendered = renderTemplate(template, values);
  const extra: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(rendered.frontmatter)) if (!KNOWN_KEYS.includes(key)) extra[key] = value;
  const glimmer: Glimmer = {
    created: input.created,
    day: input.created.slice(0, 10),
    themes: [...input.themes],
    body: [...input.body],
    feelings: [...input.feelings],
    grounding: [...input.grounding],
    extra,
    sections: [],
  };
  if (input.moment !== undefined) glimmer.moment = input.moment;
  if (input.intensity !== undefined) glimmer.intensity = input.intensity;
  if (input.weight !== undefined) glimmer.weight = input.weight;
  const frontmatter = serializeGlimmer(glimmer);
  const text = rendered.body === '' ? frontmatter : `${frontmatter}\n${rendered.body}`;
  const parsed = parseGlimmer(text, options.themes ? { themes: options.themes } : {});
  if (parsed.glimmer === null || !isPlainObject(parsed.frontmatter)) {
    const errors = parsed.issues.filter((i) => i.severity === 'error');
    return { text: null, glimmer: null, issues: errors.length > 0 ? errors : parsed.issues };
  }
  return { text, glimmer: parsed.glimmer, issues: parsed.issues };
}
