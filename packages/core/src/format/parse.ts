/**
 * `parseGlimmer`: from any string to a {@link ParseResult}, never throwing.
 */
import { ISSUE_CODES, makeIssue } from './issue-codes.ts';
import { readFrontmatterObject } from '../frontmatter/read-frontmatter.ts';
import { outlineBody, outlineObstacle } from './outline.ts';
import { fenceEnd, splitFrontmatter } from '../frontmatter/split-frontmatter.ts';
import { utf8LongerThan } from './utf8.ts';
import { validateFrontmatter, type ValidateOptions } from './validate.ts';
import { MAX_FILE_BYTES, MAX_FRONTMATTER_BYTES } from '../frontmatter/yaml-options.ts';
import type { Issue, ParseResult } from './types.ts';

/** Options for {@link parseGlimmer}. */
export interface ParseOptions extends ValidateOptions {
  /**
   * Read the body's `# Title` and `##` sections (default `true`). `false` skips the Markdown
   * parse entirely, for fast scans that only need the frontmatter.
   */
  sections?: boolean;
}

// A line that says `type: glimmer` (quoted or not, maybe with a comment): the mark of a note that
// means to be a glimmer even when the YAML around it is broken.
const TYPE_LINE = /^[ \t]*type[ \t]*:[ \t]*(["']?)glimmer\1[ \t]*(?:#.*)?$/m;

/** Whether a (possibly broken) frontmatter text has a `type: glimmer` line. */
export function hasGlimmerTypeLine(text: string): boolean {
  return TYPE_LINE.test(text);
}

/**
 * Whether the start of a note (as much of it as could be read) means to be a glimmer: a `---`
 * block from line 1, closed or not, with a `type: glimmer` line (quoted or not, indented or not,
 * maybe with a comment), the same line {@link parseGlimmer} looks for. For files that are not read
 * as notes (over 1 MiB, not UTF-8), so that a broken glimmer is reported and a plain note stays quiet.
 *
 * @example
 * startsLikeGlimmer('---\n  type: glimmer\ncreated: 2026-03-03\n'); // true (cut off before the closing fence)
 */
export function startsLikeGlimmer(head: string): boolean {
  const text = typeof head === 'string' ? head : '';
  const split = splitFrontmatter(text);
  if (split.raw !== null) return hasGlimmerTypeLine(split.raw);
  const open = fenceEnd(text, split.bom.length);
  // No closing fence in what was read: the block runs to its end.
  return open >= 0 && hasGlimmerTypeLine(text.slice(open, open + MAX_FRONTMATTER_BYTES));
}

/** Moves issue positions from "line in the YAML text" to "line in the file". */
function toFileLines(issues: Issue[], frontmatterLine: number): Issue[] {
  return issues.map((issue) => (issue.line === undefined ? issue : { ...issue, line: issue.line + frontmatterLine - 1 }));
}

/**
 * When a note has no frontmatter by the rules but looks like it tried (a `---` block that is
 * unclosed, or that starts after blank lines) and that block says `type: glimmer`, returns the
 * error to show; otherwise `null`. Only the first 64 KiB are looked at.
 */
function brokenFenceIssue(text: string, start: number): Issue | null {
  const head = text.slice(start, start + MAX_FRONTMATTER_BYTES);
  const m = /^(?:[ \t]*(?:\r\n|\r|\n))*/.exec(head);
  const lead = m ? m[0].length : 0;
  const open = fenceEnd(head, lead);
  if (open < 0) return null;
  // The would-be frontmatter: up to the next fence line, or to the end of the looked-at text.
  const rest = head.slice(open);
  const closeMatch = /(?:\r\n|\r|\n)---[ \t]*(?:\r\n|\r|\n|$)/.exec(rest);
  const block = closeMatch ? rest.slice(0, closeMatch.index) : rest;
  if (!hasGlimmerTypeLine(block)) return null;
  if (lead > 0) {
    return makeIssue('error', ISSUE_CODES.frontmatterNotAtStart, 'The frontmatter must start on the very first line: remove the blank lines before the opening ---.', { line: 1 });
  }
  return closeMatch
    ? null
    : makeIssue('error', ISSUE_CODES.frontmatterUnclosed, 'The frontmatter has no closing --- line.', { line: 1 });
}

function result(partial: Partial<ParseResult> & Pick<ParseResult, 'body'>): ParseResult {
  return { glimmer: null, frontmatter: null, attempted: false, sections: [], issues: [], ...partial };
}

function parseUnsafe(markdown: string, options: ParseOptions): ParseResult {
  const split = splitFrontmatter(markdown);
  const body = markdown.slice(split.bodyStart);
  if (split.raw === null) {
    const issue = brokenFenceIssue(markdown, split.bom.length);
    return issue ? result({ body, attempted: true, issues: [issue] }) : result({ body });
  }
  const raw = split.raw;
  if (utf8LongerThan(markdown, MAX_FILE_BYTES)) {
    return hasGlimmerTypeLine(raw)
      ? result({ body, attempted: true, issues: [makeIssue('error', ISSUE_CODES.fileTooLarge, 'This note is larger than 1 MiB, so it was not read as a glimmer.')] })
      : result({ body });
  }
  if (utf8LongerThan(raw, MAX_FRONTMATTER_BYTES)) {
    return hasGlimmerTypeLine(raw)
      ? result({ body, attempted: true, issues: [makeIssue('error', ISSUE_CODES.frontmatterTooLarge, 'The frontmatter is larger than 64 KiB, so it was not read.', { line: split.frontmatterLine })] })
      : result({ body });
  }
  const read = readFrontmatterObject(raw);
  if (!read.ok) {
    return hasGlimmerTypeLine(raw)
      ? result({ body, attempted: true, issues: toFileLines(read.issues, split.frontmatterLine) })
      : result({ body });
  }
  const frontmatter = read.data;
  const attempted = frontmatter['type'] === 'glimmer';
  if (!attempted) return result({ body, frontmatter });

  const validation = validateFrontmatter(frontmatter, options);
  const issues = toFileLines(read.warnings, split.frontmatterLine);
  // The validation's issues are fresh objects of this call: give them their line in place (a copy
  // each was as much memory again, for a note with thousands of unknown themes).
  for (const issue of validation.issues) {
    const keyLine = issue.field === undefined ? undefined : read.keyLines[issue.field];
    if (keyLine !== undefined) issue.line = keyLine + split.frontmatterLine - 1;
    issues.push(issue);
  }
  let sections: ParseResult['sections'] = [];
  let title: string | undefined;
  if (options.sections !== false) {
    const whole = markdown.slice(split.bom.length);
    let outlined = false;
    const obstacle = outlineObstacle(body);
    if (obstacle === null) {
      try {
        const outline = outlineBody(whole);
        sections = outline.sections;
        title = outline.title;
        outlined = true;
      } catch {
        // Nesting deep enough to exhaust the stack: only the outline is lost.
      }
    }
    if (obstacle === 'too-long') {
      issues.push(makeIssue('warning', ISSUE_CODES.bodyTooLong, 'The note is too long (lines, list items or headings) to read its title and sections quickly; the glimmer itself is fine.', { line: split.bodyLine }));
    } else if (!outlined) {
      issues.push(makeIssue('warning', ISSUE_CODES.bodyTooNested, 'The note is nested too deeply (lists or quotes) to read its title and sections; the glimmer itself is fine.', { line: split.bodyLine }));
    }
  }
  const glimmer = validation.glimmer;
  if (glimmer !== null) {
    glimmer.sections = sections;
    if (title !== undefined) glimmer.title = title;
  }
  return result({ glimmer, frontmatter, attempted, body, sections, issues });
}

/**
 * Reads a note. A note is a glimmer when its frontmatter starts on line 1 and says `type: glimmer`
 * and it has no errors. Plain notes give `attempted: false` and no issues. A note that means to be a
 * glimmer but cannot be read (broken YAML, too large, bad `created`…) gives `attempted: true`,
 * `glimmer: null` and the errors, with `line`/`column` in the file. Never throws, on any string.
 */
export function parseGlimmer(markdown: string, options: ParseOptions = {}): ParseResult {
  const text = typeof markdown === 'string' ? markdown : '';
  try {
    return parseUnsafe(text, options ?? {});
  } catch (error) {
    // The error's kind, never its message: that may quote the note.
    const kind = error instanceof Error ? error.name : typeof error;
    return result({ body: text, issues: [makeIssue('error', ISSUE_CODES.internalError, `This note could not be read (an error in Glimmers: ${kind}).`)] });
  }
}

/**
 * A cheap, sound pre-check for scanning many files: `false` means the note cannot be a glimmer or
 * an attempted glimmer, so `parseGlimmer` would report a plain note with no issues. Every way YAML
 * can spell `type: glimmer` (plain, quoted, tagged, folded, anchored) contains the word `glimmer`,
 * except a double-quoted string with escapes, which contains a backslash. `true` means "parse it".
 *
 * @example
 * couldBeGlimmer('---\ntitle: Groceries\n---\n'); // false: skip the parse
 */
export function couldBeGlimmer(markdown: string): boolean {
  return markdown.includes('glimmer') || markdown.includes('\\');
}
