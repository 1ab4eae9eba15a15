/**
 * Index from metadata (the plugin path): the frontmatter objects are already parsed (as Obsidian's
 * metadata cache hands them over); time `validateFrontmatter` + `GlimmerIndex.set` for every note,
 * one update, and the dashboard's queries. Memory: heap of the index at the vault's size.
 */
import { GlimmerIndex, validateFrontmatter } from '@glimmers/core';
import type { Glimmer } from '@glimmers/core';
import { readFrontmatterObject } from '../packages/core/src/frontmatter/read-frontmatter.ts';
import { splitFrontmatter } from '@glimmers/core';
import { walkNotes } from '../packages/cli/src/walk.ts';
import { collectGarbage, median, perCall, round, type Sample } from './timing.ts';

/** A note as the plugin sees it: its path and its parsed frontmatter (or none). */
export interface MetaNote {
  path: string;
  frontmatter: Record<string, unknown> | null;
}

/** Reads every note's frontmatter once, outside any timing (Obsidian's cache would hold these). */
export async function loadMetadata(root: string): Promise<MetaNote[]> {
  const notes: MetaNote[] = [];
  await walkNotes(root, (item) => {
    if (item.kind !== 'note') return;
    const raw = splitFrontmatter(item.text).raw;
    const read = raw === null ? null : readFrontmatterObject(raw);
    notes.push({ path: item.path, frontmatter: read?.ok ? read.data : null });
  });
  return notes;
}

/**
 * What the plugin's `VaultIndex.update` does for every note of the vault (glimmer or not), given
 * its cached frontmatter: validate, then set, record the attempt, or make sure the path is absent.
 */
export function buildIndex(notes: readonly MetaNote[]): GlimmerIndex {
  const index = new GlimmerIndex();
  for (const note of notes) {
    const { glimmer, issues } = validateFrontmatter(note.frontmatter ?? undefined);
    if (glimmer) index.set(note.path, glimmer);
    else if (issues.length > 0) index.setAttempted(note.path, issues);
    else index.delete(note.path);
  }
  return index;
}

/** The same loop without the index: the validation alone (the reference for the build). */
function validateOnly(notes: readonly MetaNote[]): number {
  let n = 0;
  for (const note of notes) if (validateFrontmatter(note.frontmatter ?? undefined).glimmer) n++;
  return n;
}

/** A query answered by rescanning every glimmer (no buckets): the reference for the bucketed queries. */
function naiveQuery(glimmers: readonly Glimmer[], from: string, to: string): number {
  let count = 0;
  let sum = 0;
  const themes = new Map<string, number>();
  const days = new Set<string>();
  for (const g of glimmers) {
    if (g.day < from || g.day > to) continue;
    count++;
    days.add(g.day);
    if (g.intensity !== undefined) sum += g.intensity;
    for (const t of g.themes) themes.set(t, (themes.get(t) ?? 0) + 1);
  }
  return count + sum + themes.size + days.size;
}

