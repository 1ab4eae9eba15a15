/**
 * Timing bounds as growth, never as an absolute time: run the same work at doubling sizes and check
 * that doubling the input at most about doubles the time (the fitted exponent of time against size
 * stays near 1, and the whole range's time ratio near its size ratio). A machine shared by several engineers is
 * noisy, so each size takes the fastest of a few runs (in CPU time), and a whole measurement that looks
 * super-linear is repeated before the test fails: a load spike passes on a second try, a quadratic
 * cost (4x per doubling, 64x over three doublings) fails every try.
 */
/** One size and the fastest time measured for it. */
export interface GrowthPoint {
  size: number;
  ms: number;
}

/** How a growth check is run and judged. */
export interface GrowthOptions {
  /** Sizes to run, each double the one before (at least three). */
  sizes: readonly number[];
  /** Runs per size; the fastest counts. Default 3. */
  repeats?: number;
  /** Whole measurements to try before failing. Default 3. */
  attempts?: number;
  /**
   * Largest log-log slope over all sizes: the exponent of the fitted `time = c * size^k`. 1 is
   * linear (doubling the input doubles the time), 2 quadratic (it quadruples). Default 1.3.
   */
  maxSlope?: number;
  /** Largest time ratio of the last size to the first, as a multiple of their size ratio. Default 1.6. */
  maxSpread?: number;
}

/** What a growth check found: the points of the attempt that passed (or of the last one), and why not. */
export interface GrowthVerdict {
  ok: boolean;
  points: GrowthPoint[];
  slope: number;
  /** Every attempt's points, for the failure message. */
  tries: GrowthPoint[][];
}

/**
 * The CPU time of one `work(size)` call, in ms (synchronous work only). CPU time rather than wall
 * time: on a machine shared by several busy processes, waiting for a core is not our cost.
 */
function timeOnce(work: (size: number) => void, size: number): number {
  // With --expose-gc (the hostile project sets it), start each run on a clean heap.
  (globalThis as { gc?: () => void }).gc?.();
  const start = process.cpuUsage();
  work(size);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/** Fastest of `repeats` runs at each size, after one warm-up run at the smallest size. */
export function measureGrowth(work: (size: number) => void, sizes: readonly number[], repeats = 3): GrowthPoint[] {
  timeOnce(work, sizes[0] as number);
  return sizes.map((size) => {
    let best = Infinity;
    for (let i = 0; i < repeats; i++) best = Math.min(best, timeOnce(work, size));
    return { size, ms: best };
  });
}

/** The least-squares slope of log(time) against log(size). */
export function logLogSlope(points: readonly GrowthPoint[]): number {
  const xs = points.map((p) => Math.log(p.size));
  const ys = points.map((p) => Math.log(Math.max(p.ms, 1e-3)));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  for (let i = 0; i < xs.length; i++) {
    num += ((xs[i] as number) - mx) * ((ys[i] as number) - my);
    den += ((xs[i] as number) - mx) ** 2;
  }
  return den === 0 ? 0 : num / den;
}

/**
 * Whether one measurement grows at most about linearly: the fitted exponent (which one noisy point
 * cannot swing far) and the whole range's time ratio. A quadratic cost over three doublings has
 * exponent 2 and ratio 64; a linear one 1 and 8.
 */
function judge(points: readonly GrowthPoint[], maxSlope: number, maxSpread: number): boolean {
  const first = points[0] as GrowthPoint;
  const last = points[points.length - 1] as GrowthPoint;
  if (last.ms / Math.max(first.ms, 1e-3) > maxSpread * (last.size / first.size)) return false;
  return logLogSlope(points) <= maxSlope;
}

/** Measures `work` over `options.sizes` until one attempt grows about linearly, or attempts run out. */
export function checkLinearGrowth(work: (size: number) => void, options: GrowthOptions): GrowthVerdict {
  const { sizes, repeats = 3, attempts = 3, maxSlope = 1.3, maxSpread = 1.6 } = options;
  if (sizes.length < 3) throw new Error('a growth check needs at least three sizes');
  const tries: GrowthPoint[][] = [];
  for (let i = 0; i < attempts; i++) {
    const points = measureGrowth(work, sizes, repeats);
    tries.push(points);
    if (judge(points, maxSlope, maxSpread)) return { ok: true, points, slope: logLogSlope(points), tries };
  }
  const last = tries[tries.length - 1] as GrowthPoint[];
  return { ok: false, points: last, slope: logLogSlope(last), tries };
}

/** A readable line per attempt, for assertion messages: `size→ms` pairs and the slope. */
export function describeGrowth(verdict: GrowthVerdict): string {
  return verdict.tries
    .map((t) => `${t.map((p) => `${p.size}→${p.ms.toFixed(1)} ms`).join(', ')} (slope ${logLogSlope(t).toFixed(2)})`)
    .join('; ');
}
