/**
 * The stable issue codes of the glimmer format v1 (documented in `docs/format.md`).
 * Codes never change meaning; messages may be reworded.
 */
import type { Issue, Severity } from './types.ts';

/** Every issue code core reports, by name. */
export const ISSUE_CODES = Object.freeze({
  fileTooLarge: 'file/too-large',
  frontmatterTooLarge: 'frontmatter/too-large',
  frontmatterMissing: 'frontmatter/missing',
  frontmatterNotAtStart: 'frontmatter/not-at-start',
  frontmatterUnclosed: 'frontmatter/unclosed',
  yamlSyntax: 'yaml/syntax',
  yamlDuplicateKey: 'yaml/duplicate-key',
  yamlTabIndent: 'yaml/tab-indent',
  yamlAliasLimit: 'yaml/alias-limit',
  yamlNotAMapping: 'yaml/not-a-mapping',
  yamlWarning: 'yaml/warning',
  createdMissing: 'created/missing',
  createdInvalid: 'created/invalid',
  momentUnknown: 'moment/unknown',
  momentInvalid: 'moment/invalid',
  themesUnknown: 'themes/unknown',
  themesInvalid: 'themes/invalid',
  intensityInvalid: 'intensity/invalid',
  weightInvalid: 'weight/invalid',
  listInvalid: 'list/invalid',
  bodyTooNested: 'body/too-nested',
  bodyTooLong: 'body/too-long',
  titleNotOneLine: 'title/not-one-line',
  editInvalidValue: 'edit/invalid-value',
  editUnsupported: 'edit/unsupported',
  editVerifyFailed: 'edit/verify-failed',
  internalError: 'internal/error',
} as const);

/** One of the stable issue codes. */
export type IssueCode = (typeof ISSUE_CODES)[keyof typeof ISSUE_CODES];

/** Builds an issue, leaving out position fields that are not known (absent, not `undefined`). */
export function makeIssue(
  severity: Severity,
  code: IssueCode,
  message: string,
  where: { field?: string; line?: number; column?: number } = {},
): Issue {
  const issue: Issue = { severity, code, message };
  if (where.field !== undefined) issue.field = where.field;
  if (where.line !== undefined) issue.line = where.line;
  if (where.column !== undefined) issue.column = where.column;
  return issue;
}
