/**
 * `editFrontmatter`: change some frontmatter keys and nothing else. Every other byte of the note
 * (comments, key order, quoting, blank lines, BOM, CRLF, the body) stays exactly as it was.
 */
import { isMap, isScalar, LineCounter, parseDocument, type Pair } from 'yaml';
import { deepEqual } from './deep-equal.ts';
import { ISSUE_CODES, makeIssue } from '../format/issue-codes.ts';
import { normalizeLoneCr, readFrontmatterObject } from '../frontmatter/read-frontmatter.ts';
import { changeSplice, lineStart, removalSpan, renderIndented, type Range, type Splice } from './pair-splice.ts';
import { splitFrontmatter } from '../frontmatter/split-frontmatter.ts';
import { utf8LongerThan } from '../format/utf8.ts';
import { isPlainObject } from '../format/validate.ts';
import { MAX_FILE_BYTES, MAX_FRONTMATTER_BYTES, YAML_PARSE_OPTIONS } from '../frontmatter/yaml-options.ts';
import type { Issue } from '../format/types.ts';

/** What {@link editFrontmatter} returns: the new text (or the input unchanged) and what went wrong. */
export interface EditResult {
  text: string;
  issues: Issue[];
}

/** Plain data YAML can write and read back: strings, numbers, booleans, null, lists and plain mappings. */
function isPlainData(value: unknown, depth = 0): boolean {
  if (depth > 64) return false;
  if (value === null || typeof value === 'string' || typeof value === 'boolean' || typeof value === 'number') return true;
  if (Array.isArray(value)) return value.every((v) => isPlainData(v, depth + 1));
  return isPlainObject(value) && Object.values(value).every((v) => isPlainData(v, depth + 1));
}

function unchanged(text: string, issue: Issue | Issue[]): EditResult {
  return { text, issues: Array.isArray(issue) ? issue : [issue] };
}

/**
 * Sets frontmatter keys (`undefined` deletes a key) and changes only the bytes of those keys.
 * Existing keys are rewritten in place (a trailing comment on the line stays); new keys are added at
 * the end of the frontmatter; a value equal to the current one is left as written.
 * The result is read back and checked before it is returned.
 *
 * Returns the input unchanged, byte for byte, when there are no changes, and unchanged with an
 * error when the note has no frontmatter (`frontmatter/missing`: it never creates one), when the
 * frontmatter has any error, when a value is not plain data, or when the check fails. Never throws.
 */
export function editFrontmatter(markdown: string, changes: Record<string, unknown>): EditResult {
  const text = typeof markdown === 'string' ? markdown : '';
  try {
    return editUnsafe(text, changes);
  } catch (error) {
    // The error's kind, never its message: that may quote the note.
    const kind = error instanceof Error ? error.name : typeof error;
    return unchanged(text, makeIssue('error', ISSUE_CODES.internalError, `The note was left unchanged (an error in Glimmers: ${kind}).`));
  }
}

