// Builds the `glimmer` command (@glimmers/cli) into packages/cli/dist/, so that it runs on Node
// alone: no TypeScript loader and no bundler at run time.
//   dist/glimmer.mjs   the package's bin: answers --version itself, else imports main.mjs
//   dist/main.mjs      the whole command with every dependency, one ESM bundle, except what the
//                      source loads on demand (a dynamic import, such as the people's-names
//                      library): that stays out of it, in dist/chunk-*.mjs, read only when used
//   dist/page/         the dashboard page's browser script and styles, read by `glimmer dashboard`
//   dist/THIRD-PARTY-LICENSES.md  the licences of the packages bundled into those files
// Workspace packages are bundled from their TypeScript source (the "glimmers-source" condition),
// so nothing else needs building first. `npm run build`, the root's `prepare` (npm ci) and the package's `prepack` (npm pack) run this.
// `--if-stale` builds only when a file the last build read has changed since (vitest's global
// setup runs it, so the tests always spawn a command built from the current sources).
// Each file is written whole and renamed into place, so a test spawning the command while
// another build runs never reads half a file (chunks first, then the files that import them).
import { chmodSync, copyFileSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUNDLE_CONDITIONS } from '../bundle-conditions.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const cliDir = join(root, 'packages', 'cli');
const dist = join(cliDir, 'dist');
const require = createRequire(join(cliDir, 'package.json'));
const inputsFile = join(dist, '.build-inputs.json');

const common = {
  absWorkingDir: cliDir,
  bundle: true,
  conditions: BUNDLE_CONDITIONS,
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true,
  write: false,
};

const node = {
  ...common,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Whitespace and syntax only: names stay readable in a stack trace, and Node parses less at start.
  minifyWhitespace: true,
  minifySyntax: true,
};

function writeAtomic(path, content) {
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, content);
  renameSync(temp, path);
}

/** A file's size and modification time, or null when it is gone. */
function stamp(path) {
  try {
    const info = statSync(path);
    return `${info.size}:${info.mtimeMs}`;
  } catch {
    return null;
  }
}

/** Whether the last build's outputs exist and every file it read is unchanged. */
function isFresh() {
  try {
    const { inputs, outputs } = JSON.parse(readFileSync(inputsFile, 'utf8'));
    return outputs.every((path) => stamp(path) !== null) && Object.entries(inputs).every(([path, was]) => stamp(path) === was);
  } catch {
    return false;
  }
}

if (process.argv.includes('--if-stale') && isFresh()) process.exit(0);
const { default: esbuild } = await import('esbuild');
const { thirdPartyLicenses } = await import('./third-party-licenses.mjs');

function only(result) {
  const [file] = result.outputFiles;
  if (!file) throw new Error('esbuild gave no output');
  return file.text;
}

// The command itself. Some bundled dependencies are CommonJS and call `require` for Node's own
// modules; an ES module has none, so the bundle makes one.
const main = await esbuild.build({
  ...node,
  entryPoints: ['src/main.ts'],
  outdir: 'dist',
  splitting: true,
  chunkNames: 'chunk-[hash]',
  outExtension: { '.js': '.mjs' },
  banner: { js: "import { createRequire as __glimmersRequire } from 'node:module'; const require = __glimmersRequire(import.meta.url);" },
});
const mainFile = join(dist, 'main.mjs');
const chunks = main.outputFiles.filter((file) => file.path !== mainFile);

// The entry: only the version and a dynamic import of main.mjs, so `glimmer --version` never loads the bundle.
const bin = await esbuild.build({
  ...node,
  entryPoints: ['src/bin.ts'],
  outfile: 'dist/glimmer.mjs',
  plugins: [{
    name: 'glimmers-main-beside',
    setup(build) {
      build.onResolve({ filter: /^\.\/main\.ts$/ }, () => ({ path: './main.mjs', external: true }));
    },
  }],
});

// The dashboard page: one browser script (an IIFE, inlined into the HTML file), and the styles.
const page = await esbuild.build({
  ...common,
  entryPoints: ['@glimmers/dashboard/standalone'],
  platform: 'browser',
  format: 'iife',
  target: 'es2020',
  minify: true,
  treeShaking: true,
  outfile: 'dist/page/standalone.js',
});
const cssFiles = ['@glimmers/dashboard/theme-standin.css', '@glimmers/dashboard/styles.css'].map((name) => require.resolve(name));
const css = cssFiles.map((path) => readFileSync(path, 'utf8')).join('\n');

for (const chunk of chunks) writeAtomic(chunk.path, chunk.text);
writeAtomic(mainFile, main.outputFiles.find((file) => file.path === mainFile)?.text ?? '');
// Chunks of earlier builds, no longer imported by anything.
const current = new Set(chunks.map((chunk) => chunk.path));
for (const name of readdirSync(dist)) if (/^chunk-.*\.mjs$/.test(name) && !current.has(join(dist, name))) rmSync(join(dist, name));
writeAtomic(join(dist, 'glimmer.mjs'), only(bin));
chmodSync(join(dist, 'glimmer.mjs'), 0o755);
writeAtomic(join(dist, 'page', 'standalone.js'), only(page));
writeAtomic(join(dist, 'page', 'dashboard.css'), css);
// The project's licence travels with the package (git-ignored here: the root LICENSE is the one copy).
copyFileSync(join(root, 'LICENSE'), join(cliDir, 'LICENSE'));
writeAtomic(join(dist, 'THIRD-PARTY-LICENSES.md'), thirdPartyLicenses([main.metafile, page.metafile], cliDir));

const read = new Set([...cssFiles, join(cliDir, 'package.json')]);
for (const { metafile } of [main, bin, page]) for (const input of Object.keys(metafile.inputs)) read.add(resolve(cliDir, input));
const outputs = [...['glimmer.mjs', 'main.mjs', 'page/standalone.js', 'page/dashboard.css'].map((name) => join(dist, name)), ...current];
writeAtomic(inputsFile, JSON.stringify({ inputs: Object.fromEntries([...read].map((path) => [path, stamp(path)])), outputs }));
