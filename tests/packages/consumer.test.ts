// A developer outside this repository: in a temporary folder, install the packed tarballs (with
// their published dependencies at the versions the repository's lock file pins: see
// support/consumer-lock.ts), then use them as documented in the packages' READMEs: (a) plain Node ESM parses and edits a glimmer; (b) TypeScript projects with
// `moduleResolution` node16 and bundler type-check code that uses the API; (c) the `glimmer`
// command, installed globally from its tarball, summarises the example vault.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { consumerProject } from './support/consumer-lock.ts';
import { REPO, TSC, readJson, run, runOk } from './support/packages.ts';

const packed = inject('packed');
const NOTE = ['---', 'type: glimmer', 'created: 2026-03-14T17:05', 'themes: [client-hope]', 'intensity: 3 # after the last session', '---', '', '# She said it out loud', '', '## What I witnessed', '', 'A first boundary, kept.', ''].join('\n');

let home = '';
let app = '';
let globalPrefix = '';
let installSeconds = 0;

beforeAll(() => {
  const started = performance.now();
  home = mkdtempSync(join(tmpdir(), 'glimmers-consumer-'));
  app = join(home, 'app');
  globalPrefix = join(home, 'global');
  mkdirSync(app);
  const { packages } = packed;
  const project = consumerProject(REPO, app, [
    { name: '@glimmers/core', workspace: 'packages/core', tarball: packages['@glimmers/core'].tarball },
    { name: '@glimmers/dashboard', workspace: 'packages/dashboard', tarball: packages['@glimmers/dashboard'].tarball },
  ]);
  writeFileSync(join(app, 'package.json'), `${JSON.stringify(project.manifest, null, 2)}\n`);
  writeFileSync(join(app, 'package-lock.json'), `${JSON.stringify(project.lock, null, 2)}\n`);
  // --offline: everything comes from npm's cache, where the repository's own `npm ci` put it (CI runs
  // that first), so the test never needs the network; a missing package fails with ENOTCACHED.
  runOk('npm', ['ci', '--offline'], app);
  // As a user would: npm install -g ./glimmers-cli-X.Y.Z.tgz (into a prefix of the test's own; it has no dependencies).
  runOk('npm', ['install', '--global', '--offline', '--prefix', globalPrefix, packages['@glimmers/cli'].tarball], home);
  installSeconds = (performance.now() - started) / 1000;
}, 170_000);

afterAll(() => {
  if (home !== '') rmSync(home, { recursive: true, force: true });
  process.stderr.write(`packages: packed in ${packed.seconds.toFixed(1)} s, installed in ${installSeconds.toFixed(1)} s\n`);
});

describe('(a) plain Node ESM', () => {
  it('runs the example of the README it installed: parses a glimmer, counts it, edits one value and only its bytes', () => {
    const readme = readFileSync(join(app, 'node_modules/@glimmers/core/README.md'), 'utf8');
    const example = /## Example\n+```js\n([^]*?)```/.exec(readme)?.[1] ?? '';
    expect(example.trimEnd().split('\n')).toHaveLength(10);
    mkdirSync(join(app, 'Glimmers'), { recursive: true });
    const note = join(app, 'Glimmers/2026-03-14-1705-k3vq.md');
    writeFileSync(note, NOTE);
    writeFileSync(join(app, 'example.mjs'), example);
    const result = run(process.execPath, ['example.mjs'], app);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe("{ 'client-hope': 1 }\n");
    expect(readFileSync(note, 'utf8')).toBe(NOTE.replace('intensity: 3 #', 'intensity: 5 #'));
  });

  it('reads what it parsed and edited through the installed package', () => {
    writeFileSync(join(app, 'note.md'), NOTE);
    writeFileSync(join(app, 'edit.mjs'), [
      "import { readFileSync } from 'node:fs';",
      "import { editFrontmatter, parseGlimmer } from '@glimmers/core';",
      "const text = readFileSync('note.md', 'utf8');",
      'const { glimmer, issues } = parseGlimmer(text);',
      "const edited = editFrontmatter(text, { weight: 2, themes: ['client-hope', 'presence'] });",
      'console.log(JSON.stringify({ glimmer, issues, edited, reparsed: parseGlimmer(edited.text).glimmer }));',
    ].join('\n'));
    const out = JSON.parse(runOk(process.execPath, ['edit.mjs'], app)) as Record<string, { weight?: number; themes?: string[]; text?: string; issues?: unknown[] }>;
    expect(out['glimmer']).toMatchObject({ day: '2026-03-14', themes: ['client-hope'], intensity: 3, title: 'She said it out loud' });
    expect(out['issues']).toEqual([]);
    expect(out['edited']?.issues).toEqual([]);
    expect(out['reparsed']).toMatchObject({ intensity: 3, weight: 2, themes: ['client-hope', 'presence'] });
    // Everything but the changed keys is byte for byte what was there (the comment included).
    expect(out['edited']?.text).toContain('intensity: 3 # after the last session\n');
    expect(out['edited']?.text?.endsWith(NOTE.slice(NOTE.indexOf('---\n\n# She')))).toBe(true);
  });

  it('loads the published build, not the TypeScript source', () => {
    const resolved = runOk(process.execPath, ['--input-type=module', '-e', "console.log(import.meta.resolve('@glimmers/core'))"], app).trim();
    expect(resolved).toMatch(/node_modules\/@glimmers\/core\/dist\/index\.js$/);
  });
});

