/**
 * Readable file names for new glimmers that never collide across devices. Pure; shared by the
 * plugin's form and `glimmer new`, so a note gets the same kind of name wherever it is written.
 *
 * Pattern tokens (the "File name pattern" setting):
 * - `{{date}}`: the local date, `2026-03-04`
 * - `{{time}}`: the local time with seconds, `141503`
 * - `{{slug}}`: the first words of a title the person typed, when the title may go into the name
 *   (see `title-in-name.ts`); otherwise `glimmer`. Never words of the answers.
 * - `{{id}}`: a short random code, `k3f9`
 *
 * The random code is always part of the name: where `{{id}}` is, or at the end when the pattern
 * leaves it out. So two devices writing a glimmer in the same second still pick different names
 * (and if a name is taken anyway, the writer adds a number rather than overwrite).
 */
import { localDate } from '../calendar/created.ts';

/** The default pattern: `2026-03-04 141503 glimmer k3f9` (with a title allowed in names: `… a-small-step k3f9`). */
export const DEFAULT_FILE_NAME_PATTERN = '{{date}} {{time}} {{slug}}';

/** The tokens a pattern may hold, for the settings text. */
export const FILE_NAME_TOKENS: readonly string[] = Object.freeze(['{{date}}', '{{time}}', '{{slug}}', '{{id}}']);

/** The slug used when the words give nothing usable (only slashes, emoji or punctuation). */
export const FALLBACK_SLUG = 'glimmer';

const MAX_SLUG_LENGTH = 40;
const MAX_NAME_LENGTH = 120;
// Characters that file systems (Windows, iOS, Android) or Obsidian links do not allow in names.
const FORBIDDEN = /[\\/:*?"<>|#^[\]%]/gu;

/** Replaces control characters (never valid in a file name) with spaces. */
const withoutControls = (text: string): string => [...text].map((c) => (c.charCodeAt(0) < 32 || c.charCodeAt(0) === 127 ? ' ' : c)).join('');

/**
 * A short, readable slug of the first words: lower case, letters and digits of any script joined by
 * hyphens, at most 40 characters, cut at a word. `''` when nothing usable is left.
 */
export function slugify(text: string): string {
  const firstLine = text.normalize('NFKC').split('\n').find((line) => line.trim() !== '') ?? '';
  const words = firstLine.toLowerCase().replace(/['\u2019]/g, '').split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
  let slug = '';
  for (const word of words) {
    const next = slug === '' ? word : `${slug}-${word}`;
    if (next.length > MAX_SLUG_LENGTH) {
      if (slug === '') slug = [...word].slice(0, MAX_SLUG_LENGTH).join('');
      break;
    }
    slug = next;
  }
  return slug;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** A short random code of lower-case letters and digits. */
export function randomId(length = 4, random: () => number = Math.random): string {
  const alphabet = 'abcdefghijkmnpqrstuvwxyz23456789';
  let id = '';
  for (let i = 0; i < length; i++) id += alphabet[Math.floor(random() * alphabet.length)] ?? 'x';
  return id;
}

/** What a file name is made from. */
export interface FileNameParts {
  now: Date;
  /** A title that may go into the name (already checked; see `newGlimmerFileName`). Without it, `glimmer`. */
  title?: string;
  id: string;
}

/**
 * The file name (without `.md`) for a new glimmer: the pattern with its tokens filled in, characters
 * that are not allowed in file names removed, at most 120 characters, never empty or hidden.
 */
export function glimmerFileName(pattern: string, parts: FileNameParts): string {
  const slug = slugify(parts.title ?? '') || FALLBACK_SLUG;
  const withId = pattern.includes('{{id}}') ? pattern : `${pattern} {{id}}`;
  const values: Record<string, string> = {
    date: localDate(parts.now),
    time: `${pad(parts.now.getHours())}${pad(parts.now.getMinutes())}${pad(parts.now.getSeconds())}`,
    slug,
    id: parts.id,
  };
  const filled = withId.replace(/\{\{\s*(date|time|slug|id)\s*\}\}/g, (_m, token: string) => values[token] ?? '');
  let name = withoutControls(filled).replace(FORBIDDEN, ' ').replace(/\s+/g, ' ').trim().replace(/^[.\s]+/, '');
  if (name.length > MAX_NAME_LENGTH) name = [...name].slice(0, MAX_NAME_LENGTH).join('').trim();
  // The id survives any pattern: a pattern of only forbidden characters still gives a unique name.
  return name === '' || !name.includes(parts.id) ? `${FALLBACK_SLUG} ${parts.id}`.trim() : name;
}
