/**
 * The free text of `glimmer export --format csv|json`, and what the command says about it. A
 * glimmer's moment, themes, body, feelings, grounding and tags are words the person typed, so they may
 * name a client as easily as a section does: every such word (and every line of a title or section
 * asked for with `--fields`) passes core's identifier check first, the one the digest uses, and what
 * it flags is left out and counted, unless `--include-flagged` (or the note is marked
 * `privacy-reviewed: true`). The message then says exactly which free text leaves the vault.
 */
import { glimmerReviewed, leftOutSentence, type DatePrecision, type DigestFilter, type Glimmer, type LeftOut } from '@glimmers/core';
import { TEXT_FIELDS } from './export-rows.ts';

/** Fields holding free-text words, checked word by word (a list's items, or the one moment). */
const WORD_FIELDS = ['moment', 'themes', 'body', 'feelings', 'grounding', 'tags'] as const;

/** Fields holding lines of the note (the title and the sections), checked line by line. */
const LINE_FIELDS = TEXT_FIELDS;

const has = (list: readonly string[], field: string): boolean => list.includes(field);

/** Whether any of `fields` holds free text (so the identifier check, and its name library, are needed). */
export function hasFreeText(fields: readonly string[]): boolean {
  return fields.some((f) => has(WORD_FIELDS, f) || has(LINE_FIELDS, f));
}

/**
 * Leaves out of `row` (one export row of `glimmer`) every free-text word and line the check flags.
 * `filter` is shared by the whole export, so it counts what was left out.
 */
export function checkRowText(row: Record<string, unknown>, glimmer: Glimmer, filter: DigestFilter): void {
  const reviewed = glimmerReviewed(glimmer);
  const ok = (word: string): boolean => reviewed || filter.word(word);
  for (const field of WORD_FIELDS) {
    const value = row[field];
    if (Array.isArray(value)) row[field] = value.filter((item) => ok(String(item)));
    else if (typeof value === 'string' && !ok(value)) row[field] = null;
  }
  for (const field of LINE_FIELDS) {
    const value = row[field];
    if (typeof value !== 'string' || value === '') continue;
    const kept = filter.lines(glimmer, value).join('\n');
    row[field] = field === 'title' && kept.trim() === '' ? null : kept;
  }
}

/** "a, b and c". */
function andList(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** What the check did, in the words of the message: "after the identifier check (5 left out ...)". */
function checkWords(leftOut: LeftOut, includeFlagged: boolean): string {
  if (includeFlagged) return 'flagged words included (--include-flagged)';
  const left = leftOut.lines + leftOut.words;
  return `after the identifier check${left > 0 ? ` (${left} left out as possibly identifying; --include-flagged keeps them)` : ''}`;
}

/**
 * What a CSV or JSON export carries, for its one stderr line: the fields, exactly which free text
 * (and how it was checked), and whether file names or exact dates are in it.
 */
export function exportContents(rows: number, fields: readonly string[], precision: DatePrecision, leftOut: LeftOut, includeFlagged: boolean): string {
  const columns = fields.map((f) => (f === 'date' ? `date (by ${precision})` : f)).join(', ');
  const words = WORD_FIELDS.filter((f) => has(fields, f));
  const sections = LINE_FIELDS.filter((f) => f !== 'title' && has(fields, f));
  const free = [
    ...(words.length > 0 ? [`the ${andList(words)} words as written`] : []),
    ...(has(fields, 'title') ? ['titles'] : []),
    ...(sections.length > 0 ? [`the ${andList(sections)} ${sections.length === 1 ? 'section' : 'sections'}, line by line`] : []),
  ];
  const text = free.length > 0 ? `free text: ${free.join(', ')}, ${checkWords(leftOut, includeFlagged)}` : 'no free text';
  const exact = [
    ...(has(fields, 'path') ? ['file names (path)'] : []),
    ...(has(fields, 'created') ? ['exact times (created)'] : []),
    ...(precision === 'day' && has(fields, 'date') ? ['exact days (--dates day)'] : []),
  ];
  const identifying = exact.length > 0 ? `${andList(exact)}, which may identify people: check before sharing` : 'no file names and no exact dates';
  return `${rows} ${rows === 1 ? 'row' : 'rows'} with ${columns}; ${text}; ${identifying}`;
}

/** The stderr line for an export on stdout that left something out, or `''` when nothing was. */
export function leftOutNotice(leftOut: LeftOut): string {
  return leftOutSentence(leftOut, 'run glimmer lint to review them, or add --include-flagged to keep them');
}

/** What a digest carries, for its one stderr line: the figures, exactly which free text, and how it was checked. */
export function digestContents(precision: DatePrecision, omit: readonly string[], remember: number, leftOut: LeftOut, includeFlagged: boolean): string {
  const shows = (part: string): boolean => !omit.includes(part);
  const means = ['intensity', 'weight'].filter(shows);
  const words = ['themes', 'moment', 'body', 'feelings', 'grounding'].filter(shows);
  const free = [
    ...(words.length > 0 ? [`the ${andList(words)} words`] : []),
    ...(remember > 0 && shows('remember') ? [`up to ${remember} "What I want to remember" quotes`] : []),
  ];
  const text = free.length > 0 ? `free text: ${free.join(', and ')}, ${checkWords(leftOut, includeFlagged)}` : 'no free text';
  return `counts${means.length > 0 ? ` and mean ${andList(means)}` : ''} by ${precision}; ${text}; no file names, titles or other sections`;
}
