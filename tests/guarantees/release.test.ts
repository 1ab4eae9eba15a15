// Release readiness, as the Obsidian sample plugin does it: `npm version` keeps manifest.json,
// versions.json and the workspace packages in step (tried in a temporary copy, never on the
// repository itself), a release workflow attaches the three files Obsidian installs, and the
// licence the community directory asks for is there.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT } from './plugin-bundle.ts';

const PACKAGES = ['core', 'dashboard', 'obsidian-plugin', 'cli'];
const dirs: string[] = [];

/** A copy of just what `npm version` reads and writes. */
function copyForVersioning(): string {
  const dir = mkdtempSync(join(tmpdir(), 'glimmers-version-'));
  dirs.push(dir);
  for (const file of ['package.json', 'package-lock.json', 'manifest.json', 'versions.json', 'version-bump.mjs', '.npmrc']) cpSync(join(ROOT, file), join(dir, file));
  for (const name of PACKAGES) {
    mkdirSync(join(dir, 'packages', name), { recursive: true });
    cpSync(join(ROOT, 'packages', name, 'package.json'), join(dir, 'packages', name, 'package.json'));
  }
  return dir;
}

const readJson = (dir: string, file: string): Record<string, unknown> => JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>;
const bumpVersion = (dir: string, kind: string): void => {
  execFileSync('npm', ['version', kind, '--no-git-tag-version'], { cwd: dir, stdio: 'pipe', env: { ...process.env, npm_config_offline: 'true' } });
};
const next = (version: string, part: 0 | 1 | 2): string => version.split('.').map((n, i) => (i < part ? Number(n) : i === part ? Number(n) + 1 : 0)).join('.');

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('npm version', () => {
  it('updates manifest.json and every package to the new version, and versions.json only when minAppVersion is new', () => {
    const dir = copyForVersioning();
    const before = readJson(dir, 'manifest.json');
    const versionsBefore = readJson(dir, 'versions.json');
    bumpVersion(dir, 'patch');
    const expected = next(before['version'] as string, 2);
    expect(readJson(dir, 'package.json')['version']).toBe(expected);
    expect(readJson(dir, 'manifest.json')).toEqual({ ...before, version: expected });
    for (const name of PACKAGES) expect(readJson(dir, `packages/${name}/package.json`)['version'], name).toBe(expected);
    // Packages that depend on each other (the command is built from core and the dashboard) follow.
    expect((readJson(dir, 'packages/dashboard/package.json')['dependencies'] as Record<string, string>)['@glimmers/core']).toBe(expected);
    expect(readJson(dir, 'packages/cli/package.json')['devDependencies']).toMatchObject({ '@glimmers/core': expected, '@glimmers/dashboard': expected });
    const lock = readJson(dir, 'package-lock.json') as { packages: Record<string, { version?: string }> };
    expect(lock.packages['packages/core']?.version).toBe(expected);
    // Same minAppVersion: versions.json keeps its lines (Obsidian only reads it for older apps).
    expect(readJson(dir, 'versions.json')).toEqual(versionsBefore);
  });

  it('adds a versions.json line when the release needs a newer Obsidian', () => {
    const dir = copyForVersioning();
    const manifest = readJson(dir, 'manifest.json');
    writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify({ ...manifest, minAppVersion: '9.9.9' }, null, 2)}\n`);
    bumpVersion(dir, 'minor');
    const expected = next(manifest['version'] as string, 1);
    expect(readJson(dir, 'versions.json')[expected]).toBe('9.9.9');
  });
});

describe('release files', () => {
  it('has an MIT licence', () => {
    expect(readFileSync(join(ROOT, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} Glimmers contributors/);
    expect(readJson(ROOT, 'package.json')['license']).toBe('MIT');
  });

  it('has a release workflow that builds on a version tag and attaches main.js, manifest.json and styles.css', () => {
    const workflow = readFileSync(join(ROOT, '.github/workflows/release.yml'), 'utf8');
    expect(workflow).toMatch(/tags:\s*\n\s*- '\[0-9\]\+\.\[0-9\]\+\.\[0-9\]\+'/);
    expect(workflow).toContain('npm run build');
    expect(workflow).toMatch(/main\.js manifest\.json styles\.css/);
  });

  it('has a changelog with a section for the current version', () => {
    const version = readJson(ROOT, 'manifest.json')['version'] as string;
    expect(readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8')).toContain(`## ${version}`);
  });
});
