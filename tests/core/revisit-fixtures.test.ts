/**
 * Revisit fixtures: every folder in tests/revisit-fixtures/<case>/ holds glimmer notes, the options
 * (`options.json`: today, and any theme or moment filter) and `expected.json`: the glimmers offered,
 * in order, as "Show another" steps through them (one more than there are, to show it going round),
 * each with the heading its words come from; and the "On this day" glimmers in order.
 *
 * `UPDATE=1 npx vitest run --project core tests/core/revisit-fixtures.test.ts` writes the expected
 * files; review every diff: they are the specification. Without UPDATE a missing file fails.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseRevisit, lastRevisitDay, nextRevisit, onThisDayEntries, parseGlimmer, revisitSourceOf, revisitText, type IndexEntry, type RevisitOptions } from '@glimmers/core';

const ROOT = join(import.meta.dirname, '..', 'revisit-fixtures');
const UPDATE = process.env['UPDATE'] === '1';

function readCase(dir: string): IndexEntry[] {
  const entries: IndexEntry[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.md')).sort()) {
    const parsed = parseGlimmer(readFileSync(join(dir, name), 'utf8'));
    if (!parsed.glimmer) throw new Error(`${name} in ${dir} is not a valid glimmer`);
    entries.push({ path: name, glimmer: parsed.glimmer });
  }
  return entries;
}

function run(entries: IndexEntry[], options: RevisitOptions): unknown {
  const source = revisitSourceOf(entries);
  const last = lastRevisitDay(options.today) ?? '';
  const withWords = entries.filter((e) => e.glimmer.day <= last && revisitText(e.glimmer) !== null).length;
  const sequence: { path: string; heading: string }[] = [];
  let choice = chooseRevisit(source, options);
  for (let i = 0; choice !== null && i <= withWords; i++) {
    sequence.push({ path: choice.entry.path, heading: choice.text.heading });
    choice = nextRevisit(source, { ...options, after: choice.position });
  }
  const onThisDay = onThisDayEntries(source, options).map((found) => ({ path: found.entry.path, ago: found.ago, words: revisitText(found.entry.glimmer) !== null }));
  return { sequence, onThisDay };
}

const cases = readdirSync(ROOT, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();

describe('revisit fixtures', () => {
  it('exist', () => {
    expect(cases.length).toBeGreaterThanOrEqual(5);
  });

  for (const name of cases) {
    it(name, () => {
      const dir = join(ROOT, name);
      const options = JSON.parse(readFileSync(join(dir, 'options.json'), 'utf8')) as RevisitOptions;
      const actual = run(readCase(dir), options);
      const expectedPath = join(dir, 'expected.json');
      if (UPDATE) writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
      expect(existsSync(expectedPath), `${name}/expected.json is missing (UPDATE=1 writes it)`).toBe(true);
      expect(actual).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
    });
  }
});
