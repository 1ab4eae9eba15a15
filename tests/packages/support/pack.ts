/**
 * Global setup of the `packages` project: packs @glimmers/core, @glimmers/dashboard and
 * @glimmers/cli exactly as `npm publish` would (npm runs each package's own build first, its
 * `prepack` script), into a temporary folder outside the repository.
 * The tests read the tarballs' paths with `inject('packed')`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { PACKAGES, REPO, npmEnv, type PackageName, type Packed } from './packages.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    packed: Packed;
  }
}

interface PackReport {
  name: string;
  version: string;
  filename: string;
  files: Array<{ path: string; mode: number }>;
}

export function setup(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'glimmers-packed-'));
  const started = performance.now();
  const output = execFileSync('npm', ['pack', ...PACKAGES.flatMap((name) => ['--workspace', name]), '--pack-destination', dir, '--json'], {
    cwd: REPO, env: npmEnv(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024,
  });
  // Lifecycle scripts print before npm's JSON report.
  const reports = JSON.parse(output.slice(output.indexOf('\n[') + 1)) as PackReport[];
  const packed = { dir, seconds: (performance.now() - started) / 1000, packages: {} } as Packed;
  for (const report of reports) {
    packed.packages[report.name as PackageName] = {
      tarball: join(dir, report.filename),
      version: report.version,
      files: report.files.map((f) => ({ path: f.path, mode: f.mode })),
    };
  }
  project.provide('packed', packed);
  return () => rmSync(dir, { recursive: true, force: true });
}
