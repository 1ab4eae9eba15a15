/**
 * Fixture runner: every folder in tests/fixtures/<case>/ holds a note (`input.md`, or
 * `generate.json` for notes too big to commit) and `expected.json`: what `parseGlimmer` must
 * find (glimmer, frontmatter, attempted, sections, issues without their wording). A folder with
 * `edit.json` (`{ changes, delete }`) also pins what `editFrontmatter` does: `edited.md` holds the
 * exact expected bytes.
 *
 * `UPDATE=1 npx vitest run --project core tests/core/fixtures.test.ts` rewrites expected files;
 * review every diff before committing: the expected files are the specification.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editFrontmatter, parseGlimmer, type Issue } from '@glimmers/core';

const ROOT = join(import.meta.dirname, '..', 'fixtures');
const UPDATE = process.env['UPDATE'] === '1';

interface Generator {
  head: string;
  repeat: string;
  bytes: number;
  tail?: string;
}

/** Builds a large note: head, then `repeat` until at least `bytes` UTF-8 bytes, then tail. */
function generate(g: Generator): string {
  const head = Buffer.byteLength(g.head);
  const each = Buffer.byteLength(g.repeat);
  return g.head + g.repeat.repeat(Math.ceil((g.bytes - head) / each)) + (g.tail ?? '');
}

function readInput(dir: string): string {
  const md = join(dir, 'input.md');
  if (existsSync(md)) return readFileSync(md, 'utf8');
  return generate(JSON.parse(readFileSync(join(dir, 'generate.json'), 'utf8')) as Generator);
}

/** Issues without their wording (messages may be reworded; codes and positions may not). */
function issueShape(issues: Issue[]): Array<Omit<Issue, 'message'>> {
  return issues.map(({ message: _message, ...rest }) => rest);
}

/** JSON round trip: what expected.json can hold (drops `undefined`, keeps `__proto__` as a key). */
const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value ?? null));

const cases = readdirSync(ROOT, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

describe('fixtures', () => {
  it('exist, one folder per rule and edge case', () => {
    expect(cases.length).toBeGreaterThanOrEqual(80);
  });

  for (const name of cases) {
    const dir = join(ROOT, name);
    it(name, () => {
      const input = readInput(dir);
      const result = parseGlimmer(input);
      const actual: Record<string, unknown> = {
        attempted: result.attempted,
        glimmer: asJson(result.glimmer),
        frontmatter: asJson(result.frontmatter),
        sections: result.sections,
        issues: issueShape(result.issues),
      };
      const editPath = join(dir, 'edit.json');
      let edited: string | undefined;
      if (existsSync(editPath)) {
        const spec = JSON.parse(readFileSync(editPath, 'utf8')) as { changes?: Record<string, unknown>; delete?: string[] };
        const changes: Record<string, unknown> = { ...spec.changes };
        for (const key of spec.delete ?? []) changes[key] = undefined;
        const out = editFrontmatter(input, changes);
        edited = out.text;
        actual['edit'] = { unchanged: out.text === input, issues: issueShape(out.issues) };
      }
      const expectedPath = join(dir, 'expected.json');
      const editedPath = join(dir, 'edited.md');
      if (UPDATE) {
        writeFileSync(expectedPath, JSON.stringify(actual, null, 2) + '\n');
        if (edited !== undefined) writeFileSync(editedPath, edited);
      }
      expect(actual).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
      if (edited !== undefined) expect(edited).toBe(readFileSync(editedPath, 'utf8'));
    });
  }
});
