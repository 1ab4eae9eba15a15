/**
 * The ONE place where frontmatter text becomes a JavaScript object. Everything that reads
 * frontmatter goes through {@link readFrontmatterObject}, so a faster reader for the common case
 * can be put in front of `yaml` here without changing any rule.
 */
import { LineCounter, parseDocument, isCollection, isMap, isScalar, type YAMLError } from 'yaml';
import { scanFrontmatter } from './fast-frontmatter.ts';
import { yamlProblemWords } from './yaml-messages.ts';
import { ISSUE_CODES, makeIssue, type IssueCode } from '../format/issue-codes.ts';
import { YAML_PARSE_OPTIONS, YAML_TOJS_OPTIONS } from './yaml-options.ts';
import type { Issue } from '../format/types.ts';

/** What reading a frontmatter block gives. Lines are 1-based lines of the YAML text itself. */
export type FrontmatterRead =
  | {
      ok: true;
      /** The mapping; `{}` for an empty block or one holding only comments. */
      data: Record<string, unknown>;
      /** For each top-level key, the 1-based line (in the YAML text) where it is written, when known. */
      keyLines: Record<string, number>;
      /** Warnings from the YAML reader (e.g. unknown tags); the data is still usable. */
      warnings: Issue[];
    }
  | {
      ok: false;
      /** Errors; `line`/`column` are relative to the YAML text (line 1 = first YAML line). */
      issues: Issue[];
    };

function yamlErrorCode(error: YAMLError): IssueCode {
  if (error.code === 'DUPLICATE_KEY') return ISSUE_CODES.yamlDuplicateKey;
  if (error.code === 'TAB_AS_INDENT') return ISSUE_CODES.yamlTabIndent;
  return ISSUE_CODES.yamlSyntax;
}

function yamlIssue(error: YAMLError, severity: 'error' | 'warning'): Issue {
  const pos = error.linePos?.[0];
  // Our words for the reader's code: its own message may quote the note (an alias, a tag, a line).
  const code = severity === 'warning' ? ISSUE_CODES.yamlWarning : yamlErrorCode(error);
  const words = yamlProblemWords(error.code);
  const message = severity === 'warning' ? `The frontmatter has something odd: ${words}.` : `The frontmatter is not valid YAML: ${words}.`;
  return makeIssue(severity, code, message, pos ? { line: pos.line, column: pos.col } : {});
}

/**
 * YAML and Markdown both count a lone `\r` as a line break, but the `yaml` reader does not: turn
 * each lone `\r` into `\n`. One character for one, so every offset stays valid.
 */
export function normalizeLoneCr(text: string): string {
  return text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
}

/**
 * Reads a frontmatter block (the text between the `---` fences) into an object with the format's
 * YAML rules: YAML 1.2 core schema, duplicate keys are errors, alias expansion capped, and the root
 * must be a mapping. Never throws.
 */
export function readFrontmatterObject(raw: string): FrontmatterRead {
  // Fast path for the simple shape (flat keys, simple scalars and lists): the same data `yaml` gives,
  // about ten times sooner. Anything it is not sure of, and every error, is left to `yaml` below.
  const fast = scanFrontmatter(raw);
  if (fast.ok) return { ok: true, data: fast.data ?? {}, keyLines: fast.keyLines, warnings: [] };
  try {
    const lineCounter = new LineCounter();
    const doc = parseDocument(normalizeLoneCr(raw), { ...YAML_PARSE_OPTIONS, lineCounter });
    if (doc.errors.length > 0) return { ok: false, issues: doc.errors.map((e) => yamlIssue(e, 'error')) };
    const contents = doc.contents;
    if (contents === null) {
      return { ok: true, data: {}, keyLines: {}, warnings: [] };
    }
    if (!isMap(contents)) {
      const pos = contents.range ? lineCounter.linePos(contents.range[0]) : undefined;
      return {
        ok: false,
        issues: [makeIssue('error', ISSUE_CODES.yamlNotAMapping, 'The frontmatter must be a list of "key: value" lines.', pos ? { line: pos.line, column: pos.col } : {})],
      };
    }
    let data: unknown;
    try {
      data = doc.toJS(YAML_TOJS_OPTIONS);
    } catch (error) {
      if (error instanceof ReferenceError && /excessive alias/i.test(error.message)) {
        return { ok: false, issues: [makeIssue('error', ISSUE_CODES.yamlAliasLimit, 'The frontmatter repeats aliases (*name) too many times to read safely.')] };
      }
      if (error instanceof ReferenceError && /alias/i.test(error.message)) {
        return { ok: false, issues: [makeIssue('error', ISSUE_CODES.yamlSyntax, `The frontmatter is not valid YAML: ${yamlProblemWords('BAD_ALIAS')}.`)] };
      }
      throw error;
    }
    const keyLines: Record<string, number> = Object.create(null) as Record<string, number>;
    const warnings = doc.warnings.map((w) => yamlIssue(w, 'warning'));
    for (const pair of contents.items) {
      if (isScalar(pair.key) && pair.key.range) keyLines[String(pair.key.value)] = lineCounter.linePos(pair.key.range[0]).line;
      else if (isCollection(pair.key)) {
        // `? [a, b]`: read as the text of the list (as Obsidian does), and said so without quoting it.
        const pos = pair.key.range ? lineCounter.linePos(pair.key.range[0]) : undefined;
        warnings.push(makeIssue('warning', ISSUE_CODES.yamlWarning, `The frontmatter has something odd: ${yamlProblemWords('NON_STRING_KEY')}; it is read as text.`, pos ? { line: pos.line, column: pos.col } : {}));
      }
    }
    return { ok: true, data: data as Record<string, unknown>, keyLines, warnings };
  } catch (error) {
    // Deeply nested input can exhaust the stack inside the YAML reader: an error for the note, never
    // a crash. (Not the exception's message: it may quote the note.)
    const why = error instanceof RangeError ? 'it is nested too deeply to read' : 'it cannot be read';
    return { ok: false, issues: [makeIssue('error', ISSUE_CODES.yamlSyntax, `The frontmatter is not valid YAML: ${why}.`)] };
  }
}
