/**
 * Glimmer templates: a Markdown file whose `##` headings are the prompts of the reflection form,
 * whose frontmatter holds defaults for the new glimmer, and whose `{{placeholders}}` are filled in
 * when the glimmer is written. Pure: the plugin and the CLI both read and render templates here.
 *
 * Anything this module does not know (Templater's `<% %>`, `{{date:YYYY}}`, `{{unknown}}`, HTML,
 * callouts) passes through untouched, so a template shared with other tools keeps working there.
 */
import { readFrontmatterObject } from '../frontmatter/read-frontmatter.ts';
import { splitFrontmatter } from '../frontmatter/split-frontmatter.ts';
import { STANDARD_SECTIONS } from '../format/vocabulary.ts';
import { foldHeading } from '../format/sections.ts';
import type { Issue } from '../format/types.ts';

/** The answer slots a template knows by name, in the order of the standard sections. */
export const TEMPLATE_SLOTS = Object.freeze(['witnessed', 'felt', 'remember', 'carrying', 'basics'] as const);

/** One of {@link TEMPLATE_SLOTS}. */
export type TemplateSlot = (typeof TEMPLATE_SLOTS)[number];

/**
 * Every placeholder a template may use: `{{date}}` (`YYYY-MM-DD`), `{{time}}` (`HH:mm`),
 * `{{title}}`, `{{themes}}` (theme labels, comma separated) and the five answer slots.
 * Other `{{names}}` are left as written.
 */
export const TEMPLATE_PLACEHOLDERS: readonly string[] = Object.freeze(['date', 'time', 'title', 'themes', ...TEMPLATE_SLOTS]);

/** One prompt of the reflection form: a `##` section of the template. */
export interface TemplatePrompt {
  /** The heading as written after `## ` (placeholders not filled in); it becomes the note's heading. */
  heading: string;
  /**
   * Where the answer goes: a {@link TemplateSlot} when the section holds that placeholder or has the
   * standard heading for it, else `section-N` (N = the section's 1-based position).
   */
  slot: string;
  /** The question to show in the form, from a `%% comment %%` line right under the heading. */
  question?: string;
}

/** A parsed template, ready to drive a form and to be rendered. */
export interface GlimmerTemplate {
  /** The template's frontmatter (placeholders kept as `{{name}}` text); `{}` when it has none or it cannot be read. */
  frontmatter: Record<string, unknown>;
  /** The `##` sections, in order. */
  prompts: TemplatePrompt[];
  /** The Markdown after the frontmatter, line endings as `\n`. */
  body: string;
  /** Problems found (unreadable frontmatter); the template stays usable with its prompts. */
  issues: Issue[];
}

/** The values to fill in: placeholder names and answer slots (including `section-N`) to text. */
export type TemplateValues = Readonly<Record<string, string | undefined>>;

/** The frontmatter defaults and the body of a rendered template. */
export interface RenderedTemplate {
  frontmatter: Record<string, unknown>;
  body: string;
}

const PLACEHOLDER = /\{\{\s*([A-Za-z][\w-]*)\s*\}\}/g;
const HINT_LINE = /^\s{0,3}%%(.*?)%%\s*$/;
const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;
const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;

/** A run of body lines: text between sections, or one `##` section. */
type Block =
  | { kind: 'text'; lines: string[] }
  | { kind: 'section'; headingLine: string; heading: string; lines: string[] };

const STANDARD_SLOT_BY_HEADING: ReadonlyMap<string, TemplateSlot> = new Map(
  TEMPLATE_SLOTS.map((slot, i) => [foldHeading(STANDARD_SECTIONS[i] ?? slot), slot] as const),
);

