/**
 * `privacyIssues`: the identifier scan as lint warnings (`privacy/<category>`), for `glimmer lint` and
 * anything else that reports {@link Issue}s. A note with `privacy-reviewed: true` is skipped.
 */
import { splitFrontmatter } from '../frontmatter/split-frontmatter.ts';
import type { Issue, ParseResult } from '../format/types.ts';
import { scanForIdentifiers, type ScanOptions } from './scan.ts';
import type { IdentifierFinding, PrivacyCategory } from './types.ts';

/** The frontmatter key that dismisses the privacy warnings of one note, once its writer has checked it. */
export const PRIVACY_REVIEWED_KEY = 'privacy-reviewed';

/** The issue code of a category's warning, e.g. `privacy/phone`. */
export function privacyIssueCode(category: PrivacyCategory): `privacy/${PrivacyCategory}` {
  return `privacy/${category}`;
}

/** Options for {@link privacyIssues}. */
export interface PrivacyIssueOptions extends ScanOptions {
  /** The whole note as read from disk. With it, issues carry file lines and columns and frontmatter values are scanned too. */
  source?: string;
}

/** True when the note's frontmatter says `privacy-reviewed: true` (the YAML boolean, not the string). */
export function isPrivacyReviewed(frontmatter: Record<string, unknown> | null): boolean {
  return frontmatter !== null && frontmatter[PRIVACY_REVIEWED_KEY] === true;
}

// Keys whose values are the note's own structure, never a client's details.
const STRUCTURAL_KEYS = new Set(['type', 'created', 'moment', 'intensity', 'weight', PRIVACY_REVIEWED_KEY, 'template', 'cssclasses', 'aliases']);
const KEY_LINE = /^([^\s#:'"][^:]*?)[ \t]*:(?:[ \t]|$)/;

/** 1-based lines and columns of ascending UTF-16 offsets, in one pass over the text. */
function positions(text: string, offsets: number[]): { line: number; column: number }[] {
  const out: { line: number; column: number }[] = [];
  let line = 1;
  let lineStart = 0;
  let i = 0;
  for (const offset of offsets) {
    for (; i < offset; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) {
        line++;
        lineStart = i + 1;
      }
    }
    out.push({ line, column: offset - lineStart + 1 });
  }
  return out;
}

function toIssue(finding: IdentifierFinding, where: { field?: string; line?: number; column?: number }): Issue {
  return { severity: 'warning', code: privacyIssueCode(finding.category), message: finding.message, ...where };
}

/** Findings in the frontmatter's values, skipping structural keys and values that are just a date. */
function frontmatterFindings(source: string, options: ScanOptions): { finding: IdentifierFinding; offset: number; field: string }[] {
  const split = splitFrontmatter(source);
  if (split.raw === null) return [];
  const out: { finding: IdentifierFinding; offset: number; field: string }[] = [];
  let key = '';
  const lines = /([^\r\n]*)(\r\n|\r|\n|$)/g;
  let m: RegExpExecArray | null;
  while ((m = lines.exec(split.raw)) !== null) {
    const line = m[1] ?? '';
    const lineStart = split.contentStart + m.index;
    const keyMatch = KEY_LINE.exec(line);
    if (keyMatch && !/^\s/.test(line)) key = (keyMatch[1] ?? '').trim();
    if (key !== '' && !STRUCTURAL_KEYS.has(key)) {
      // Scan the value part only (after "key:"), so a key name itself is never flagged.
      const valueFrom = keyMatch && !/^\s/.test(line) ? keyMatch[0].length : 0;
      const value = line.slice(valueFrom);
      const bare = value.replace(/^[\s-]*/, '').replace(/^["']|["']\s*$/g, '').trim();
      for (const finding of scanForIdentifiers(value, options)) {
        if (finding.category === 'date' && finding.excerpt === bare) continue;
        out.push({ finding, offset: lineStart + valueFrom + finding.start, field: key });
      }
    }
    if ((m[2] ?? '') === '') break;
  }
  return out;
}

/** A finding located in a whole note: `start`/`end` are UTF-16 offsets into the file text, `line`/`column` 1-based. */
export interface NoteFinding extends IdentifierFinding {
  /** The frontmatter key the finding is in; absent for the body. */
  field?: string;
  line: number;
  column: number;
}

/**
 * The identifier findings of one whole note (`source`, as read from disk), in file order: the body,
 * and the frontmatter values (not `type`, `created`, `moment`, `intensity` or `weight`, nor a value
 * that is only a date). Nothing for a note marked `privacy-reviewed: true`. Offsets are into `source`,
 * so an editor can select the text.
 */
export function findIdentifiersInNote(parsed: ParseResult, source: string, options: ScanOptions = {}): NoteFinding[] {
  if (isPrivacyReviewed(parsed.frontmatter) || !source.endsWith(parsed.body)) return [];
  const bodyStart = source.length - parsed.body.length;
  const located = [
    ...frontmatterFindings(source, options),
    ...scanForIdentifiers(parsed.body, options).map((finding) => ({ finding, offset: bodyStart + finding.start, field: undefined })),
  ];
  located.sort((a, b) => a.offset - b.offset);
  const where = positions(source, located.map((l) => l.offset));
  return located.map(({ finding, offset, field }, i) => ({
    ...finding,
    start: offset,
    end: offset + (finding.end - finding.start),
    ...(field !== undefined ? { field } : {}),
    line: where[i]?.line ?? 1,
    column: where[i]?.column ?? 1,
  }));
}

/**
 * The identifier scan of one parsed note as warnings with codes `privacy/<category>` (see
 * `docs/privacy.md`), in file order. With `options.source` (the whole note), issues carry lines and
 * columns and frontmatter values are scanned too (see {@link findIdentifiersInNote}); without it,
 * only the body is scanned. Returns nothing for a note marked `privacy-reviewed: true`.
 * Messages never repeat the found text.
 */
export function privacyIssues(parsed: ParseResult, options: PrivacyIssueOptions = {}): Issue[] {
  if (isPrivacyReviewed(parsed.frontmatter)) return [];
  const { source, ...scanOptions } = options;
  if (source === undefined || !source.endsWith(parsed.body)) {
    return scanForIdentifiers(parsed.body, scanOptions).map((f) => toIssue(f, {}));
  }
  return findIdentifiersInNote(parsed, source, scanOptions).map((f) =>
    toIssue(f, { ...(f.field !== undefined ? { field: f.field } : {}), line: f.line, column: f.column }),
  );
}
