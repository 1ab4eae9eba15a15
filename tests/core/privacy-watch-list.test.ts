import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  addToWatchList,
  createWatchList,
  hashWatchPhrase,
  isWatchListData,
  loadWatchList,
  normaliseWatchPhrase,
  scanForIdentifiers,
  type RandomSource,
  type WatchList,
  type WatchListData,
} from '@glimmers/core';

const excerpts = (text: string, list: WatchList | WatchListData): string[] =>
  scanForIdentifiers(text, { watchList: list, categories: ['watch-list'] }).map((f) => f.excerpt);

describe('watch list: stored form', () => {
  it('keeps only a salt and hashes, never the words', () => {
    const words = ['Maria', 'Mary Ann', 'Dmitri'];
    const data = createWatchList(words);
    const stored = JSON.stringify(data);
    for (const w of [...words, 'maria', 'mary ann', 'dmitri', 'mary', 'ann']) expect(stored.toLowerCase()).not.toContain(w.toLowerCase());
    expect(Object.keys(data).sort()).toEqual(['hashes', 'lengths', 'maxWords', 'salt', 'version']);
    expect(data.hashes).toHaveLength(3);
    expect(data.maxWords).toBe(2);
    expect(data.lengths).toEqual([1, 2]);
    expect(data.salt).toMatch(/^[0-9a-f]{32}$/);
  });

  it('gets a new random salt each time, so the same list hashes differently in two vaults', () => {
    const a = createWatchList(['Maria']);
    const b = createWatchList(['Maria']);
    expect(a.salt).not.toBe(b.salt);
    expect(a.hashes).not.toEqual(b.hashes);
  });

  it('takes a random source when given one', () => {
    const fixed: RandomSource = { getRandomValues: (array) => array.fill(7) };
    expect(createWatchList(['Maria'], undefined, fixed).salt).toBe('07'.repeat(16));
  });

  it('hashes with HMAC-SHA-256 keyed by the salt (checked against Node)', () => {
    const expected = createHmac('sha256', 'pepper').update('maria').digest('hex');
    expect(hashWatchPhrase('maria', 'pepper')).toBe(expected);
    expect(createWatchList(['  MARIA '], 'pepper').hashes).toEqual([expected]);
  });

  it('round-trips through JSON (as plugin data does) and still matches', () => {
    const data = createWatchList(['Maria', 'Mary Ann']);
    const back: unknown = JSON.parse(JSON.stringify(data));
    expect(isWatchListData(back)).toBe(true);
    if (!isWatchListData(back)) return;
    expect(excerpts('Today Maria and Mary Ann both came.', back)).toEqual(['Maria', 'Mary Ann']);
    expect(excerpts('Today Maria and Mary Ann both came.', loadWatchList(back))).toEqual(['Maria', 'Mary Ann']);
  });

  it('adds words later without the old ones, keeping the salt', () => {
    const first = createWatchList(['Maria'], 'vault-salt');
    const more = addToWatchList(first, ['Dmitri', 'maria']);
    expect(more.salt).toBe('vault-salt');
    expect(more.hashes).toHaveLength(2);
    expect(excerpts('Maria and Dmitri', more)).toEqual(['Maria', 'Dmitri']);
  });

  it('rejects data of the wrong shape', () => {
    for (const bad of [null, 'x', {}, { version: 2, salt: 'a', hashes: [], maxWords: 1 }, { version: 1, salt: '', hashes: [], maxWords: 1 },
      { version: 1, salt: 'a', hashes: ['Maria'], maxWords: 1 }, { version: 1, salt: 'a', hashes: [], maxWords: -1 }]) {
      expect(isWatchListData(bad)).toBe(false);
    }
  });

  it('ignores empty entries', () => {
    expect(createWatchList(['', '  ', '—'], 's').hashes).toEqual([]);
  });
});

describe('watch list: matching', () => {
  const list = createWatchList(['José', 'Mary Ann', "O'Neil", 'Ｍａｒｉａ'], 'salt');

  it('folds case, accents and width (NFKC), both in the list and in the text', () => {
    expect(normaliseWatchPhrase('  JOSÉ ')).toBe('jose');
    expect(excerpts('jose, JOSÉ, José, Jose', list)).toEqual(['jose', 'JOSÉ', 'José', 'Jose']);
    expect(excerpts('Maria came', list)).toEqual(['Maria']);
  });

  it('matches a possessive as the name', () => {
    expect(excerpts("José's smile; O'Neil's hands", list)).toEqual(['José', "O'Neil"]);
  });

  it('matches several-word entries across spaces or a hyphen, never across punctuation', () => {
    expect(excerpts('Mary Ann, Mary-Ann, mary  ann', list)).toEqual(['Mary Ann', 'Mary-Ann', 'mary  ann']);
    expect(excerpts('Mary, Ann', list)).toEqual([]);
    expect(excerpts('Mary alone', list)).toEqual([]);
  });

  it('matches whole words only', () => {
    expect(excerpts('Josephine and Mariana', list)).toEqual([]);
  });
});

describe('watch list: removing one entry', () => {
  it('drops the hash of a typed entry and keeps the others, saying how many were on it', async () => {
    const { removeFromWatchList } = await import('@glimmers/core');
    const data = createWatchList(['Maria', 'Mary Ann', 'Dmitri'], 'salt');
    const { list, removed } = removeFromWatchList(data, ['mary-ann', 'Nobody']);
    expect(removed).toBe(1);
    expect(list.hashes).toHaveLength(2);
    expect(list.salt).toBe('salt');
    expect(excerpts('Maria and Mary Ann met Dmitri.', list)).toEqual(['Maria', 'Dmitri']);
  });
});
