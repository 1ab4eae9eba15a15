/**
 * Generated hostile inputs, so no large or odd file is kept in the repository: strings built from
 * YAML's indicators and other characters that change how a line is read, and pathological notes.
 */
import fc from 'fast-check';

/** Pieces that each change how YAML reads a scalar, plus ordinary text around them. */
export const YAML_PIECES: readonly string[] = [
  '#', ' #', '---', '...', '- ', '-', '&', '*', '!', '!!', '%', '|', '>', ':', ': ', '?', '? ', '@', '`', ',', '[', ']', '{', '}',
  "'", '"', '\\', '~', 'null', 'true', 'True', 'false', 'yes', '0', '1', '007', '.5', '1e3', '+', '.',
  '\n', '\r', '\t', ' ', '  ', 'a', 'Word', 'é', '😀', '\u0007', '\u2028', '[[', ']]',
];

/** A string of 0-12 YAML pieces: the values most likely to be read as something else. */
export const yamlishText: fc.Arbitrary<string> = fc.array(fc.constantFrom(...YAML_PIECES), { maxLength: 12 }).map((parts) => parts.join(''));

/** Any text: YAML-ish pieces or fast-check's general strings (graphemes included). */
export const hostileText: fc.Arbitrary<string> = fc.oneof(yamlishText, fc.string(), fc.string({ unit: 'grapheme' }));

/** A glimmer note (hand-written style) with the given frontmatter lines after `type` and `created`. */
export function glimmerWithLines(lines: readonly string[], body = '## What I witnessed\n\nA small step.\n'): string {
  return ['---', 'type: glimmer', 'created: 2026-03-03', ...lines, '---', '', body].join('\n');
}

/** A block list under `key` with `count` distinct items `prefix-0`, `prefix-1`, …. */
export function blockList(key: string, count: number, prefix = 'item'): string[] {
  const lines = [`${key}:`];
  for (let i = 0; i < count; i++) lines.push(`  - ${prefix}-${i}`);
  return lines;
}

/**
 * A glimmer whose lists are pathologically long: `themes` (and `body`, `feelings`, `grounding`
 * when `lists` is true) hold `count` distinct short ids each, as one flow list per key (about six
 * bytes an item, so 5,000 themes stay under the 64 KiB frontmatter limit). `note` makes the ids
 * of different notes distinct too (the worst case for per-value counts).
 */
export function manyValuesGlimmer(note: number, count: number, options: { lists?: boolean; day?: number } = {}): string {
  const ids = (prefix: string): string => `[${Array.from({ length: count }, (_, i) => `${prefix}${note.toString(36)}x${i.toString(36)}`).join(',')}]`;
  const day = String(((options.day ?? note) % 28) + 1).padStart(2, '0');
  const lines = [`themes: ${ids('t')}`];
  if (options.lists === true) lines.push(`body: ${ids('b')}`, `feelings: ${ids('f')}`, `grounding: ${ids('g')}`);
  return ['---', 'type: glimmer', `created: 2026-03-${day}`, 'moment: after-session', ...lines, 'intensity: 3', '---', '', 'A small step.', ''].join('\n');
}
