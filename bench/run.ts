/**
 * `npm run bench`: generates (or reuses) the synthetic vaults, measures every figure beside its
 * same-run reference, prints a table and writes bench/results.json.
 *
 *   npm run bench                       full: 1k, 10k, 50k; render; plugin load; command start-up; 1M-case fuzz
 *   npm run bench -- --ci               small: 1k only, 1 run, no fuzz (CI keeps it working)
 *   options: --sizes=1k,10k  --runs=N  --fuzz=N  --no-render  --no-plugin  --no-startup  --out=file.json  --docs
 *   (a full run, and any run with --docs, also updates the figures in docs/performance.md;
 *   --docs-only rewrites them from bench/results.json without measuring)
 *
 * A harness, not a test: nothing here fails on a slow figure; budgets are reported as met or not.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, release, totalmem } from 'node:os';
import { join } from 'node:path';
import { ensureVault, OUT_DIR, type VaultManifest } from './generate-vault.ts';
import { benchFileScan, type FileScanResult } from './file-scan.ts';
import { benchIndex, benchMemory, buildIndex, loadMetadata, type IndexBenchResult, type MemoryResult } from './index-bench.ts';
import { benchRender, chromiumAvailable, launchChromium, type RenderResult } from './render-bench.ts';
import { bundleSize, type BundleSize } from './bundle-size.ts';
import { benchLintNames, benchPrivacyLatency, type PrivacyBenchResult } from './privacy-bench.ts';
import { benchStartup, ensureBuiltCommand, type StartupResult } from './startup.ts';
import type { DashboardRedraws } from './dashboard-redraws.probe.ts';
import { rowsFor } from './rows.ts';
import { benchWorstNote, type WorstNoteResult } from './worst-note.ts';
import { markdownTable, textTable } from './report.ts';
import { updateDocs } from './write-docs.ts';

const ROOT = join(OUT_DIR, '..', '..');
const args = process.argv.slice(2);
const flag = (name: string): boolean => args.includes(`--${name}`);
const option = (name: string): string | undefined => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const ci = flag('ci');

const SIZES: Record<string, { glimmers: number; others: number }> = {
  '1k': { glimmers: 1_000, others: 1_000 },
  '10k': { glimmers: 10_000, others: 10_000 },
  '50k': { glimmers: 50_000, others: 50_000 },
};
const sizes = (option('sizes') ?? (ci ? '1k' : '1k,10k,50k')).split(',').filter((s) => s in SIZES);
const runs = Number(option('runs')) || (ci ? 1 : 5);
const fuzzRuns = option('fuzz') !== undefined ? Number(option('fuzz')) : ci ? 0 : 1_000_000;
const outFile = option('out') ?? (ci ? join(OUT_DIR, 'results-ci.json') : join(ROOT, 'bench', 'results.json'));
const SEED = 7;

function log(message: string): void {
  process.stderr.write(`bench: ${message}\n`);
}

export interface SizeResult {
  vault: Omit<VaultManifest, 'root'>;
  fileScan: FileScanResult;
  index: IndexBenchResult;
  memory: MemoryResult;
}

export interface BenchResults {
  date: string;
  mode: 'full' | 'ci' | 'custom';
  machine: { nproc: number; cpu: string; node: string; os: string; memoryGB: number; loadBefore: number[]; loadAfter?: number[] };
  durationSeconds?: number;
  sizes: Record<string, SizeResult>;
  render: Record<string, RenderResult>;
  renderSkipped?: string;
  plugin: { bundle: BundleSize | null; load: PluginLoad | null; redraws?: DashboardRedraws | null; skipped?: string };
  /** The built `glimmer` command as whole processes (absent in results written before it was measured). */
  startup?: StartupResult | { skipped: string };
  fuzz: { runs: number; passed: boolean; seconds: number } | null;
  /** The privacy checks' cost: the warning in a throttled page, and lint with names on and off. */
  privacy?: PrivacyBenchResult;
  /** The slowest single note to read (#17 item 3); absent in results from before it was measured. */
  worstNote?: WorstNoteResult;
}

