/**
 * Shared by the `packages` project: which packages are published, what the packing step hands the
 * tests, and how npm and other tools are run outside the repository's own npm context.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const REPO = resolve(import.meta.dirname, '../../..');

/** The workspace packages published to npm (the Obsidian plugin ships as a release instead). */
export const PACKAGES = ['@glimmers/core', '@glimmers/dashboard', '@glimmers/cli'] as const;
export type PackageName = (typeof PACKAGES)[number];

export interface PackedPackage {
  /** The .tgz file `npm pack` wrote. */
  tarball: string;
  version: string;
  /** Every file in the tarball, relative to the package root, with its mode. */
  files: Array<{ path: string; mode: number }>;
}

export interface Packed {
  dir: string;
  /** How long packing took (the packages' own builds included). */
  seconds: number;
  packages: Record<PackageName, PackedPackage>;
}

/**
 * The environment for npm and the tools it installs: this process's, without the `npm_*`
 * variables `npm test` sets, which would point a nested npm at the repository (its prefix, its
 * config, its package).
 */
export function npmEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!/^npm_/i.test(key)) env[key] = value;
  return { ...env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false', ...extra };
}

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command to its end (never through a shell) and returns what it printed. */
export function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = npmEnv()): Run {
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', timeout: 170_000, maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** `run`, failing with everything the command printed when it does not exit 0. */
export function runOk(command: string, args: string[], cwd: string, env?: NodeJS.ProcessEnv): string {
  const result = run(command, args, cwd, env);
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${result.status}\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

/** Unpacks a tarball into a new temporary folder; returns the package's folder inside it. */
export function unpack(tarball: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'glimmers-unpacked-'));
  execFileSync('tar', ['-xzf', tarball, '-C', dir]);
  return join(dir, 'package');
}

/** A JSON file's content. */
export function readJson<T = Record<string, unknown>>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/** The repository's own TypeScript compiler, to type-check consumer projects as their own tsc would. */
export const TSC = join(REPO, 'node_modules/typescript/bin/tsc');
