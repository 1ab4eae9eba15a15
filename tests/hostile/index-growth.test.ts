// Item 2 of issue #17: the index (and every aggregate over it) costs time and memory linear in the
// size of the notes. Before the fix, per-theme counts over every value made one glimmer cost the
// square of its themes: 5 notes with 5,000 themes took about a minute, 20 ran out of memory.
// Timing is checked as growth (double the input, at most about double the time), never absolute.
import { describe, expect, it } from 'vitest';
import { GlimmerIndex, parseGlimmer, type Glimmer } from '@glimmers/core';
import { glimmer, json, makeVault } from './support/cli.ts';
import { manyValuesGlimmer } from './support/generate.ts';
import { checkLinearGrowth, describeGrowth } from './support/growth.ts';

/** Parses and indexes `notes`, then asks what the dashboard and `glimmer stats` ask. */
function indexAndQuery(notes: readonly string[]): GlimmerIndex {
  const index = new GlimmerIndex();
  notes.forEach((text, i) => index.set(`n${i}.md`, parseGlimmer(text, { sections: false }).glimmer as Glimmer));
  index.query({ recentLimit: 0 });
  index.query({ themes: [`t0x0`], recentLimit: 0 });
  index.query({ moment: 'after-session', from: '2026-03-02', recentLimit: 0 });
  index.facets();
  return index;
}

describe('indexing pathological notes', () => {
  it('grows linearly with the number of themes in a note', () => {
    const notes = new Map<number, string[]>();
    const sizes = [500, 1000, 2000, 4000];
    for (const size of sizes) notes.set(size, Array.from({ length: 4 }, (_, n) => manyValuesGlimmer(n, size)));
    const verdict = checkLinearGrowth((size) => indexAndQuery(notes.get(size) as string[]), { sizes });
    expect(verdict.ok, describeGrowth(verdict)).toBe(true);
  });

  it('grows linearly with the number of such notes', () => {
    const sizes = [8, 16, 32, 64];
    const all = Array.from({ length: 64 }, (_, n) => manyValuesGlimmer(n, 300, { lists: true }));
    const verdict = checkLinearGrowth((size) => indexAndQuery(all.slice(0, size)), { sizes });
    expect(verdict.ok, describeGrowth(verdict)).toBe(true);
  });

  it('stays exact: counts per theme and a one-theme filter over such notes', () => {
    const notes = Array.from({ length: 3 }, (_, n) => manyValuesGlimmer(n, 300, { lists: true }));
    // A note shared by two themes of the big notes, so filtered counts cover both kinds of glimmer.
    notes.push('---\ntype: glimmer\ncreated: 2026-03-05\nthemes: [t0x0, meaning]\nbody: [b0x1]\n---\n');
    const index = indexAndQuery(notes);
    const all = index.query({ recentLimit: 0 });
    expect(Object.keys(all.byTheme)).toHaveLength(901);
    expect(all.byTheme['t0x0']).toBe(2);
    const one = index.query({ themes: ['t0x0'], recentLimit: 0 });
    expect(one.count).toBe(2);
    expect(one.byTheme).toMatchObject({ t0x0: 2, meaning: 1, t0x1: 1 });
    expect(Object.keys(one.byTheme)).toHaveLength(301);
    expect(one.body['b0x1']).toBe(2);
    expect(Object.keys(one.body)).toHaveLength(300);
    index.delete('n0.md');
    expect(index.query({ themes: ['t0x0'], recentLimit: 0 }).byTheme).toEqual({ t0x0: 1, meaning: 1 });
  });
});

describe('glimmer stats on pathological notes', () => {
  it('reads 20 notes with 5,000 themes each (about 600 KB) without running out of memory', () => {
    const files: Record<string, string> = {};
    for (let n = 0; n < 20; n++) files[`g${n}.md`] = manyValuesGlimmer(n, 5000);
    const vault = makeVault(files);
    const result = glimmer(['stats', vault, '--json']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const stats = json<{ glimmers: number; byTheme: Record<string, number> }>(result);
    expect(stats.glimmers).toBe(20);
    expect(Object.keys(stats.byTheme)).toHaveLength(100_000);
  }, 300_000);
});
