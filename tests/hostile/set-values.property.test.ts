// Item 1 of issue #17, as a property: for any typed value, `glimmer set`'s reading of it
// (core's readTypedValue) and the edit give back exactly what was typed, or a documented form
// of it, or a one-line refusal; plain text is never refused and never changed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editFrontmatter, parseGlimmer, readTypedValue } from '@glimmers/core';
import { hostileText } from './support/generate.ts';

const NOTE = '---\ntitle: hello # a comment\nother: 1\n---\nbody\n';
const KEYS = ['title', 'themes', 'intensity', 'rating'];

/** The documented reasons to refuse, as a reader of docs/cli.md would check them. */
function mayBeRefused(typed: string): boolean {
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/.test(typed)) return true;
  if (/[\ud800-\udfff]/.test(typed) && !/^(?:[^\ud800-\udfff]|[\ud800-\udbff][\udc00-\udfff])*$/.test(typed)) return true;
  if (/^(?:null|Null|NULL|~|True|TRUE|False|FALSE)$/.test(typed)) return true;
  return /^["'[]/.test(typed);
}

describe('a typed key=value', () => {
  it('is written as exactly the typed text, a documented form of it, or refused in one line', () => {
    fc.assert(
      fc.property(fc.constantFrom(...KEYS), hostileText, (key, typed) => {
        const read = readTypedValue(key, typed);
        if (!read.ok) {
          expect(mayBeRefused(typed), `refused ${JSON.stringify(typed)}: ${read.message}`).toBe(true);
          expect(read.message).not.toMatch(/[\r\n]/);
          expect(read.message.startsWith(`${key}: `)).toBe(true);
          return;
        }
        const value = read.value;
        if (value === undefined) {
          expect(typed).toBe('');
          return;
        }
        if (typeof value === 'string') {
          expect(value === typed || (typed.startsWith('"') && JSON.parse(typed) === value) || (typed.startsWith('[[') && value === typed)).toBe(true);
        } else if (Array.isArray(value)) {
          expect(typed.startsWith('[')).toBe(true);
        } else {
          expect(String(value)).toBe(typed);
        }
        const edited = editFrontmatter(NOTE, { [key]: value });
        expect(edited.issues).toEqual([]);
        const data = parseGlimmer(edited.text, { sections: false }).frontmatter ?? {};
        expect(data[key]).toEqual(value);
        expect(data.other).toBe(1);
        // Only the edited key's bytes changed: the comment on title's line stays either way.
        expect(edited.text).toContain(' # a comment\n');
        expect(edited.text.endsWith('\nother: 1\n---\nbody\n') || edited.text.includes(`\nother: 1\n${key}:`)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('plain text (no quotes or [ first, one line, not a YAML null or capitalised boolean) is always kept', () => {
    fc.assert(
      fc.property(hostileText.filter((t) => t !== '' && !mayBeRefused(t)), (typed) => {
        const read = readTypedValue('title', typed);
        expect(read.ok).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
