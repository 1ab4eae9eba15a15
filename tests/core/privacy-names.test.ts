// People's names and identifiers written outside the US, measured on labelled sets with default
// settings. Recall and false alarms are a correctness property of the scanner: the test fails below
// the goals of issue #12 (names recall >= 0.9 with <= 4% of clean sentences raising a false alarm;
// patterns recall >= 0.95 with <= 5%). See docs/privacy.md for which sets were written before tuning.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_PRIVACY_CATEGORIES, createPersonNameFinder, loadPersonNameFinder, scanForIdentifiers, type IdentifierFinding, type PersonNameFinder,
} from '@glimmers/core';
import { HOLDOUT_CLEAN, HOLDOUT_NAMES } from './privacy-names-holdout.ts';
import { HOLDOUT3_CLEAN, HOLDOUT3_NAMES } from './privacy-names-holdout-3.ts';
import { TUNING_CLEAN, TUNING_NAMES, type NameRow } from './privacy-names-tuning.ts';
import { WORLD_HOLDOUT_CLEAN, WORLD_HOLDOUT_WITH, WORLD_TUNING_CLEAN, WORLD_TUNING_WITH } from './privacy-patterns-world.ts';
import { CLEAN } from './privacy-sentences.ts';
import { HOLDOUT_CLEAN as OLD_HOLDOUT_CLEAN } from './privacy-holdout.ts';
import { HOLDOUT2_CLEAN as OLD_HOLDOUT2_CLEAN } from './privacy-holdout-2.ts';
import type { Row } from './privacy-sentences.ts';

let names: PersonNameFinder;
beforeAll(async () => {
  names = await loadPersonNameFinder();
}, 60_000);

const scan = (text: string): IdentifierFinding[] => scanForIdentifiers(text, { names });
const overlaps = (f: IdentifierFinding, start: number, end: number): boolean => f.start < end && f.end > start;

interface Measure {
  found: number;
  total: number;
  noisy: number;
  clean: number;
}

function measureNames(rows: NameRow[], clean: readonly string[], finder: () => PersonNameFinder = () => names): Measure {
  let found = 0;
  let total = 0;
  for (const row of rows) {
    const findings = scanForIdentifiers(row.text, { names: finder() }).filter((f) => f.category === 'name');
    for (const name of row.names) {
      const start = row.text.indexOf(name);
      expect(start, `${name} is in its sentence`).toBeGreaterThanOrEqual(0);
      total++;
      if (findings.some((f) => overlaps(f, start, start + name.length))) found++;
    }
  }
  const noisy = clean.filter((text) => scanForIdentifiers(text, { names: finder() }).length > 0).length;
  return { found, total, noisy, clean: clean.length };
}

function measurePatterns(rows: Row[], clean: readonly string[]): Measure {
  let found = 0;
  let total = 0;
  for (const row of rows) {
    const findings = scan(row.text);
    for (const [category, excerpt] of row.expect) {
      const start = row.text.indexOf(excerpt);
      total++;
      if (findings.some((f) => f.category === category && overlaps(f, start, start + excerpt.length))) found++;
    }
  }
  return { found, total, noisy: clean.filter((text) => scan(text).length > 0).length, clean: clean.length };
}

const line = (label: string, m: Measure): string =>
  `${label.padEnd(34)} recall ${(m.found / m.total).toFixed(3)} (${m.found}/${m.total})  false alarms ${((100 * m.noisy) / m.clean).toFixed(1)}% (${m.noisy}/${m.clean})`;

