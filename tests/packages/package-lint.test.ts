// The packed tarballs, as npm would publish them: publint and are-the-types-wrong find no problem,
// each package carries what it promises (built ESM with declarations and maps, its styles, its
// licence, README), nothing it should not, and the version the plugin is released with.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { describe, expect, inject, it } from 'vitest';
import { PACKAGES, REPO, readJson, run, unpack, type PackageName } from './support/packages.ts';
import { undocumentedExports } from './support/declarations.ts';

const packed = inject('packed');
const paths = (name: PackageName): string[] => packed.packages[name].files.map((f) => f.path).sort();

describe('package lint on the packed tarballs', () => {
  it.each(PACKAGES)('%s: publint reports nothing, not even a suggestion', async (name) => {
    const data = readFileSync(packed.packages[name].tarball);
    const tarball = data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer;
    const { messages, pkg } = await publint({ pack: { tarball }, level: 'suggestion', strict: true });
    expect(messages.map((m) => `${m.type}: ${formatMessage(m, pkg, { color: false }) ?? m.code}`)).toEqual([]);
  });

  it.each(['@glimmers/core', '@glimmers/dashboard'] as const)('%s: are-the-types-wrong finds no problem for ESM consumers (node16 and bundler)', (name) => {
    // The packages are ESM only: the esm-only profile leaves out CommonJS `require` and the
    // pre-exports `node10` resolution. Stylesheets are not modules, so have no types to check.
    const result = run(join(REPO, 'node_modules/.bin/attw'), [packed.packages[name].tarball, '--profile', 'esm-only', '--format', 'table-flipped', '--no-color', '--exclude-entrypoints', './styles.css', './theme-standin.css'], REPO);
    expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
    expect(result.stdout).toContain('node16 (from ESM)');
  });
});

describe('what each package holds', () => {
  const rootVersion = readJson<{ version: string }>(join(REPO, 'manifest.json')).version;

  it.each(PACKAGES)('%s: the plugin\'s version, licence, repository, keywords and exact files', (name) => {
    const manifest = readJson<Record<string, unknown>>(join(unpack(packed.packages[name].tarball), 'package.json'));
    expect(manifest['version']).toBe(rootVersion);
    expect(manifest['private']).toBeUndefined();
    expect(manifest['license']).toBe('MIT');
    expect(manifest['repository']).toMatchObject({ type: 'git', directory: `packages/${name.slice('@glimmers/'.length)}` });
    expect((manifest['keywords'] as string[]).length).toBeGreaterThan(3);
    expect(manifest['type']).toBe('module');
    expect(paths(name)).toEqual(expect.arrayContaining(['LICENSE', 'README.md', 'package.json']));
  });

  it.each(['@glimmers/core', '@glimmers/dashboard'] as const)('%s: ESM, declarations and maps in dist/, the sources the maps point at, and nothing else', (name) => {
    const files = paths(name);
    for (const entry of ['index', ...(name === '@glimmers/dashboard' ? ['standalone'] : [])]) {
      for (const ext of ['.js', '.js.map', '.d.ts', '.d.ts.map']) expect(files).toContain(`dist/${entry}${ext}`);
      expect(files).toContain(`src/${entry}.ts`);
    }
    const extra = name === '@glimmers/core' ? ['glimmer.schema.json'] : ['styles.css', 'theme-standin.css'];
    expect(files.filter((f) => !/^(dist|src)\//.test(f) && !['LICENSE', 'README.md', 'package.json', ...extra].includes(f))).toEqual([]);
    // Every compiled module has its declaration and both maps; every map's source is in the package.
    const dir = unpack(packed.packages[name].tarball);
    for (const js of files.filter((f) => f.endsWith('.js') && f.startsWith('dist/'))) {
      const base = js.slice(0, -'.js'.length);
      expect(files, js).toEqual(expect.arrayContaining([`${base}.d.ts`, `${js}.map`, `${base}.d.ts.map`]));
      for (const map of [`${js}.map`, `${base}.d.ts.map`]) {
        const { sources } = readJson<{ sources: string[] }>(join(dir, map));
        for (const source of sources) expect(files, `${map} → ${source}`).toContain(join(map, '..', source));
      }
    }
  });

  it('@glimmers/dashboard ships its stylesheets (the root .gitignore rule /styles.css does not drop them)', () => {
    const dir = unpack(packed.packages['@glimmers/dashboard'].tarball);
    for (const css of ['styles.css', 'theme-standin.css']) {
      expect(readFileSync(join(dir, css), 'utf8')).toBe(readFileSync(join(REPO, 'packages/dashboard', css), 'utf8'));
    }
  });

  it.each(['@glimmers/core', '@glimmers/dashboard'] as const)('%s: every export carries its TSDoc into the declarations', (name) => {
    const dir = unpack(packed.packages[name].tarball);
    const { exports, undocumented } = undocumentedExports(join(dir, 'dist', 'index.d.ts'));
    expect(exports.length).toBeGreaterThan(10);
    expect(undocumented).toEqual([]);
  });

  it('@glimmers/cli: one executable entry, the bundle and what it loads on demand, the dashboard page, the licences; no dependencies at all, no install script', () => {
    const cli = packed.packages['@glimmers/cli'];
    const files = paths('@glimmers/cli');
    const chunks = files.filter((f) => /^dist\/chunk-[\w-]+\.mjs$/.test(f));
    expect(files.filter((f) => !chunks.includes(f))).toEqual([
      'LICENSE', 'README.md', 'dist/THIRD-PARTY-LICENSES.md', 'dist/glimmer.mjs', 'dist/main.mjs', 'dist/page/dashboard.css', 'dist/page/standalone.js', 'package.json',
    ]);
    // Every chunk packed is one the bundle imports: none left over from an earlier build.
    const dir = unpack(cli.tarball);
    const imported = new Set([...readFileSync(join(dir, 'dist/main.mjs'), 'utf8').matchAll(/["']\.\/(chunk-[\w-]+\.mjs)["']/g)].map((m) => `dist/${m[1]}`));
    expect(chunks.filter((c) => !imported.has(c))).toEqual([]);
    expect(cli.files.find((f) => f.path === 'dist/glimmer.mjs')?.mode ?? 0).toBe(0o755);
    const manifest = readJson<Record<string, unknown>>(join(dir, 'package.json'));
    expect(String((manifest['bin'] as Record<string, string>)['glimmer']).replace(/^\.\//, '')).toBe('dist/glimmer.mjs');
    expect(manifest['dependencies']).toBeUndefined();
    // Installing it runs nothing (npm would otherwise list a script it was not allowed to run).
    const scripts = Object.keys((manifest['scripts'] ?? {}) as Record<string, string>);
    expect(scripts.filter((name) => /^(pre|post)?(install|prepare)$/.test(name))).toEqual([]);
  });
});
