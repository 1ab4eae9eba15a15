/**
 * Whole processes, timed from outside as a person runs them (issue #16): the built `glimmer`
 * command beside a reference process, in turn (A B A B ...), each ratio taken pair by pair so a
 * slow moment of a busy machine lands on both sides:
 * - `glimmer --version` against `node -e 0` (Node's own start-up, the floor of any command);
 * - `glimmer stats VAULT --json` against a process that only reads the same files with the
 *   command's own reader (bench/read-notes.ts, bundled the same way).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import esbuild from 'esbuild';
import { BUNDLE_CONDITIONS } from '../scripts/bundle-conditions.mjs';
import { OUT_DIR } from './generate-vault.ts';
import { median, round, type Sample } from './timing.ts';

const ROOT = join(OUT_DIR, '..', '..');
const GLIMMER = join(ROOT, 'packages', 'cli', 'dist', 'glimmer.mjs');
const READ_NOTES = join(OUT_DIR, 'read-notes.mjs');

/** One command against its reference: both sides' times and the ratio of each pair. */
export interface ProcessPair {
  command: string;
  reference: string;
  a: Sample;
  b: Sample;
  /** A / B of each pair, and their median. */
  ratio: Sample;
}

export interface StartupResult {
  version: ProcessPair;
  /** `glimmer stats` per vault size. */
  stats: Record<string, ProcessPair>;
}

/** Milliseconds of one whole process, from spawn to exit; throws when it fails. */
function timeProcess(args: string[]): number {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  // `glimmer stats` exits 2 (still printing its JSON) when a few generated notes are unreadable on purpose.
  if (result.error || result.status === null || result.status > 2) throw new Error(`node ${args.join(' ')} failed: ${result.error?.message ?? result.stderr}`);
  return ms;
}

/** `runs` pairs after one untimed warm-up of each side (disk cache, as a second use would be). */
function pair(command: string[], reference: string[], runs: number, names: { command: string; reference: string }): ProcessPair {
  timeProcess(command);
  timeProcess(reference);
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < runs; i++) {
    a.push(timeProcess(command));
    b.push(timeProcess(reference));
  }
  const ratios = a.map((x, i) => x / (b[i] as number));
  const sample = (xs: number[]): Sample => ({ median: median(xs), runs: xs.map((x) => round(x)) });
  return { ...names, a: sample(a), b: sample(b), ratio: sample(ratios) };
}

/** Builds the `glimmer` command when a file it is built from changed (every part of the bench that runs it calls this first). */
export function ensureBuiltCommand(): void {
  execFileSync(process.execPath, [join(ROOT, 'scripts/packages/build-cli.mjs'), '--if-stale'], { cwd: ROOT, stdio: 'inherit' });
}

/** Builds what is timed: the command (when stale) and the reader reference. */
async function prepare(): Promise<void> {
  ensureBuiltCommand();
  await esbuild.build({
    entryPoints: [join(ROOT, 'bench/read-notes.ts')], outfile: READ_NOTES, bundle: true, platform: 'node', format: 'esm', target: 'node20',
    conditions: BUNDLE_CONDITIONS, minifyWhitespace: true, minifySyntax: true, logLevel: 'warning',
  });
}

/** Times the start-up pairs; `vaults` maps a size name to its vault folder. */
export async function benchStartup(vaults: Record<string, string>, runs: { version: number; stats: (size: string) => number }): Promise<StartupResult> {
  await prepare();
  const version = pair([GLIMMER, '--version'], ['-e', '0'], runs.version, { command: 'glimmer --version', reference: 'node -e 0' });
  const stats: Record<string, ProcessPair> = {};
  for (const [size, vault] of Object.entries(vaults)) {
    stats[size] = pair([GLIMMER, 'stats', vault, '--json'], [READ_NOTES, vault], runs.stats(size), { command: 'glimmer stats --json', reference: 'a process that only reads the same files' });
  }
  return { version, stats };
}
