/**
 * Timing helpers for the bench: medians of several runs, variants interleaved round-robin so a
 * slow moment of the machine does not land on one variant only, and a GC before every run.
 */

/** Milliseconds of several runs and their median. */
export interface Sample {
  median: number;
  runs: number[];
}

/** `global.gc` when node runs with `--expose-gc`; otherwise nothing (figures are then noisier). */
export function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    gc();
    gc();
  }
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** Runs `fn` once, in milliseconds (after a GC). */
export async function timeOnce(fn: () => unknown): Promise<number> {
  collectGarbage();
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

/**
 * Times each variant `runs` times, round-robin, after one untimed warm-up run of each fully-timed one.
 * `runsFor` may lower the count for slow variants (e.g. the full Markdown parse at 50k).
 */
export async function interleaved(
  variants: Record<string, () => unknown>,
  runs: number,
  runsFor: Record<string, number> = {},
  warmup = true,
): Promise<Record<string, Sample>> {
  const times: Record<string, number[]> = {};
  for (const name of Object.keys(variants)) times[name] = [];
  // Warm up (JIT, disk cache) the variants timed every round; the slow references timed fewer
  // times are long enough that a cold start hardly shows.
  if (warmup) for (const [name, fn] of Object.entries(variants)) if ((runsFor[name] ?? runs) >= runs) await fn();
  for (let i = 0; i < runs; i++) {
    for (const [name, fn] of Object.entries(variants)) {
      if (i >= (runsFor[name] ?? runs)) continue;
      (times[name] as number[]).push(await timeOnce(fn));
    }
  }
  const out: Record<string, Sample> = {};
  for (const [name, runsOf] of Object.entries(times)) out[name] = { median: median(runsOf), runs: runsOf.map((x) => round(x)) };
  return out;
}

/** Times a tiny operation by repeating it: median over `rounds` of (time for `reps` calls) / `reps`. */
export function perCall(fn: (i: number) => unknown, reps: number, rounds = 7): Sample {
  const runs: number[] = [];
  for (let r = 0; r < rounds; r++) {
    collectGarbage();
    const t0 = performance.now();
    for (let i = 0; i < reps; i++) fn(i);
    runs.push((performance.now() - t0) / reps);
  }
  return { median: median(runs), runs: runs.map((x) => round(x, 5)) };
}

export function round(x: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