const USE_API = [
  "import { editFrontmatter, GlimmerIndex, parseGlimmer, serializeGlimmer } from '@glimmers/core';",
  "import type { Glimmer, Issue, ParseResult } from '@glimmers/core';",
  '',
  'export function summarise(text: string): { count: number; canonical: string | null; issues: Issue[] } {',
  '  const result: ParseResult = parseGlimmer(text);',
  '  const glimmer: Glimmer | null = result.glimmer;',
  '  const index = new GlimmerIndex();',
  "  if (glimmer) index.set('a.md', glimmer);",
  '  const edited = editFrontmatter(text, { intensity: 5 });',
  '  return { count: index.query({}).count, canonical: glimmer ? serializeGlimmer(glimmer) : null, issues: [...result.issues, ...edited.issues] };',
  '}',
].join('\n');
const USE_DASHBOARD = [
  "import { GlimmerIndex } from '@glimmers/core';",
  "import { buildDashboardModel, renderDashboard } from '@glimmers/dashboard';",
  '',
  'export function show(container: HTMLElement, index: GlimmerIndex): () => void {',
  "  const model = buildDashboardModel(index, { range: '12m', today: '2026-03-14', weekStart: 1 });",
  '  const view = renderDashboard(container, model, { openNote: () => undefined, changeFilters: () => undefined });',
  '  return () => view.destroy();',
  '}',
].join('\n');
// Proof the types are real (not `any`): a count is not a string.
const MISUSE = "import { parseGlimmer } from '@glimmers/core';\nexport const wrong: string = parseGlimmer('').issues.length;\n";

/** Writes a TypeScript project beside the installed packages and runs tsc on it. */
function typeCheck(name: string, options: Record<string, unknown>, files: Record<string, string>): { status: number | null; output: string } {
  const dir = join(app, name);
  mkdirSync(dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({
    compilerOptions: { target: 'ES2022', strict: true, noEmit: true, skipLibCheck: false, types: [], ...options },
    files: Object.keys(files),
  }, null, 2));
  const result = run(process.execPath, [TSC, '-p', dir, '--pretty', 'false'], dir);
  return { status: result.status, output: result.stdout + result.stderr };
}

describe('(b) TypeScript consumers', () => {
  // One project per resolution: the API files must check clean, and the misuse file must fail on
  // its one line (so the types are real, not \`any\`).
  const expectOnlyMisuse = (output: string): void => {
    const errors = output.split('\n').filter((line) => /error TS/.test(line));
    expect(errors, output).toHaveLength(1);
    expect(errors[0]).toMatch(/^misuse\.ts\(2,\d+\): error TS2322: Type 'number' is not assignable to type 'string'/);
  };

  it('moduleResolution node16 (a Node ESM project): the API type-checks, declarations included', () => {
    const result = typeCheck('ts-node16', { module: 'node16', moduleResolution: 'node16', lib: ['ES2022'] }, { 'use-api.ts': USE_API, 'misuse.ts': MISUSE });
    expect(result.status).not.toBe(0);
    expectOnlyMisuse(result.output);
  });

  it('moduleResolution bundler (a browser app): core and the dashboard type-check', () => {
    const result = typeCheck('ts-bundler', { module: 'ESNext', moduleResolution: 'bundler', lib: ['ES2022', 'DOM', 'DOM.Iterable'] }, { 'use-api.ts': USE_API, 'use-dashboard.ts': USE_DASHBOARD, 'misuse.ts': MISUSE });
    expect(result.status).not.toBe(0);
    expectOnlyMisuse(result.output);
  });
});

describe('(c) the glimmer command, installed with npm install -g from its tarball', () => {
  const glimmer = (args: string[]) => run(join(globalPrefix, 'bin', 'glimmer'), args, home);

  it('runs stats --json on the example vault with the same numbers as the workspace build', () => {
    const vault = join(REPO, 'examples', 'vault');
    const installed = glimmer(['stats', vault, '--json']);
    expect(installed.stderr).toBe('');
    expect(installed.status).toBe(0);
    const stats = JSON.parse(installed.stdout) as { glimmers: number };
    expect(stats.glimmers).toBeGreaterThan(50);
    const workspace = runOk(process.execPath, [join(REPO, 'packages/cli/dist/glimmer.mjs'), 'stats', vault, '--json'], home);
    expect(JSON.parse(workspace)).toEqual(stats);
  });

  it('needs nothing but Node: no dependency was installed with it, and --version is the package version', () => {
    const installedDir = join(globalPrefix, 'lib', 'node_modules', '@glimmers', 'cli');
    expect(readdirSync(installedDir).sort()).toEqual(['LICENSE', 'README.md', 'dist', 'package.json']);
    expect(glimmer(['--version']).stdout).toBe(`${packed.packages['@glimmers/cli'].version}\n`);
  });

  it('writes the dashboard page from the files it was packed with', () => {
    const out = join(home, 'dashboard.html');
    const result = glimmer(['dashboard', join(REPO, 'examples', 'vault'), '--out', out]);
    expect(result.status, result.stderr).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('glimmers-dashboard');
    expect(html).toContain(readFileSync(join(REPO, 'packages/cli/dist/page/standalone.js'), 'utf8').slice(0, 200));
    expect(readJson(join(globalPrefix, 'lib', 'node_modules', '@glimmers', 'cli', 'package.json'))['name']).toBe('@glimmers/cli');
  });
});
