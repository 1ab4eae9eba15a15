/**
 * The rules of the glimmer format v1, applied to an already-read frontmatter object
 * (from {@link parseGlimmer} or from Obsidian's metadata cache).
 */
import { isValidCreated } from '../calendar/created.ts';
import { ISSUE_CODES, makeIssue } from './issue-codes.ts';
import { excerpt, kindOf } from './excerpt.ts';
import { DEFAULT_THEME_IDS, MOMENTS } from './vocabulary.ts';
import type { Glimmer, Issue } from './types.ts';

/** Options for {@link validateFrontmatter} and {@link parseGlimmer}. */
export interface ValidateOptions {
  /** Known theme ids; other ids are kept and warned about. Default: the ids of `DEFAULT_THEMES`. */
  themes?: readonly string[];
}

/** What {@link validateFrontmatter} returns. */
export interface ValidationResult {
  /** The glimmer, or `null` for a plain note or a glimmer with an error. */
  glimmer: Glimmer | null;
  /** Errors and warnings, each with the `field` it is about. Empty for a plain note. */
  issues: Issue[];
}

/** The keys the format defines; every other key goes to `extra` untouched. */
export const KNOWN_KEYS: readonly string[] = Object.freeze([
  'type', 'created', 'moment', 'themes', 'intensity', 'weight', 'body', 'feelings', 'grounding',
]);

/** The two scales, built once (this runs for every note of a vault). */
const SCALES = [
  { field: 'intensity', min: 1, max: 5, code: ISSUE_CODES.intensityInvalid, what: 'how much it filled you up' },
  { field: 'weight', min: 0, max: 5, code: ISSUE_CODES.weightInvalid, what: 'how heavy the work felt' },
] as const;

const MOMENT_IDS: readonly string[] = MOMENTS.map((m) => m.id);
/** Whether `value` has `key` of its own: frontmatter may have no prototype, or a key named `hasOwnProperty`. */
const hasOwn = (value: object, key: string): boolean => Object.prototype.hasOwnProperty.call(value, key);

/** A plain mapping (not an array, not a class instance such as Date). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * The usual list, with no issue possible: absent (a fresh empty list) or a list of non-blank
 * strings (an exact-size copy: pushing one by one reserves room for 17 items). `null` for
 * anything else, which {@link readList} then reads. No temporary object: this runs four times
 * for every glimmer of a vault.
 */
function wordsOf(value: unknown): string[] | null {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) return null;
  for (let i = 0; i < value.length; i++) {
    const item: unknown = value[i];
    if (typeof item !== 'string' || item.trim() === '') return null;
  }
  return value.slice() as string[];
}

/** Reads a list field: a list, or a single string meaning a one-item list. Returns `null` when unusable. */
function readList(value: unknown): { items: string[]; dropped: number } | null {
  if (value === null || value === undefined) return { items: [], dropped: 0 };
  const raw: unknown[] = typeof value === 'string' ? [value] : Array.isArray(value) ? value : [];
  if (typeof value !== 'string' && !Array.isArray(value)) {
    if (typeof value === 'number' || typeof value === 'boolean') return { items: [String(value)], dropped: 0 };
    return null;
  }
  // The usual case, a list of words: an exact-size copy. Pushing one by one reserves room for
  // 17 items per list, which was most of a glimmer's memory in a large vault (about 800 bytes
  // a glimmer against about 460).
  let words = true;
  for (let i = 0; i < raw.length; i++) {
    const item = raw[i];
    if (typeof item !== 'string' || item.trim() === '') {
      words = false;
      break;
    }
  }
  if (words) return { items: raw.slice() as string[], dropped: 0 };
  const items: string[] = [];
  let dropped = 0;
  for (const item of raw) {
    if (item === null || item === undefined) continue;
    // Numbers and booleans are words the person typed (`- 3`, `- true`): keep their text.
    const text = typeof item === 'string' ? item : typeof item === 'number' || typeof item === 'boolean' ? String(item) : null;
    if (text === null) dropped++;
    else if (text.trim() !== '') items.push(text);
  }
  return { items, dropped };
}

/** Reads an integer scale value; numeric strings such as "3" count as numbers. */
function readScale(value: unknown, min: number, max: number): number | null {
  let n: number | null = null;
  if (typeof value === 'number') n = value;
  else if (typeof value === 'string' && /^\s*[+-]?\d+(?:\.\d+)?\s*$/.test(value)) n = Number(value);
  return n !== null && Number.isInteger(n) && n >= min && n <= max ? n : null;
}

/**
 * Applies the glimmer format v1 rules to frontmatter data that has already been read.
 * Anything that is not a mapping with `type: glimmer` is a plain note: `{ glimmer: null, issues: [] }`.
 * Errors (a missing or impossible `created`, a bad `intensity` or `weight`) give `glimmer: null`;
 * warnings leave the glimmer usable. Unknown keys go to `extra` untouched. Never throws.
 */
