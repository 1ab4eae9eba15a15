// Builds the library package in the current folder (@glimmers/core, @glimmers/dashboard) into a
// clean dist/ with TypeScript itself (tsconfig.build.json): ESM JavaScript, declarations carrying
// the TSDoc, and maps for both. Run through the package's `build` script; `npm pack` runs it first.
import { spawnSync } from 'node:child_process';
import { copyFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
// The project's licence travels with the package (git-ignored here: the root LICENSE is the one copy).
copyFileSync(new URL('../../LICENSE', import.meta.url), 'LICENSE');
// A clean folder, so a module that was renamed or removed never lingers in a published package.
rmSync('dist', { recursive: true, force: true });
const tsc = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
if (tsc.error) throw tsc.error;
process.exitCode = tsc.status ?? 1;
