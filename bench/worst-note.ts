/**
 * The worst single note (issue #17 item 3): how long `parseGlimmer` takes to read one note of each
 * pathological shape (emphasis marks, unclosed links, nested lists, lines of one letter…), at every
 * doubling size up to the 1 MiB note limit, beside an ordinary glimmer read the same way. The goal
 * is any single note read in at most 50 ms, in every command and in the plugin (both call
 * `parseGlimmer` with sections).
 */
import { parseGlimmer } from '@glimmers/core';
import { median } from './timing.ts';

const HEAD = '---\ntype: glimmer\ncreated: 2026-03-03\nthemes: [client-hope]\nintensity: 4\n---\n# A title\n\n## What I witnessed\n\nA small step.\n\n## What I want to remember\n\n';

/** The shapes that cost the Markdown parser most per byte, found by the adversarial run and since. */
export const WORST_SHAPES: Readonly<Record<string, string>> = {
  'emphasis marks `_*`': '_*',
  'unclosed links `[a](`': '[a](',
  'code span marks': '`a``',
  'lines of one letter': 'x\n',
  'a flat list': '- a\n',
  'nested lists': '- - - - x\n',
  'quotes': '> b\n',
  'headings with markup': '## *h* _*\n',
  'fences': '```\n',
  'html lines': '<div>\n',
};

/** What {@link benchWorstNote} measured. */
export interface WorstNoteResult {
  /** The slowest shape and size, and its median read time. */
  worst: { shape: string; bytes: number; ms: number };
  /** Each shape's slowest size. */
  shapes: { shape: string; bytes: number; ms: number }[];
  /** An ordinary glimmer of a few hundred bytes, read the same way. */
  ordinaryMs: number;
}

function timeRead(text: string, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    parseGlimmer(text);
    times.push(performance.now() - t0);
  }
  return median(times);
}

/** Reads each shape at 1 KiB, 2 KiB … up to just under 1 MiB (`runs` times each) and keeps the slowest. */
export function benchWorstNote(runs: number): WorstNoteResult {
  const ordinary = `${HEAD}Hope is a practice, and today it showed.\n`;
  timeRead(ordinary, 20);
  const shapes: WorstNoteResult['shapes'] = [];
  // Warm up every path of the parser first, so the first shape measured does not pay for compiling it.
  for (const unit of Object.values(WORST_SHAPES)) timeRead(HEAD + unit.repeat(Math.ceil(4096 / unit.length)), 5);
  for (const [shape, unit] of Object.entries(WORST_SHAPES)) {
    let slowest = { shape, bytes: 0, ms: 0 };
    for (let size = 1024; size < 1024 * 1024; size *= 2) {
      const text = HEAD + unit.repeat(Math.ceil(size / unit.length)).slice(0, size - HEAD.length - 64);
      const ms = timeRead(text, runs);
      if (ms > slowest.ms) slowest = { shape, bytes: text.length, ms };
    }
    shapes.push(slowest);
  }
  const worst = shapes.reduce((a, b) => (b.ms > a.ms ? b : a));
  return { worst, shapes, ordinaryMs: timeRead(ordinary, Math.max(runs, 20)) };
}