export function validateFrontmatter(data: unknown, options: ValidateOptions = {}): ValidationResult {
  if (!isPlainObject(data) || data['type'] !== 'glimmer') return { glimmer: null, issues: [] };
  // One pass over the keys: the format's fields (the KNOWN_KEYS) into locals, every other key into `extra`.
  // (Reading nine fields by name from frontmatters of many shapes cost more than the rest of
  // the validation; inside `for…in` V8 reads each value straight from its slot.)
  let created: unknown;
  let rawMoment: unknown;
  let rawThemes: unknown;
  let rawIntensity: unknown;
  let rawWeight: unknown;
  let rawBody: unknown;
  let rawFeelings: unknown;
  let rawGrounding: unknown;
  const extra: Record<string, unknown> = {};
  for (const key in data) {
    if (!hasOwn(data, key)) continue;
    const value = data[key];
    switch (key) {
      case 'type': break;
      case 'created': created = value; break;
      case 'moment': rawMoment = value; break;
      case 'themes': rawThemes = value; break;
      case 'intensity': rawIntensity = value; break;
      case 'weight': rawWeight = value; break;
      case 'body': rawBody = value; break;
      case 'feelings': rawFeelings = value; break;
      case 'grounding': rawGrounding = value; break;
      // defineProperty: a key named "__proto__" must stay an ordinary key (plain assignment is faster for the rest).
      case '__proto__': Object.defineProperty(extra, key, { value, enumerable: true, writable: true, configurable: true }); break;
      default: extra[key] = value;
    }
  }
  // A field that is not an own enumerable key is read by name, as it always was.
  if (created === undefined) created = data['created'];
  if (rawMoment === undefined) rawMoment = data['moment'];
  if (rawThemes === undefined) rawThemes = data['themes'];
  if (rawIntensity === undefined) rawIntensity = data['intensity'];
  if (rawWeight === undefined) rawWeight = data['weight'];
  if (rawBody === undefined) rawBody = data['body'];
  if (rawFeelings === undefined) rawFeelings = data['feelings'];
  if (rawGrounding === undefined) rawGrounding = data['grounding'];

  const issues: Issue[] = [];
  // Errors are counted as they are found rather than searched for at the end.
  let errors = 0;
  const known = options.themes ?? DEFAULT_THEME_IDS;

  if (created === undefined || created === null || created === '') {
    issues.push(makeIssue('error', ISSUE_CODES.createdMissing, 'A glimmer needs a `created` date, like 2026-02-03 or 2026-02-03T14:30.', { field: 'created' }));
    errors++;
  } else if (!isValidCreated(created)) {
    issues.push(makeIssue('error', ISSUE_CODES.createdInvalid, `\`created\` should be a real date like 2026-02-03, optionally with a time like T14:30${typeof created === 'string' ? '' : `; it is ${kindOf(created)}`}.`, { field: 'created' }));
    errors++;
  }

  let moment: string | undefined;
  if (typeof rawMoment === 'string' && rawMoment !== '') {
    moment = rawMoment;
    if (!MOMENT_IDS.includes(rawMoment)) {
      issues.push(makeIssue('warning', ISSUE_CODES.momentUnknown, `\`moment\` is not one of ${MOMENT_IDS.join(', ')}. It is kept as written.`, { field: 'moment' }));
    }
  } else if (rawMoment !== undefined && rawMoment !== null && rawMoment !== '') {
    issues.push(makeIssue('warning', ISSUE_CODES.momentInvalid, `\`moment\` is ${kindOf(rawMoment)}; it should be one word, one of ${MOMENT_IDS.join(', ')}. It is left out.`, { field: 'moment' }));
  }

  let themes = wordsOf(rawThemes);
  if (themes === null) {
    const read = readList(rawThemes);
    if (read === null || read.dropped > 0) {
      issues.push(makeIssue('warning', ISSUE_CODES.themesInvalid, '`themes` should be a list of theme ids; the parts that are not words are left out.', { field: 'themes' }));
    }
    themes = read?.items ?? [];
  }
  for (let i = 0; i < themes.length; i++) {
    const id = themes[i] as string;
    if (!known.includes(id)) {
      issues.push(makeIssue('warning', ISSUE_CODES.themesUnknown, `The theme ${excerpt(id)} is not in your theme list. It is kept.`, { field: 'themes' }));
    }
  }

  let intensity: number | undefined;
  let weight: number | undefined;
  for (const s of SCALES) {
    const value = s.field === 'intensity' ? rawIntensity : rawWeight;
    if (value === undefined || value === null || value === '') continue;
    const n = readScale(value, s.min, s.max);
    if (n === null) {
      issues.push(makeIssue('error', s.code, `\`${s.field}\` (${s.what}) should be a whole number from ${s.min} to ${s.max}; it is ${typeof value === 'number' ? 'another number' : kindOf(value)}.`, { field: s.field }));
      errors++;
    } else if (s.field === 'intensity') intensity = n;
    else weight = n;
  }

  const body = listField(rawBody, 'body', issues);
  const feelings = listField(rawFeelings, 'feelings', issues);
  const grounding = listField(rawGrounding, 'grounding', issues);

  if (errors > 0) return { glimmer: null, issues };

  const createdText = created as string;
  // Set one by one in the documented key order (cheaper than spreading temporary objects).
  const glimmer = { created: createdText, day: createdText.slice(0, 10) } as Glimmer;
  if (moment !== undefined) glimmer.moment = moment;
  glimmer.themes = themes;
  if (intensity !== undefined) glimmer.intensity = intensity;
  if (weight !== undefined) glimmer.weight = weight;
  glimmer.body = body;
  glimmer.feelings = feelings;
  glimmer.grounding = grounding;
  glimmer.extra = extra;
  glimmer.sections = [];
  return { glimmer, issues };
}

/** Reads `body`, `feelings` or `grounding`, with a warning when parts of it are left out. */
function listField(value: unknown, field: 'body' | 'feelings' | 'grounding', issues: Issue[]): string[] {
  const words = wordsOf(value);
  if (words !== null) return words;
  const list = readList(value);
  if (list === null || list.dropped > 0) {
    issues.push(makeIssue('warning', ISSUE_CODES.listInvalid, `\`${field}\` should be a list of short words or phrases; the parts that are not are left out.`, { field }));
  }
  return list?.items ?? [];
}