/** Splits a body into text blocks and `##` sections, skipping headings inside fenced code. */
function splitBlocks(body: string): Block[] {
  const blocks: Block[] = [];
  let current: Block = { kind: 'text', lines: [] };
  let fence: string | null = null;
  for (const line of body.split('\n')) {
    if (fence !== null) {
      current.lines.push(line);
      if (new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`).test(line)) fence = null;
      continue;
    }
    const open = FENCE_OPEN.exec(line);
    if (open) {
      fence = open[1] ?? '```';
      current.lines.push(line);
      continue;
    }
    const heading = ATX_HEADING.exec(line);
    if (heading && (heading[1] === '#' || heading[1] === '##')) {
      blocks.push(current);
      current = heading[1] === '##'
        ? { kind: 'section', headingLine: line, heading: (heading[2] ?? '').trim(), lines: [] }
        : { kind: 'text', lines: [line] };
      continue;
    }
    current.lines.push(line);
  }
  blocks.push(current);
  return blocks;
}

/** The question comment of a section: the first non-blank line, when it is a one-line `%% … %%`. */
function hintIndex(lines: readonly string[]): number {
  const first = lines.findIndex((l) => l.trim() !== '');
  return first >= 0 && HINT_LINE.test(lines[first] ?? '') ? first : -1;
}

function placeholdersIn(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '');
}

/** Assigns each section its slot: its own slot placeholder first, else its standard heading, else `section-N`. */
function promptsOf(blocks: readonly Block[]): TemplatePrompt[] {
  const sections = blocks.filter((b): b is Extract<Block, { kind: 'section' }> => b.kind === 'section');
  const used = new Set<string>();
  const slots: (string | undefined)[] = sections.map((s) => {
    const slot = placeholdersIn(s.lines.join('\n')).find((name) => (TEMPLATE_SLOTS as readonly string[]).includes(name) && !used.has(name));
    if (slot !== undefined) used.add(slot);
    return slot;
  });
  return sections.map((section, i) => {
    let slot = slots[i];
    if (slot === undefined) {
      const standard = STANDARD_SLOT_BY_HEADING.get(foldHeading(section.heading));
      slot = standard !== undefined && !used.has(standard) ? standard : `section-${i + 1}`;
      used.add(slot);
    }
    const prompt: TemplatePrompt = { heading: section.heading, slot };
    const hint = hintIndex(section.lines);
    const question = hint >= 0 ? HINT_LINE.exec(section.lines[hint] ?? '')?.[1]?.trim() : undefined;
    if (question) prompt.question = question;
    return prompt;
  });
}

/**
 * Reads frontmatter that may hold placeholders. `date: {{date}}` is not valid YAML as written
 * (`{` starts a mapping), so each `{{…}}` is swapped for an inert token before reading and put
 * back afterwards, in any string, key or list item.
 */
function readTemplateFrontmatter(raw: string): { data: Record<string, unknown>; issues: Issue[] } {
  const originals: string[] = [];
  const tokenized = raw.replace(/\{\{[^{}\n]*\}\}/g, (match) => `GLIMMERSPLACEHOLDER${originals.push(match) - 1}X`);
  const read = readFrontmatterObject(tokenized);
  if (!read.ok) return { data: {}, issues: read.issues };
  const restore = (text: string): string => text.replace(/GLIMMERSPLACEHOLDER(\d+)X/g, (m, i: string) => originals[Number(i)] ?? m);
  return { data: mapStrings(read.data, restore) as Record<string, unknown>, issues: [] };
}

/** Applies `fn` to every string (values and keys) in plain YAML data, returning new data. */
function mapStrings(value: unknown, fn: (text: string) => string): unknown {
  if (typeof value === 'string') return fn(value);
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, fn));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[fn(key)] = mapStrings(item, fn);
    return out;
  }
  return value;
}

/**
 * Reads a template. Never throws: unreadable frontmatter gives an issue and `{}`, and the body's
 * `##` headings still become prompts.
 *
 * @example
 * ```ts
 * const t = parseTemplate('---\nmoment: end-of-day\n---\n## What I witnessed\n{{witnessed}}\n');
 * t.prompts; // [{ heading: 'What I witnessed', slot: 'witnessed' }]
 * ```
 */
