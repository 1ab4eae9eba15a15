// Loads the CLI's `main` from its TypeScript source, with no build step for the user.
//
// Fast path: one esbuild bundle of src/main.ts, made on first use and cached in
// node_modules/.cache/glimmer-cli/. Loading one file is several times faster than compiling and
// resolving ~240 modules through a loader hook on every run (measured on a loaded 2-core machine:
// `glimmer stats` on 10,000 glimmers 1.2-2.2 s bundled against 2.0-3.6 s through tsx).
// The cache is used only while every workspace source it was built from is unchanged (same size
// and mtime) and npm has not reinstalled anything; otherwise it is rebuilt (~0.5 s).
//
// Fallback: tsx compiles the source on the fly. Used when the cache cannot be written (a
// read-only install) or anything about the bundle fails, and always with GLIMMER_NO_BUNDLE=1.
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const cliDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(cliDir, 'src', 'main.ts');

function nodeModulesOf(path) {
  const at = path.lastIndexOf(`${sep}node_modules${sep}`);
  return at < 0 ? null : path.slice(0, at + `${sep}node_modules`.length);
}

function stamp(path) {
  const info = statSync(path);
  return `${info.size}:${info.mtimeMs}`;
}

function isFresh(manifest) {
  if (manifest.node !== process.version || manifest.entry !== entry) return false;
  return Object.entries(manifest.inputs).every(([path, expected]) => {
    try {
      return stamp(path) === expected;
    } catch {
      return false;
    }
  });
}

function writeAtomic(path, text) {
  const temp = `${path}.${process.pid}.${Date.now()}.tmp`;
  writeFileSync(temp, text);
  renameSync(temp, path);
}

async function fromBundle() {
  const require = createRequire(import.meta.url);
  const esbuildPath = require.resolve('esbuild');
  const nodeModules = nodeModulesOf(esbuildPath);
  if (nodeModules === null) throw new Error('no node_modules');
  const cacheDir = join(nodeModules, '.cache', 'glimmer-cli');
  const bundlePath = join(cacheDir, 'main.mjs');
  const manifestPath = join(cacheDir, 'manifest.json');
  try {
    if (isFresh(JSON.parse(readFileSync(manifestPath, 'utf8')))) return (await import(pathToFileURL(bundlePath).href)).main;
  } catch {
    // No cache yet, or an unreadable one: build it.
  }
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [entry],
    absWorkingDir: cliDir,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // esbuild has a native binary; it stays a normal import, resolved from the cache's node_modules.
    external: ['esbuild'],
    banner: { js: "import { createRequire as __glimmerRequire } from 'node:module'; const require = __glimmerRequire(import.meta.url);" },
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const inputs = {};
  for (const input of Object.keys(result.metafile.inputs)) {
    const path = resolve(cliDir, input);
    // Workspace sources by size and mtime; dependencies through npm's own install record below.
    if (nodeModulesOf(path) === null) inputs[path] = stamp(path);
  }
  const installRecord = join(nodeModules, '.package-lock.json');
  try {
    inputs[installRecord] = stamp(installRecord);
  } catch {
    // Not installed by npm: dependency changes are not tracked; sources still are.
  }
  mkdirSync(cacheDir, { recursive: true });
  writeAtomic(bundlePath, result.outputFiles[0].text);
  writeAtomic(manifestPath, JSON.stringify({ node: process.version, entry, inputs }));
  return (await import(pathToFileURL(bundlePath).href)).main;
}

/** The CLI's `main(argv)`, from the cached bundle when possible, else through tsx. */
export async function loadMain() {
  if (process.env.GLIMMER_NO_BUNDLE !== '1') {
    try {
      return await fromBundle();
    } catch {
      // Fall back to compiling on the fly: slower, same behaviour.
    }
  }
  const { register } = await import('tsx/esm/api');
  register();
  return (await import('../src/main.ts')).main;
}