export interface PluginLoad {
  runs: number;
  vaultNotes: number;
  bytes: number;
  coldEvalMs: number;
  median: { eval: number; emptyEval: number; onload: number; empty: number };
}

function measurePluginLoad(): { load: PluginLoad | null; redraws: DashboardRedraws | null } {
  const out = join(OUT_DIR, 'plugin-load.json');
  const redrawsOut = join(OUT_DIR, 'dashboard-redraws.json');
  rmSync(out, { force: true });
  rmSync(redrawsOut, { force: true });
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/vitest/vitest.mjs'), 'run', '--config', 'bench/vitest.plugin-load.config.ts'], {
    cwd: ROOT, encoding: 'utf8', env: { ...process.env, GLIMMERS_BENCH_OUT: out, GLIMMERS_BENCH_REDRAWS_OUT: redrawsOut, GLIMMERS_BENCH_RUNS: String(ci ? 3 : 21), GLIMMERS_BENCH_NOTES: '1000' },
  });
  if (r.status !== 0 || !existsSync(out) || !existsSync(redrawsOut)) {
    log(`plugin probes failed:\n${r.stdout}\n${r.stderr}`);
    // A broken part of the harness must show (CI runs the small bench to keep it working).
    process.exitCode = 1;
    return { load: null, redraws: null };
  }
  return { load: JSON.parse(readFileSync(out, 'utf8')) as PluginLoad, redraws: JSON.parse(readFileSync(redrawsOut, 'utf8')) as DashboardRedraws };
}

function runFuzz(n: number): BenchResults['fuzz'] {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/vitest/vitest.mjs'), 'run', '--project', 'core', 'tests/core/fast-frontmatter.test.ts'], {
    cwd: ROOT, encoding: 'utf8', env: { ...process.env, FAST_CHECK_RUNS: String(n) },
  });
  if (r.status !== 0) {
    log(`fast frontmatter property tests FAILED at ${n} runs:\n${r.stdout}\n${r.stderr}`);
    process.exitCode = 1;
  }
  return { runs: n, passed: r.status === 0, seconds: (performance.now() - t0) / 1000 };
}

/** `--docs-only`: print the table of the committed results and put it into docs/performance.md, without measuring. */
function docsOnly(): void {
  const results = JSON.parse(readFileSync(join(ROOT, 'bench', 'results.json'), 'utf8')) as BenchResults;
  const rows = rowsFor(results);
  process.stdout.write(`\n${textTable(rows)}\n\n`);
  updateDocs(join(ROOT, 'docs', 'performance.md'), results, rows);
}

