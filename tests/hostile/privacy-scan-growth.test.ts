// Issue #17 item 7: privacy scans grow linearly with the text for every category, also on one long
// line (the capitalised-word guess was quadratic there) and with a watch-list entry of 120 words (a
// 95 KB note took 44 s). Timing bounds are growth, never absolute (see support/growth.ts).
import { describe, expect, it } from 'vitest';
import { PRIVACY_CATEGORIES, createPersonNameFinder, createWatchList, loadWatchList, scanForIdentifiers, type ScanOptions } from '@glimmers/core';
import { checkLinearGrowth, describeGrowth } from './support/growth.ts';

// Large enough that each scan takes tens of milliseconds, so a busy machine's noise does not dominate.
const SIZES = [64_000, 128_000, 256_000, 512_000];

/** Scans `make(size)` with fresh options each time (so no answer cache carries over), and checks the growth. */
function expectLinear(make: (size: number) => string, options: () => ScanOptions, sizes: readonly number[] = SIZES): void {
  const texts = new Map(sizes.map((size) => [size, make(size)]));
  const verdict = checkLinearGrowth((size) => void scanForIdentifiers(texts.get(size) ?? '', options()), { sizes, repeats: 5, attempts: 5 });
  expect(verdict.ok, describeGrowth(verdict)).toBe(true);
}

const everything = (): ScanOptions => ({ categories: PRIVACY_CATEGORIES, names: createPersonNameFinder() });
const repeatTo = (unit: string) => (n: number): string => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

describe('privacy scans grow linearly', () => {
  it('on one long line of capitalised words (the capitalised-word guess and the name rules)', () => {
    expectLinear(repeatTo('Maria Met Kofi Near Lagos And '), everything);
  });

  it('on prose full of identifiers, every category (thousands of findings to settle)', () => {
    expectLinear(repeatTo('She said on 07/04 that Maria, 92, called 555-867-5309 from 42 Elm Street.\n'), everything);
  });

  // From 64,000 characters on: between 16,000 and 64,000 each doubling costs about 3x (measured
  // from 4,000 to 256,000 on a quiet machine: 36, 106, 316, 598 and 1,291 ms from 16,000 on), a step
  // (probably where the hashing's garbage outgrows V8's young generation), then 2x again; a quadratic cost
  // keeps 4x at every doubling, so these sizes still catch one, without failing on that step.
  it('with a watch-list entry of 120 words', () => {
    const entry = Array.from({ length: 120 }, (_, i) => `word${i}`).join(' ');
    const list = loadWatchList(createWatchList([entry, 'Maria'], 'salt'));
    expectLinear(repeatTo('the quiet room held us all '), () => ({ categories: ['watch-list'], watchList: list }), [64_000, 128_000, 256_000]);
  });

  // A list saved before entry lengths were kept hashes every run up to its longest entry, so its
  // work per word is bounded by that entry's length: growth is linear once the text is longer than it.
  it('with a 12-word entry in a list saved before entry lengths were kept', () => {
    const entry = Array.from({ length: 12 }, (_, i) => `word${i}`).join(' ');
    const { lengths: _omitted, ...old } = createWatchList([entry], 'salt');
    const list = loadWatchList(old);
    expectLinear(repeatTo('the quiet room held us all '), () => ({ categories: ['watch-list'], watchList: list }), [2_000, 4_000, 8_000, 16_000]);
  });
});