describe("people's names, default settings (names on, the library loaded)", () => {
  it('meets the goals on the tuning sets and keeps the final held-out set at its first measurement', () => {
    expect(DEFAULT_PRIVACY_CATEGORIES).toContain('name');
    expect(TUNING_NAMES.flatMap((r) => r.names).length + HOLDOUT3_NAMES.flatMap((r) => r.names).length).toBeGreaterThanOrEqual(80);
    expect(TUNING_CLEAN.length).toBeGreaterThanOrEqual(80);
    const tuning = measureNames(TUNING_NAMES, TUNING_CLEAN);
    const second = measureNames(HOLDOUT_NAMES, HOLDOUT_CLEAN);
    const final = measureNames(HOLDOUT3_NAMES, HOLDOUT3_CLEAN);
    console.info([
      line('names, tuning set', tuning),
      line('names, second set (tuned after 1st run)', second),
      line('names, final held-out set', final),
    ].join('\n'));
    for (const m of [tuning, second]) {
      expect(m.found / m.total).toBeGreaterThanOrEqual(0.9);
      expect(m.noisy / m.clean).toBeLessThanOrEqual(0.04);
    }
    // The final held-out set was measured once and never tuned on: recall 40/44, false alarms 5/85
    // (5.9%, above the 4% goal; docs/privacy.md says so). These bounds keep it from getting worse.
    expect(final.found / final.total).toBeGreaterThanOrEqual(0.9);
    expect(final.noisy).toBeLessThanOrEqual(5);
  });

  it('raises no false alarm on the older clean sentences', () => {
    for (const text of [...CLEAN.map((r) => r.text), ...OLD_HOLDOUT_CLEAN.map((r) => r.text), ...OLD_HOLDOUT2_CLEAN.map((r) => r.text)]) {
      expect(scan(text).map((f) => f.excerpt), text).toEqual([]);
    }
  });

  it.each([
    ['Priya told me she had started painting again.', 'Priya'],
    ['When Kwame spoke about his daughter, his face softened.', 'Kwame'],
    ['Today Siobhán laughed at her own joke.', 'Siobhán'],
    ['I watched Mrs. Okonkwo stand up for herself.', 'Mrs. Okonkwo'],
    ["Yusuf's hands stopped shaking.", 'Yusuf'],
    ['After the session, Jean-Baptiste wrote a letter.', 'Jean-Baptiste'],
    ['Her sister Xiaoming called every night.', 'Xiaoming'],
    ["Mr. O'Sullivan cried, and then he laughed.", "Mr. O'Sullivan"],
  ])('finds the name in "%s"', (text, name) => {
    expect(scan(text).filter((f) => f.category === 'name').map((f) => f.excerpt)).toEqual([name]);
  });

  it.each([
    'We used EMDR and DBT skills, then Internal Family Systems.',
    'She has been reading The Body Keeps the Score on the train.',
    'Her Catholic faith held her through Ramadan and Christmas alike.',
    'The Red Cross helped them find a flat in Manchester in January.',
    'On Sunday she went back to Mass; on Monday she went to work.',
  ])('flags no person in "%s"', (text) => {
    expect(scan(text)).toEqual([]);
  });

  it('without the library, the rules alone still find titled names and names after kin words', () => {
    const rules = createPersonNameFinder();
    expect(rules.usesLibrary).toBe(false);
    const found = (text: string): string[] => scanForIdentifiers(text, { names: rules }).map((f) => f.excerpt);
    expect(found('I watched Mrs. Okonkwo laugh, and her son Idris laughed too.')).toEqual(['Mrs. Okonkwo', 'Idris']);
    const m = measureNames(TUNING_NAMES, TUNING_CLEAN, () => rules);
    console.info(line('names, tuning set, rules only', m));
    expect(m.found / m.total).toBeGreaterThan(0.5);
  });
});

describe('identifiers written outside the US', () => {
  it('meets the pattern goals on the tuning and held-out sets', () => {
    const tuning = measurePatterns(WORLD_TUNING_WITH, WORLD_TUNING_CLEAN);
    const held = measurePatterns(WORLD_HOLDOUT_WITH, WORLD_HOLDOUT_CLEAN);
    console.info([line('patterns outside the US, tuning', tuning), line('patterns outside the US, held out', held)].join('\n'));
    for (const m of [tuning, held]) {
      expect(m.found / m.total).toBeGreaterThanOrEqual(0.95);
      expect(m.noisy / m.clean).toBeLessThanOrEqual(0.05);
    }
  });
});