async function main(): Promise<void> {
  if (flag('docs-only')) return docsOnly();
  const started = performance.now();
  mkdirSync(OUT_DIR, { recursive: true });
  const results: BenchResults = {
    date: new Date().toISOString(),
    mode: ci ? 'ci' : args.length === 0 ? 'full' : 'custom',
    machine: { nproc: availableParallelism(), cpu: cpus()[0]?.model ?? 'unknown', node: process.version, os: `${process.platform} ${release()}`, memoryGB: Math.round(totalmem() / 2 ** 30), loadBefore: loadavg().map((x) => Math.round(x * 100) / 100) },
    sizes: {}, render: {}, plugin: { bundle: null, load: null }, fuzz: null,
  };
  if ((globalThis as { gc?: unknown }).gc === undefined) log('run with node --expose-gc (npm run bench does) for steadier figures and the memory figure');

  results.privacy = { latency: null, lint: null };
  // The built `glimmer` command: the privacy figures and the start-up figures run it.
  ensureBuiltCommand();
  const indexes = new Map<string, ReturnType<typeof buildIndex>>();
  const lastDays = new Map<string, string>();
  const vaultRoots: Record<string, string> = {};
  for (const size of sizes) {
    const spec = SIZES[size] as { glimmers: number; others: number };
    log(`${size}: vault (${spec.glimmers} glimmers + ${spec.others} other notes)`);
    const manifest = ensureVault({ ...spec, seed: SEED });
    const { root, ...vault } = manifest;
    const big = spec.glimmers >= 50_000;
    log(`${size}: file scan`);
    const fileScan = await benchFileScan(root, big ? Math.min(runs, 3) : runs, big ? 1 : Math.min(runs, 3), big ? 1 : Math.min(runs, 3));
    log(`${size}: index from metadata`);
    const notes = await loadMetadata(root);
    const index = benchIndex(notes, manifest.lastDay, ci ? 1 : 7);
    const memory = benchMemory(notes);
    results.sizes[size] = { vault, fileScan, index, memory };
    indexes.set(size, buildIndex(notes));
    // glimmer lint with people's names on and off, at 10k (the size issue #12 names; 1k in CI).
    if (size === (ci ? '1k' : '10k')) {
      log(`${size}: glimmer lint, names on and off`);
      results.privacy.lint = benchLintNames(root, spec.glimmers, ci ? 1 : 3);
    }
    lastDays.set(size, manifest.lastDay);
    vaultRoots[size] = root;
  }

  log('worst single note: pathological shapes up to 1 MiB');
  results.worstNote = benchWorstNote(ci ? 1 : 5);

  if (flag('no-render')) results.renderSkipped = '--no-render';
  else if (!chromiumAvailable()) results.renderSkipped = 'no Chromium at /usr/bin/chromium';
  else {
    const browser = await launchChromium();
    try {
      for (const size of sizes) {
        log(`${size}: render in Chromium`);
        results.render[size] = await benchRender(browser, indexes.get(size) as ReturnType<typeof buildIndex>, lastDays.get(size) as string, size, ci ? 1 : 7);
      }
      log('privacy: the identifier warning in Chromium, CPU throttled 4x');
      results.privacy.latency = await benchPrivacyLatency(browser, ci ? 3 : 11);
    } finally {
      await browser.close();
    }
  }
  indexes.clear();

  if (flag('no-plugin')) results.plugin.skipped = '--no-plugin';
  else {
    log('plugin: build main.js, size, load');
    execFileSync(process.execPath, ['esbuild.config.mjs', 'production'], { cwd: ROOT, stdio: 'pipe' });
    results.plugin.bundle = await bundleSize(ROOT);
    const probes = measurePluginLoad();
    results.plugin.load = probes.load;
    results.plugin.redraws = probes.redraws;
  }

  if (flag('no-startup')) results.startup = { skipped: '--no-startup' };
  else {
    log('command start-up: glimmer --version and glimmer stats as whole processes, beside their references');
    results.startup = await benchStartup(vaultRoots, { version: ci ? 5 : 21, stats: (size) => (ci ? 3 : size === '50k' ? Math.min(runs, 3) : runs) });
  }

  if (fuzzRuns > 0) {
    log(`fast frontmatter property tests at ${fuzzRuns} generated frontmatters`);
    results.fuzz = runFuzz(fuzzRuns);
  }

  results.machine.loadAfter = loadavg().map((x) => Math.round(x * 100) / 100);
  results.durationSeconds = Math.round((performance.now() - started) / 100) / 10;
  writeFileSync(outFile, `${JSON.stringify(results, null, 2)}\n`);
  const rows = rowsFor(results);
  process.stdout.write(`\n${textTable(rows)}\n\n`);
  writeFileSync(join(OUT_DIR, 'table.md'), `${markdownTable(rows)}\n`);
  if (results.mode === 'full' || flag('docs')) updateDocs(join(ROOT, 'docs', 'performance.md'), results, rows);
  log(`wrote ${outFile} and ${join(OUT_DIR, 'table.md')} in ${results.durationSeconds} s (load average before ${results.machine.loadBefore.join(' ')}, after ${results.machine.loadAfter.join(' ')})`);
}

await main();
