import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PRIVACY_CATEGORIES,
  PRIVACY_CATEGORIES,
  createWatchList,
  loadWatchList,
  scanForIdentifiers,
  type IdentifierFinding,
  type PrivacyCategory,
} from '@glimmers/core';
import { CLEAN, WATCH_WORDS, WITH_IDENTIFIERS, type Row } from './privacy-sentences.ts';

// A fixed salt keeps the test deterministic; real lists get a random one.
const watchList = loadWatchList(createWatchList(WATCH_WORDS, 'test-salt'));
const scan = (text: string): IdentifierFinding[] => scanForIdentifiers(text, { watchList });
const pairs = (findings: IdentifierFinding[]): [PrivacyCategory, string][] => findings.map((f) => [f.category, f.excerpt]);

describe('scanForIdentifiers: sentences with identifiers', () => {
  it.each(WITH_IDENTIFIERS.map((row) => [row.text, row] as const))('%s', (_text, row: Row) => {
    expect(pairs(scan(row.text))).toEqual(row.expect);
  });
});

describe('scanForIdentifiers: clean sentences raise nothing', () => {
  it.each(CLEAN.map((row) => [row.text] as const))('%s', (text) => {
    expect(pairs(scan(text))).toEqual([]);
  });
});

interface Tally {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

// People's names are measured on their own labelled sets (privacy-names.test.ts); these tables
// measure the watch list and the patterns.
const PATTERN_CATEGORIES = DEFAULT_PRIVACY_CATEGORIES.filter((c) => c !== 'name');

function tally(rows: Row[]): Map<PrivacyCategory, Tally> {
  const byCategory = new Map<PrivacyCategory, Tally>(
    PATTERN_CATEGORIES.map((c) => [c, { truePositives: 0, falsePositives: 0, falseNegatives: 0 }]),
  );
  for (const row of rows) {
    const found = pairs(scan(row.text)).map(([c, e]) => `${c}\u0000${e}`);
    const wanted = row.expect.map(([c, e]) => `${c}\u0000${e}`);
    for (const key of found) {
      const t = byCategory.get(key.split('\u0000')[0] as PrivacyCategory);
      if (t && wanted.includes(key)) t.truePositives++;
      else if (t) t.falsePositives++;
    }
    for (const key of wanted) {
      const t = byCategory.get(key.split('\u0000')[0] as PrivacyCategory);
      if (t && !found.includes(key)) t.falseNegatives++;
    }
  }
  return byCategory;
}

describe('scanForIdentifiers: measured precision and recall', () => {
  it('finds every category and raises fewer than 1 false alarm in 20 clean sentences', () => {
    const rows = [...WITH_IDENTIFIERS, ...CLEAN];
    expect(WITH_IDENTIFIERS.length + CLEAN.length).toBeGreaterThanOrEqual(60);
    const table = tally(rows);
    const lines = ['category     found  missed  false  precision  recall'];
    for (const [category, t] of table) {
      const precision = t.truePositives / Math.max(1, t.truePositives + t.falsePositives);
      const recall = t.truePositives / Math.max(1, t.truePositives + t.falseNegatives);
      lines.push(
        `${category.padEnd(12)} ${String(t.truePositives).padStart(5)}  ${String(t.falseNegatives).padStart(6)}  ${String(t.falsePositives).padStart(5)}  ${precision.toFixed(2).padStart(9)}  ${recall.toFixed(2).padStart(6)}`,
      );
      expect(t.truePositives, `${category} is found`).toBeGreaterThan(0);
    }
    const noisyClean = CLEAN.filter((row) => scan(row.text).length > 0).length;
    lines.push(`clean sentences with a false alarm: ${noisyClean} of ${CLEAN.length}; sentences with identifiers: ${WITH_IDENTIFIERS.length}`);
    console.info(lines.join('\n'));
    expect(noisyClean / CLEAN.length).toBeLessThan(1 / 20);
  });
});

describe('scanForIdentifiers: findings', () => {
  it('gives UTF-16 offsets that slice back to the excerpt, also after emoji and accents', () => {
    const text = '🌱 Glimmer for José — 🙂 call 555-867-5309 ✨';
    const findings = scan(text);
    expect(findings.map((f) => f.category)).toEqual(['watch-list', 'phone']);
    for (const f of findings) expect(text.slice(f.start, f.end)).toBe(f.excerpt);
  });

  it('names the category in plain words and suggests what to do', () => {
    const [phone] = scan('Call 555-867-5309.');
    expect(phone?.message).toBe('Looks like a phone number. Consider leaving it out or changing it.');
    const byCategory = new Map(
      [...WITH_IDENTIFIERS.flatMap((r) => scan(r.text))].map((f) => [f.category, f.message] as const),
    );
    for (const [, message] of byCategory) expect(message).toMatch(/Consider/);
  });

  it('reports only the categories asked for', () => {
    const text = 'Maria, 555-867-5309, maria@example.com';
    expect(scanForIdentifiers(text, { watchList, categories: ['email'] }).map((f) => f.category)).toEqual(['email']);
    expect(scanForIdentifiers(text, { categories: ['watch-list'] })).toEqual([]);
  });

  it('finds nothing in an empty text and survives long inputs', () => {
    expect(scan('')).toEqual([]);
    const long = 'She breathed slowly for 45 minutes. '.repeat(2000) + 'Then she wrote to a@b.co.';
    expect(pairs(scan(long))).toEqual([['email', 'a@b.co']]);
  });

  it('gives sensible answers on long runs without spaces (pasted blobs)', () => {
    expect(scan(`${'a'.repeat(20_000)}@example.com`)).toEqual([]);
    expect(pairs(scan(`${'1'.repeat(20_000)} and ana@example.com`))).toEqual([['id-number', '1'.repeat(20_000)], ['email', 'ana@example.com']]);
    expect(scan('a.'.repeat(10_000))).toEqual([]);
    expect(pairs(scan(`${'a.'.repeat(100)}example.com`)).map(([c]) => c)).toEqual(['url']);
  });

  it('keeps one finding for overlapping matches: the longer one, then the stronger kind', () => {
    // The watch-list name inside an email address is reported as the email address.
    expect(pairs(scan('maria.l@example.com'))).toEqual([['email', 'maria.l@example.com']]);
    // A phone-shaped number after "MRN" is a record number.
    expect(pairs(scan('MRN 555-867-5309'))).toEqual([['id-number', '555-867-5309']]);
  });
});

describe('the capitalised-word guess', () => {
  it('is off by default and can be turned on as its own category', () => {
    expect(DEFAULT_PRIVACY_CATEGORIES).not.toContain('capitalised');
    expect(DEFAULT_PRIVACY_CATEGORIES).toContain('name');
    expect(PRIVACY_CATEGORIES).toContain('capitalised');
    const text = 'We read Waking the Tiger, and later Mrs. Alvarez laughed with her son Tomas.';
    expect(pairs(scanForIdentifiers(text, { categories: ['capitalised'] }))).toEqual([
      ['capitalised', 'Waking'],
      ['capitalised', 'Tiger'],
      ['capitalised', 'Mrs. Alvarez'],
      ['capitalised', 'Tomas'],
    ]);
  });

  it('is measured on the clean sentences (reported, as it is opt-in)', () => {
    const noisy = CLEAN.filter((row) => scanForIdentifiers(row.text, { categories: ['capitalised'] }).length > 0);
    const missed = WITH_IDENTIFIERS.filter((r) => r.expect.some(([c]) => c === 'watch-list')).filter(
      (r) => scanForIdentifiers(r.text, { categories: ['capitalised'] }).length === 0,
    );
    console.info(
      `capitalised-word guess: false alarms in ${noisy.length} of ${CLEAN.length} clean sentences; ` +
        `missed names in ${missed.length} of the watch-list sentences`,
    );
    // It must stay quiet on ordinary sentences, or it would not be worth offering at all.
    expect(noisy.length / CLEAN.length).toBeLessThan(0.2);
  });
});

describe('scanForIdentifiers: held-out sentences (written after the detectors)', () => {
  it.each([
    ['first held-out set', './privacy-holdout.ts'],
    ['second held-out set', './privacy-holdout-2.ts'],
  ])('%s: reports precision and recall and keeps false alarms rare', async (label, module) => {
    const loaded = (await import(module)) as Record<string, Row[]>;
    const withIdentifiers = loaded['HOLDOUT_WITH_IDENTIFIERS'] ?? loaded['HOLDOUT2_WITH_IDENTIFIERS'] ?? [];
    const clean = loaded['HOLDOUT_CLEAN'] ?? loaded['HOLDOUT2_CLEAN'] ?? [];
    expect(withIdentifiers.length).toBeGreaterThan(20);
    expect(clean.length).toBeGreaterThan(20);
    const table = tally([...withIdentifiers, ...clean]);
    let tp = 0;
    let fp = 0;
    let fn = 0;
    const lines = [`${label}: found  missed  false`];
    for (const [category, t] of table) {
      tp += t.truePositives;
      fp += t.falsePositives;
      fn += t.falseNegatives;
      lines.push(`  ${category.padEnd(12)} ${String(t.truePositives).padStart(5)}  ${String(t.falseNegatives).padStart(6)}  ${String(t.falsePositives).padStart(5)}`);
    }
    const noisyClean = clean.filter((row) => scan(row.text).length > 0);
    lines.push(
      `  overall precision ${(tp / Math.max(1, tp + fp)).toFixed(2)}, recall ${(tp / Math.max(1, tp + fn)).toFixed(2)} ` +
        `(${tp} of ${tp + fn} identifiers in ${withIdentifiers.length} sentences); clean with a false alarm: ${noisyClean.length} of ${clean.length}`,
    );
    console.info(lines.join('\n'));
    expect(noisyClean.length / clean.length).toBeLessThan(1 / 20);
    expect(tp / (tp + fn)).toBeGreaterThan(0.8);
  });
});
