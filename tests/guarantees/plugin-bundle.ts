/**
 * The built plugin bundle (root main.js), rebuilt when older than any source or the build script,
 * so the guarantee tests always check what would ship. Shared by every test that reads main.js.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The repository root. */
export const ROOT = resolve(import.meta.dirname, '../..');

function newestSource(dir: string): number {
  let newest = 0;
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const path = join(dir, name);
    const stat = statSync(path);
    newest = Math.max(newest, stat.isDirectory() ? newestSource(path) : stat.mtimeMs);
  }
  return newest;
}

/** The text of main.js as `npm run build` makes it, building it first when it is missing or stale. */
export function builtPluginBundle(): string {
  const mainJs = join(ROOT, 'main.js');
  const sources = Math.max(newestSource(join(ROOT, 'packages')), newestSource(join(ROOT, 'scripts', 'bundle-shims')), statSync(join(ROOT, 'esbuild.config.mjs')).mtimeMs);
  if (!existsSync(mainJs) || statSync(mainJs).mtimeMs < sources || statSync(mainJs).size < 2000) {
    execFileSync(process.execPath, ['esbuild.config.mjs', 'production'], { cwd: ROOT, stdio: 'pipe' });
  }
  return readFileSync(mainJs, 'utf8');
}
