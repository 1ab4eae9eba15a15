// Times `glimmer stats --json` end to end (a real process: start-up, walk, read, parse, index,
// print) on a generated vault of 10,000 glimmers plus plain notes. Not a test: it prints numbers.
//   node scripts/time-stats.mjs [glimmers=10000] [runs=5]
// The bench (`npm run bench`) measures the scan itself in-process against its references.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'packages', 'cli', 'bin', 'glimmer.mjs');
const count = Number(process.argv[2] ?? 10_000);
const runs = Number(process.argv[3] ?? 5);

const THEMES = ['client-growth', 'client-hope', 'perspective', 'meaning', 'resourcefulness', 'self-care', 'context', 'presence'];
const MOMENTS = ['after-session', 'end-of-day', 'supervision', 'other'];
const BODY = ['warm chest', 'tight throat', 'lightness', 'slow breath', 'tears', 'steady feet'];

// A small deterministic generator (mulberry32), so every run times the same vault.
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generate(dir) {
  const next = random(42);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const start = Date.UTC(2016, 0, 1);
  for (let i = 0; i < count; i++) {
    const day = new Date(start + Math.floor(i / 3) * 86_400_000).toISOString().slice(0, 10);
    const folder = join(dir, 'Glimmers', day.slice(0, 4));
    mkdirSync(folder, { recursive: true });
    const themes = [pick(THEMES), pick(THEMES)].filter((t, j, all) => all.indexOf(t) === j);
    // Half canonical block style, half hand-written flow style.
    const fm = i % 2 === 0
      ? ['type: glimmer', `created: ${day}T${String(9 + (i % 9)).padStart(2, '0')}:30`, `moment: ${pick(MOMENTS)}`, 'themes:', ...themes.map((t) => `  - ${t}`), `intensity: ${1 + Math.floor(next() * 5)}`, `weight: ${Math.floor(next() * 6)}`, 'body:', `  - ${pick(BODY)}`]
      : [`created: "${day}"`, 'type: glimmer', `themes: [${themes.join(', ')}]`, `intensity: ${1 + Math.floor(next() * 5)}`, `body: ${pick(BODY)}`, 'tags: [glimmer]'];
    const body = `# Glimmer ${i}\n\n## What I witnessed\n\nA small step, noticed.\n\n## What I want to remember\n\nIt counts.\n`;
    writeFileSync(join(folder, `${day} ${i}.md`), `---\n${fm.join('\n')}\n---\n\n${body}`);
  }
  // Plain notes beside them, as in a real vault.
  mkdirSync(join(dir, 'Notes'), { recursive: true });
  for (let i = 0; i < count; i++) writeFileSync(join(dir, 'Notes', `note ${i}.md`), `# Note ${i}\n\nSome text about something else.\n`);
}

const dir = mkdtempSync(join(tmpdir(), 'glimmer-time-stats-'));
try {
  process.stdout.write(`Generating ${count} glimmers and ${count} plain notes in ${dir} ...\n`);
  generate(dir);
  const times = [];
  let glimmers = 0;
  // One warm-up run fills tsx's compile cache and the disk cache, as a second use would.
  for (let i = 0; i <= runs; i++) {
    const started = process.hrtime.bigint();
    const result = spawnSync(process.execPath, [bin, 'stats', dir, '--json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    if (result.status !== 0) throw new Error(`glimmer stats failed: ${result.stderr}`);
    glimmers = JSON.parse(result.stdout).glimmers;
    if (i > 0) times.push(ms);
  }
  const startup = [];
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    spawnSync(process.execPath, [bin, 'stats', join(dir, 'Notes'), '--json'], { encoding: 'utf8' });
    startup.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
  process.stdout.write([
    `glimmer stats --json on ${glimmers} glimmers + ${count} plain notes (${runs} runs after a warm-up)`,
    `  median ${median(times).toFixed(0)} ms, min ${Math.min(...times).toFixed(0)} ms, max ${Math.max(...times).toFixed(0)} ms`,
    `  of which process start-up and ${count} plain notes alone: median ${median(startup).toFixed(0)} ms`,
    `  machine: ${cpus().length} x ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}`,
    '',
  ].join('\n'));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
