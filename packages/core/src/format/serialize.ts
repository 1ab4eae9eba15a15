/**
 * `serializeGlimmer`: the canonical Markdown of a glimmer, as the plugin and CLI write new notes.
 */
import { Document, isCollection, isMap, isScalar, isSeq, Pair, Scalar, YAMLMap } from 'yaml';
import { KNOWN_KEYS } from './validate.ts';
import { YAML_STRINGIFY_OPTIONS } from '../frontmatter/yaml-options.ts';
import type { Glimmer } from './types.ts';

/**
 * Builds the frontmatter mapping in the canonical key order: type, created, moment, themes,
 * intensity, weight, body, feelings, grounding, then `extra` in its own order. Empty lists and
 * absent values are left out.
 */
export function canonicalFrontmatter(glimmer: Glimmer): Array<[string, unknown]> {
  const entries: Array<[string, unknown]> = [['type', 'glimmer'], ['created', glimmer.created]];
  if (glimmer.moment !== undefined) entries.push(['moment', glimmer.moment]);
  if (glimmer.themes.length > 0) entries.push(['themes', [...glimmer.themes]]);
  if (glimmer.intensity !== undefined) entries.push(['intensity', glimmer.intensity]);
  if (glimmer.weight !== undefined) entries.push(['weight', glimmer.weight]);
  for (const key of ['body', 'feelings', 'grounding'] as const) {
    if (glimmer[key].length > 0) entries.push([key, [...glimmer[key]]]);
  }
  // Known keys in `extra` would be written twice (a duplicate-key error): the typed fields win.
  for (const [key, value] of Object.entries(glimmer.extra)) if (!KNOWN_KEYS.includes(key)) entries.push([key, value]);
  return entries;
}

/** Block style everywhere (lists as `- item` lines), except empty collections, which can only be `[]`/`{}`. */
export function blockStyle(node: unknown): void {
  const visit = (node: unknown): void => {
    if (isMap(node) || isSeq(node)) {
      node.flow = node.items.length === 0;
      for (const item of node.items as unknown[]) {
        if (item instanceof Pair) visit(item.value);
        else visit(item);
      }
    }
  };
  visit(node);
}

/**
 * One `key: value` pair as YAML lines (joined with `\n`, no final line ending), quoted only where
 * YAML needs it, never folded. Lists and mappings in block style; a top-level `null` is written
 * `key:` as Obsidian writes an empty property (nested nulls stay `null`: an empty item in a flow
 * list would be read back as no item). With `like` (the value the key had before), a non-empty
 * flow collection stays flow and a quoted string stays quoted the same way.
 */
export function renderPair(key: string, value: unknown, like?: unknown): string {
  const doc = new Document(new YAMLMap(), { version: '1.2' });
  const node = doc.createNode(value);
  blockStyle(node);
  if (isCollection(like) && like.flow && like.items.length > 0 && isCollection(node)) node.flow = true;
  if (isScalar(like) && isScalar(node) && typeof node.value === 'string' && (like.type === 'QUOTE_DOUBLE' || like.type === 'QUOTE_SINGLE')) {
    node.type = like.type;
  }
  (doc.contents as YAMLMap).items.push(new Pair(new Scalar(key), node));
  const text = doc.toString(YAML_STRINGIFY_OPTIONS).replace(/\n$/, '');
  return value === null ? text.replace(/ null$/, '') : text;
}

/**
 * Writes frontmatter entries as YAML lines (no fences), in the given order, each ending in `\n`
 * (see {@link renderPair}).
 */
export function stringifyFrontmatter(entries: ReadonlyArray<readonly [string, unknown]>): string {
  return entries.map(([key, value]) => renderPair(key, value) + '\n').join('');
}

/**
 * The canonical Markdown of a glimmer: `---` on line 1, keys in the canonical order (see
 * `canonicalFrontmatter`), `---`, then `# Title` when there is one, then each section as
 * `## heading` and its text. Line endings are `\n`. `day` is derived from `created` and not
 * written. Reading the result with `parseGlimmer` gives the same glimmer back, for titles, headings
 * and texts that are plain text (no Markdown that would change the outline).
 */
export function serializeGlimmer(glimmer: Glimmer): string {
  let text = `---\n${stringifyFrontmatter(canonicalFrontmatter(glimmer))}---\n`;
  if (glimmer.title !== undefined) text += `\n# ${glimmer.title}\n`;
  for (const section of glimmer.sections) {
    text += `\n## ${section.heading}\n`;
    if (section.text !== '') text += `\n${section.text}\n`;
  }
  return text;
}

