/**
 * Vitest global setup: the CLI, browser and guarantee tests spawn the built `glimmer`
 * (packages/cli/dist/glimmer.mjs), as a user runs it. `npm test` builds it first; a run of vitest
 * alone rebuilds it here when a file it was built from has changed, so no test sees a stale command.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

export function setup(): void {
  const root = join(import.meta.dirname, '..', '..');
  execFileSync(process.execPath, [join(root, 'scripts/packages/build-cli.mjs'), '--if-stale'], { cwd: root, stdio: 'inherit' });
}
