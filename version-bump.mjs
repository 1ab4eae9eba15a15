// Run by `npm version <patch|minor|major|x.y.z>` (the root package's "version" script), after npm has
// written the new version into package.json and before it commits and tags. Keeps every place that
// states the version in step: manifest.json (what Obsidian reads), versions.json (plugin version →
// the oldest Obsidian it needs; a new line only when minAppVersion changed, as Obsidian's docs ask)
// and the workspace packages, which are released together with the plugin (their package.json files
// and their entries in package-lock.json). Then stages the files for npm's version commit, unless
// npm was told not to commit (`--no-git-tag-version`) or this is not a git work tree.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const version = process.env.npm_package_version;
if (!/^\d+\.\d+\.\d+$/.test(version ?? '')) {
  console.error(`version-bump: expected a plain x.y.z version from npm, got ${JSON.stringify(version)}`);
  process.exit(1);
}

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));
// Two-space JSON with a final newline, as the files are written by hand.
const writeJson = (file, data) => writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);

const manifest = readJson('manifest.json');
manifest.version = version;
writeJson('manifest.json', manifest);

const versions = readJson('versions.json');
if (!Object.values(versions).includes(manifest.minAppVersion)) versions[version] = manifest.minAppVersion;
writeJson('versions.json', versions);

const root = readJson('package.json');
const names = new Set();
const packages = (root.workspaces ?? []).map((dir) => {
  const file = `${dir}/package.json`;
  const data = readJson(file);
  names.add(data.name);
  return { file, data };
});
// Workspace packages depend on each other at the exact version released with them (the command's
// bundle is built from core and the dashboard: development dependencies, bumped the same way).
const bump = (data) => {
  data.version = version;
  for (const field of ['dependencies', 'devDependencies', 'peerDependencies']) {
    for (const name of Object.keys(data[field] ?? {})) if (names.has(name)) data[field][name] = version;
  }
};
for (const { file, data } of packages) {
  bump(data);
  writeJson(file, data);
}
if (existsSync('package-lock.json')) {
  const lock = readJson('package-lock.json');
  for (const dir of root.workspaces ?? []) if (lock.packages?.[dir]) bump(lock.packages[dir]);
  writeJson('package-lock.json', lock);
}

const files = ['manifest.json', 'versions.json', 'package-lock.json', ...packages.map((p) => p.file)];
const inGit = () => {
  try {
    return execFileSync('git', ['rev-parse', '--is-inside-work-tree'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim() === 'true';
  } catch {
    return false;
  }
};
if (process.env.npm_config_git_tag_version !== 'false' && inGit()) execFileSync('git', ['add', ...files], { stdio: 'inherit' });
console.log(`version-bump: ${version} in manifest.json, versions.json and ${packages.length} packages`);