export function parseTemplate(markdown: string): GlimmerTemplate {
  const text = typeof markdown === 'string' ? markdown : '';
  const split = splitFrontmatter(text);
  const body = text.slice(split.raw === null ? split.bom.length : split.bodyStart).replace(/\r\n?/g, '\n');
  let frontmatter: Record<string, unknown> = {};
  let issues: Issue[] = [];
  if (split.raw !== null) {
    const read = readTemplateFrontmatter(split.raw.replace(/\r\n?/g, '\n'));
    frontmatter = read.data;
    issues = read.issues.map((issue) => (issue.line === undefined ? issue : { ...issue, line: issue.line + split.frontmatterLine - 1 }));
  }
  return { frontmatter, prompts: promptsOf(splitBlocks(body)), body, issues };
}

/** Fills the known placeholders in one pass, so text that is filled in is never expanded again. */
function fill(text: string, values: TemplateValues): string {
  return text.replace(PLACEHOLDER, (match, name: string) => {
    if (!TEMPLATE_PLACEHOLDERS.includes(name)) return match;
    return values[name] ?? '';
  });
}

/** Drops blank lines at both ends of a block. */
function trimBlankLines(lines: readonly string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && (lines[start] ?? '').trim() === '') start++;
  while (end > start && (lines[end - 1] ?? '').trim() === '') end--;
  return lines.slice(start, end);
}

/** A heading line left with no text because its placeholders were empty (`# {{title}}` without a title) is dropped. */
function dropEmptiedHeadings(original: readonly string[], filled: readonly string[]): string[] {
  return filled.filter((line, i) => {
    const before = original[i] ?? '';
    const heading = ATX_HEADING.exec(line);
    return !(heading && (heading[2] ?? '').trim() === '' && placeholdersIn(before).length > 0);
  });
}

function renderText(lines: readonly string[], values: TemplateValues): string[] {
  const filled = lines.map((line) => fill(line, values));
  return trimBlankLines(dropEmptiedHeadings(lines, filled));
}

/**
 * Renders a template with the form's values: returns the template's frontmatter with placeholders
 * filled in (defaults for the new glimmer), and the body. In the body, each section's answer
 * replaces its slot placeholder, or goes right under its heading when the section has none; the
 * `%% question %%` line is removed; a section left empty is left out; a heading emptied by its
 * placeholders (`# {{title}}` without a title) is left out. Unknown syntax is kept as written.
 *
 * @param values - Placeholder names and prompt slots to text; missing ones count as empty.
 */
export function renderTemplate(template: GlimmerTemplate, values: TemplateValues): RenderedTemplate {
  const blocks = splitBlocks(template.body.replace(/\r\n?/g, '\n'));
  const out: string[] = [];
  let sectionIndex = 0;
  for (const block of blocks) {
    if (block.kind === 'text') {
      const lines = renderText(block.lines, values);
      if (lines.length > 0) out.push(lines.join('\n'));
      continue;
    }
    const prompt = template.prompts[sectionIndex++];
    const lines = [...block.lines];
    const hint = hintIndex(lines);
    if (hint >= 0) lines.splice(hint, 1);
    const answer = prompt ? (values[prompt.slot] ?? '').replace(/\r\n?/g, '\n').trim() : '';
    const content = renderText(lines, prompt ? { ...values, [prompt.slot]: answer } : values);
    const hasOwnPlaceholder = prompt !== undefined && placeholdersIn(lines.join('\n')).includes(prompt.slot);
    if (!hasOwnPlaceholder && answer !== '') content.unshift(answer, ...(content.length > 0 ? [''] : []));
    if (trimBlankLines(content).length === 0) continue;
    out.push(`${fill(block.headingLine, values).trimEnd()}\n\n${trimBlankLines(content).join('\n')}`);
  }
  return {
    frontmatter: mapStrings(template.frontmatter, (text) => fill(text, values)) as Record<string, unknown>,
    body: out.length > 0 ? `${out.join('\n\n')}\n` : '',
  };
}
