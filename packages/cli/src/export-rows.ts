/**
 * The rows of `glimmer export`: which fields exist, how dates are coarsened, and how a row is
 * written as CSV (escaped, and safe to open in a spreadsheet) or JSON. De-identification starts
 * here: by default a row holds no file name, no exact date and no note text.
 */
import { STANDARD_SECTIONS, coarsenDay, sectionText } from '@glimmers/core';
import type { DatePrecision, Glimmer } from '@glimmers/core';
import { CliError } from './errors.ts';

/** Frontmatter fields, safe by default. */
export const DEFAULT_FIELDS = ['date', 'moment', 'themes', 'intensity', 'weight', 'body', 'feelings', 'grounding'] as const;

/** Fields holding note text or names; only exported when asked for with `--fields`. */
export const TEXT_FIELDS = ['title', 'witnessed', 'felt', 'remember', 'carrying', 'basics'] as const;

/** Every field `--fields` accepts. `created` and `path` are exact: they are never on by default. */
export const ALL_FIELDS: readonly string[] = [...DEFAULT_FIELDS, 'created', 'path', 'tags', ...TEXT_FIELDS];

/** The section each text field reads, by its standard heading. */
const SECTION_OF: Record<string, string> = {
  witnessed: STANDARD_SECTIONS[0] ?? '',
  felt: STANDARD_SECTIONS[1] ?? '',
  remember: STANDARD_SECTIONS[2] ?? '',
  carrying: STANDARD_SECTIONS[3] ?? '',
  basics: STANDARD_SECTIONS[4] ?? '',
};

/** Checks `--fields` and `--dates`. */
export function readFieldList(raw: string[] | undefined): string[] {
  if (raw === undefined || raw.length === 0) return [...DEFAULT_FIELDS];
  for (const field of raw) {
    if (!ALL_FIELDS.includes(field)) throw new CliError(`export: unknown field "${field}"; fields are ${ALL_FIELDS.join(', ')}`);
  }
  return [...new Set(raw)];
}

export function readPrecision(raw: string | undefined): DatePrecision {
  const value = raw ?? 'week';
  if (value !== 'week' && value !== 'month' && value !== 'day') throw new CliError(`export: --dates must be week, month or day, not "${value}"`);
  return value;
}

/** Whether any field needs the note body (so the scan must read sections). */
export function needsSections(fields: readonly string[]): boolean {
  return fields.some((f) => (TEXT_FIELDS as readonly string[]).includes(f));
}

/** One glimmer as a row of the chosen fields (lists stay lists; missing numbers are `null`). */
export function exportRow(path: string, glimmer: Glimmer, fields: readonly string[], precision: DatePrecision): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  for (const field of fields) {
    switch (field) {
      case 'date': row.date = coarsenDay(glimmer.day, precision); break;
      case 'created': row.created = glimmer.created; break;
      case 'path': row.path = path; break;
      case 'moment': row.moment = glimmer.moment ?? null; break;
      case 'themes': row.themes = glimmer.themes; break;
      case 'intensity': row.intensity = glimmer.intensity ?? null; break;
      case 'weight': row.weight = glimmer.weight ?? null; break;
      case 'body': row.body = glimmer.body; break;
      case 'feelings': row.feelings = glimmer.feelings; break;
      case 'grounding': row.grounding = glimmer.grounding; break;
      case 'tags': {
        const tags = glimmer.extra.tags;
        row.tags = Array.isArray(tags) ? tags.map(String) : typeof tags === 'string' ? [tags] : [];
        break;
      }
      case 'title': row.title = glimmer.title ?? null; break;
      default: row[field] = sectionText(glimmer, SECTION_OF[field] ?? field);
    }
  }
  return row;
}

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, quote or line break; quotes doubled.
 * A text cell that a spreadsheet would run as a formula (starting with = + - @, tab or carriage
 * return) gets a leading `'`, so opening the export can never run anything.
 */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = Array.isArray(value) ? value.map(String).join('; ') : String(value);
  if (typeof value !== 'number' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The whole CSV: a header row and one row per glimmer, CRLF line ends as RFC 4180 says. */
export function toCsv(rows: readonly Record<string, unknown>[], fields: readonly string[]): string {
  const lines = [fields.map(csvCell).join(',')];
  for (const row of rows) lines.push(fields.map((f) => csvCell(row[f])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
