// Times `glimmer stats --json` end to end (a real process: start-up, walk, read, parse, index,
// print) on the bench's seeded vault of 10,000 glimmers and as many other notes. Not a test: it
// prints numbers. The vault is the one `npm run bench` measures (made once under bench/out/).
//   node scripts/time-stats.mjs [glimmers=10000] [runs=5]
// The bench measures the scan itself in-process against its references.
import { spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register();
const { ensureVault } = await import('../bench/generate-vault.ts');

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'packages', 'cli', 'bin', 'glimmer.mjs');
const count = Number(process.argv[2] ?? 10_000);
const runs = Number(process.argv[3] ?? 5);

process.stdout.write(`Preparing the bench vault of ${count} glimmers and ${count} other notes ...\n`);
const vault = ensureVault({ glimmers: count, others: count, seed: 7 });

const time = (dir) => {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [bin, 'stats', dir, '--json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  // Exit 0, or 2 with the JSON still printed when a few generated notes are unreadable on purpose.
  if (result.stdout.trim() === '') throw new Error(`glimmer stats failed: ${result.stderr}`);
  return { ms, glimmers: JSON.parse(result.stdout).glimmers };
};

// One warm-up run fills the CLI's bundle cache and the disk cache, as a second use would.
time(vault.root);
const times = [];
let glimmers = 0;
for (let i = 0; i < runs; i++) {
  const run = time(vault.root);
  times.push(run.ms);
  glimmers = run.glimmers;
}
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
process.stdout.write([
  `glimmer stats --json on ${glimmers} glimmers in ${vault.files} notes (${runs} runs after a warm-up)`,
  `  median ${median(times).toFixed(0)} ms, min ${Math.min(...times).toFixed(0)} ms, max ${Math.max(...times).toFixed(0)} ms`,
  `  machine: ${cpus().length} x ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}`,
  '',
].join('\n'));
