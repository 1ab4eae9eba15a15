/**
 * Test support for the `glimmer` command: run the real process (node + the bin launcher) on
 * temporary folders, and write small vaults.
 */
import { spawnSync } from 'node:child_process';
import type { SpawnSyncOptions } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll } from 'vitest';

export const REPO = resolve(import.meta.dirname, '../..');
export const BIN = join(REPO, 'packages/cli/bin/glimmer.mjs');

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  input?: string;
  env?: Record<string, string>;
  /** Run as another user (root only): how the tests meet "permission denied" as root. */
  uid?: number;
  /** Run through `sh -c` with this prefix, e.g. `ulimit -f 4;`. */
  shellPrefix?: string;
  /** Kill the process after this long (default 120 s); a run killed this way throws. */
  timeoutMs?: number;
}

/** Runs `glimmer ...args` as a user would, and waits for it. Colour and TTY are off (pipes). */
export function glimmer(args: string[], options: RunOptions = {}): RunResult {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/tmp', TZ: 'UTC', ...options.env };
  const spawnOptions: SpawnSyncOptions = { cwd: options.cwd ?? REPO, env, input: options.input ?? '', encoding: 'utf8', timeout: options.timeoutMs ?? 120_000, maxBuffer: 64 * 1024 * 1024 };
  if (options.uid !== undefined) {
    spawnOptions.uid = options.uid;
    spawnOptions.gid = options.uid;
  }
  const result = options.shellPrefix === undefined
    ? spawnSync(process.execPath, [BIN, ...args], spawnOptions)
    : spawnSync('/bin/sh', ['-c', `${options.shellPrefix} exec "$0" "$@"`, process.execPath, BIN, ...args], spawnOptions);
  if (result.error) throw result.error;
  return { status: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
}

/** Parses stdout as JSON, failing with the process's stderr when it is not. */
export function json<T = unknown>(result: RunResult): T {
  try {
    return JSON.parse(result.stdout) as T;
  } catch {
    throw new Error(`stdout is not JSON (exit ${result.status}). stderr: ${result.stderr}\nstdout: ${result.stdout.slice(0, 500)}`);
  }
}

const made: string[] = [];
afterAll(() => {
  for (const dir of made) {
    // Give back permissions the tests took away, so the folder can be removed.
    chmodTree(dir);
    rmSync(dir, { recursive: true, force: true });
  }
  // Removing a folder of 100,000 files takes a while on a busy machine.
}, 180_000);

function chmodTree(dir: string): void {
  try {
    chmodSync(dir, 0o755);
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) chmodTree(join(dir, entry.name));
      else if (entry.isFile()) chmodSync(join(dir, entry.name), 0o644);
    }
  } catch {
    // best effort
  }
}

/** A new empty temporary folder, removed after the test file. Readable by other users. */
export function tempDir(prefix = 'glimmer-cli-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  chmodSync(dir, 0o755);
  made.push(dir);
  return dir;
}

/** Writes `files` (relative path → text or bytes) under a new temporary folder and returns it. */
export function makeVault(files: Record<string, string | Uint8Array>): string {
  const dir = tempDir();
  writeFiles(dir, files);
  return dir;
}

export function writeFiles(dir: string, files: Record<string, string | Uint8Array>): void {
  for (const [path, content] of Object.entries(files)) {
    const full = join(dir, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
}

export interface GlimmerFields {
  created: string;
  moment?: string;
  themes?: string[];
  intensity?: number | string;
  weight?: number | string;
  body?: string[];
  feelings?: string[];
  grounding?: string[];
  extra?: string;
  text?: string;
}

/** The text of a glimmer note, hand-written style. */
export function glimmerNote(f: GlimmerFields): string {
  const lines = ['---', 'type: glimmer', `created: ${f.created}`];
  if (f.moment !== undefined) lines.push(`moment: ${f.moment}`);
  for (const key of ['themes', 'body', 'feelings', 'grounding'] as const) {
    const list = f[key];
    if (list !== undefined) lines.push(`${key}: [${list.map((v) => JSON.stringify(v)).join(', ')}]`);
  }
  if (f.intensity !== undefined) lines.push(`intensity: ${f.intensity}`);
  if (f.weight !== undefined) lines.push(`weight: ${f.weight}`);
  if (f.extra !== undefined) lines.push(f.extra);
  lines.push('---', '', f.text ?? '## What I witnessed\n\nA small step.', '');
  return lines.join('\n');
}

/** Whether the tests run as root (who reads any file regardless of its mode). */
export const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** The uid to run as for permission tests: `nobody` when root, else the current user. */
export const unprivileged = isRoot ? { uid: 65534 } : {};

/** Files in `dir` whose name looks like a leftover temp file of ours. */
export function tempLeftovers(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => /\.tmp$/.test(name));
}