function shiftDay(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function shiftMonths(day: string, months: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
}

export interface IndexBenchResult {
  notes: number;
  glimmers: number;
  build: Sample;
  buildReference: Sample;
  update: Sample;
  queries: Record<string, { index: Sample; reference: Sample; count: number }>;
}

export function benchIndex(notes: readonly MetaNote[], lastDay: string, runs: number): IndexBenchResult {
  const builds: number[] = [];
  const validates: number[] = [];
  buildIndex(notes);
  validateOnly(notes);
  for (let i = 0; i < runs; i++) {
    collectGarbage();
    let t0 = performance.now();
    buildIndex(notes);
    builds.push(performance.now() - t0);
    collectGarbage();
    t0 = performance.now();
    validateOnly(notes);
    validates.push(performance.now() - t0);
  }
  const index = buildIndex(notes);
  const glimmerNotes = notes.filter((n) => n.frontmatter?.['type'] === 'glimmer');
  const entries = index.entries();
  const glimmers = entries.map((e) => e.glimmer);

  // One update: a note edited in place (its intensity and themes change), validated and set again.
  const edits = entries.slice(0, Math.min(2000, entries.length)).map((e) => {
    const fm = glimmerNotes.find((n) => n.path === e.path)?.frontmatter ?? {};
    return { path: e.path, frontmatter: { ...fm, intensity: ((Number(fm['intensity']) || 1) % 5) + 1, themes: ['presence', 'meaning'] } };
  });
  const originals = edits.map((e) => ({ path: e.path, glimmer: index.get(e.path) as Glimmer }));
  let flip = 0;
  const update = perCall((i) => {
    const k = i % edits.length;
    if (flip % 2 === 0) {
      const edit = edits[k] as (typeof edits)[number];
      const { glimmer } = validateFrontmatter(edit.frontmatter);
      if (glimmer) index.set(edit.path, glimmer);
    } else {
      const o = originals[k] as (typeof originals)[number];
      index.set(o.path, o.glimmer);
    }
    if (k === edits.length - 1) flip++;
  }, Math.max(edits.length * 2, 2000));
  // Leave the index as it was.
  for (const o of originals) index.set(o.path, o.glimmer);

  const ranges: Record<string, { from?: string; to?: string }> = {
    '30 days': { from: shiftDay(lastDay, -29), to: lastDay },
    '12 months': { from: shiftDay(shiftMonths(lastDay, -12), 1), to: lastDay },
    'all time': {},
  };
  const queries: IndexBenchResult['queries'] = {};
  for (const [name, range] of Object.entries(ranges)) {
    const q = { ...range, today: lastDay, seed: 1 };
    const reps = 50;
    const indexSample = perCall(() => index.query(q), reps);
    const reference = perCall(() => naiveQuery(glimmers, range.from ?? '0000-00-00', range.to ?? '9999-99-99'), reps);
    queries[name] = { index: indexSample, reference, count: index.query(q).count };
  }
  return {
    notes: notes.length,
    glimmers: index.size,
    build: { median: median(builds), runs: builds.map((x) => round(x)) },
    buildReference: { median: median(validates), runs: validates.map((x) => round(x)) },
    update,
    queries,
  };
}

export interface MemoryResult {
  /** Heap held by the index structures alone (the glimmer objects existed before). */
  indexOnly: number;
  /** Heap of the glimmer objects plus the index (what the plugin keeps for these notes). */
  indexWithGlimmers: number;
  /** Reference: heap of the plain frontmatter objects of the same notes (what Obsidian's cache holds). */
  frontmatterObjects: number;
}

function heapUsed(): number {
  collectGarbage();
  return process.memoryUsage().heapUsed;
}

/**
 * Heap deltas after GC (needs `--expose-gc`). The frontmatter objects are re-made from JSON so
 * nothing is shared with earlier work; note paths are the existing strings (the plugin gets them
 * from Obsidian's file objects).
 */
export function benchMemory(notes: readonly MetaNote[]): MemoryResult {
  const glimmerNotes = notes.filter((n) => n.frontmatter?.['type'] === 'glimmer');
  const paths = glimmerNotes.map((n) => n.path);
  const json = glimmerNotes.map((n) => JSON.stringify(n.frontmatter));
  const h0 = heapUsed();
  const frontmatters = json.map((s) => JSON.parse(s) as Record<string, unknown>);
  const h1 = heapUsed();
  const glimmers = frontmatters.map((fm) => validateFrontmatter(fm).glimmer);
  const h2 = heapUsed();
  const index = new GlimmerIndex();
  glimmers.forEach((glimmer, i) => {
    if (glimmer) index.set(paths[i] as string, glimmer);
  });
  const h3 = heapUsed();
  // Keep everything alive until the last measurement.
  if (index.size + frontmatters.length + glimmers.length < 0) throw new Error('unreachable');
  return { indexOnly: h3 - h2, indexWithGlimmers: h3 - h1, frontmatterObjects: h1 - h0 };
}