function editUnsafe(text: string, changes: Record<string, unknown>): EditResult {
  if (!isPlainObject(changes)) return unchanged(text, makeIssue('error', ISSUE_CODES.editInvalidValue, 'The changes must be a set of keys and values.'));
  const keys = Object.keys(changes);
  if (keys.length === 0) return { text, issues: [] };
  for (const key of keys) {
    const value = changes[key];
    if (/[\r\n]/.test(key) || (value !== undefined && !isPlainData(value))) {
      return unchanged(text, makeIssue('error', ISSUE_CODES.editInvalidValue, `The new value of ${JSON.stringify(key)} cannot be written as frontmatter.`, { field: key }));
    }
  }
  const split = splitFrontmatter(text);
  if (split.raw === null) {
    return unchanged(text, makeIssue('error', ISSUE_CODES.frontmatterMissing, 'This note has no frontmatter (a --- block on the first line), so nothing was changed.'));
  }
  if (utf8LongerThan(text, MAX_FILE_BYTES)) return unchanged(text, makeIssue('error', ISSUE_CODES.fileTooLarge, 'This note is larger than 1 MiB, so it was left unchanged.'));
  const raw = split.raw;
  if (utf8LongerThan(raw, MAX_FRONTMATTER_BYTES)) {
    return unchanged(text, makeIssue('error', ISSUE_CODES.frontmatterTooLarge, 'The frontmatter is larger than 64 KiB, so it was left unchanged.', { line: split.frontmatterLine }));
  }
  const toFile = (issues: Issue[]): Issue[] => issues.map((i) => (i.line === undefined ? i : { ...i, line: i.line + split.frontmatterLine - 1 }));
  const before = readFrontmatterObject(raw);
  if (!before.ok) return unchanged(text, toFile(before.issues));
  const doc = parseDocument(normalizeLoneCr(raw), { ...YAML_PARSE_OPTIONS, lineCounter: new LineCounter() });
  const contents = doc.contents;
  if (doc.errors.length > 0 || (contents !== null && !isMap(contents))) {
    return unchanged(text, makeIssue('error', ISSUE_CODES.yamlSyntax, 'The frontmatter could not be read, so it was left unchanged.'));
  }
  if (contents !== null && contents.flow) {
    return unchanged(text, makeIssue('error', ISSUE_CODES.editUnsupported, 'The frontmatter is written as one { … } mapping; it was left unchanged.'));
  }
  const pairs = (contents?.items ?? []) as Pair[];
  const firstKey = pairs[0]?.key;
  const indent = isScalar(firstKey) && firstKey.range ? firstKey.range[0] - lineStart(raw, firstKey.range[0]) : 0;

  const splices: Splice[] = [];
  let appended = '';
  const intended: Record<string, unknown> = { ...before.data };
  for (const key of keys) {
    const value = changes[key];
    const pair = pairs.find((p) => isScalar(p.key) && String(p.key.value) === key);
    const had = Object.prototype.hasOwnProperty.call(before.data, key);
    if (value === undefined) delete intended[key];
    else Object.defineProperty(intended, key, { value, enumerable: true, writable: true, configurable: true });
    if (value !== undefined && had && deepEqual(before.data[key], value)) continue; // already so: leave its bytes alone
    if (pair === undefined || !isScalar(pair.key) || !pair.key.range) {
      if (value === undefined) continue; // deleting a key that is not there
      appended += renderIndented(key, value, indent, split.eol) + split.eol;
      continue;
    }
    const keyRange = pair.key.range;
    const valueRange = (pair.value as { range?: Range } | null)?.range;
    if (value === undefined) {
      const { from, to } = removalSpan(raw, keyRange[0], valueRange ? valueRange[1] : keyRange[1], indent);
      if (raw.slice(from, keyRange[0]).trim() !== '') return unchanged(text, makeIssue('error', ISSUE_CODES.editUnsupported, `The key ${JSON.stringify(key)} is written in a way that cannot be removed safely; the note was left unchanged.`, { field: key }));
      // The last pair has no line ending of its own (the one before the closing fence is not part of
      // the YAML text): take the one before it instead, so no blank line is left behind.
      const removeFrom = to === raw.length && !/[\r\n]$/.test(raw.slice(from, to)) && from > 0 ? from - (raw.slice(from - 2, from) === '\r\n' ? 2 : 1) : from;
      splices.push({ from: removeFrom, to, insert: '' });
    } else {
      splices.push(changeSplice(raw, key, value, keyRange, valueRange, indent, split.eol, pair.value));
    }
  }

  let newRaw = raw;
  for (const s of splices.sort((a, b) => b.from - a.from)) newRaw = newRaw.slice(0, s.from) + s.insert + newRaw.slice(s.to);
  // The YAML text is followed by one line ending and the closing fence; new keys go right before the fence.
  const head = text.slice(0, split.contentStart);
  const tail = text.slice(split.contentStart + raw.length, split.contentEnd);
  // When every key is removed, the line ending that ended the last one goes too: `---` then `---`.
  const next = head + newRaw + (newRaw === '' && raw !== '' ? '' : tail) + appended + text.slice(split.contentEnd);
  if (next === text) return { text, issues: [] };
  return verify(text, next, split.bodyStart, intended);
}

/** Reads the edited note back: the same body, and exactly the intended data, or the input unchanged. */
function verify(text: string, next: string, bodyStart: number, intended: Record<string, unknown>): EditResult {
  const failed = unchanged(text, makeIssue('error', ISSUE_CODES.editVerifyFailed, 'The change could not be written without touching other parts of the note; it was left unchanged.'));
  const split = splitFrontmatter(next);
  if (split.raw === null || next.slice(split.bodyStart) !== text.slice(bodyStart) || next.slice(0, 1) !== text.slice(0, 1)) return failed;
  const after = readFrontmatterObject(split.raw);
  if (!after.ok || !deepEqual(after.data, intended)) return failed;
  return { text: next, issues: [] };
}
