/**
 * A lock file for the consumer project: the packed tarballs of the libraries, and their published
 * dependencies at exactly the versions (and integrity hashes) the repository's package-lock.json
 * pins, laid out as npm laid them out here. With it `npm ci` needs no registry metadata at all, and
 * every tarball it needs is in npm's cache once the repository's own `npm ci` has run, so the
 * consumer test installs without the network (a clean CI clone runs `npm ci` first).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** One entry of a version 3 lock file's `packages` map (only the fields this module reads are typed). */
interface LockEntry {
  version?: string;
  resolved?: string;
  integrity?: string;
  link?: boolean;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  [field: string]: unknown;
}

/** A workspace package installed from its tarball. */
export interface TarballDependency {
  name: string;
  /** Its folder in the repository, as the lock file names it (`packages/core`). */
  workspace: string;
  tarball: string;
}

/** What to write into the consumer's folder. */
export interface ConsumerProject {
  manifest: Record<string, unknown>;
  lock: Record<string, unknown>;
}

/** The lock key Node's resolution finds for `name` required from the package at `location`. */
function resolveFrom(lock: Record<string, LockEntry>, location: string, name: string): string {
  const parts = location === '' ? [] : location.split('/');
  for (let i = parts.length; i >= 0; i--) {
    if (i > 0 && parts[i - 1] === 'node_modules') continue;
    const dir = parts.slice(0, i).join('/');
    const key = `${dir === '' ? '' : `${dir}/`}node_modules/${name}`;
    if (lock[key]) return key;
  }
  throw new Error(`package-lock.json has no ${name} for ${location === '' ? 'the root' : location}`);
}

/** Every package `entry` needs at run time: dependencies, optional ones, and peers that are not optional. */
function neededNames(entry: LockEntry): string[] {
  const peers = Object.keys(entry.peerDependencies ?? {}).filter((name) => entry.peerDependenciesMeta?.[name]?.optional !== true);
  return [...new Set([...Object.keys(entry.dependencies ?? {}), ...Object.keys(entry.optionalDependencies ?? {}), ...peers])];
}

/**
 * The consumer's package.json and package-lock.json for `app`: the tarballs as `file:` dependencies,
 * and everything they need, taken from the repository's lock file at `repo`.
 */
export function consumerProject(repo: string, app: string, tarballs: readonly TarballDependency[]): ConsumerProject {
  const lock = (JSON.parse(readFileSync(join(repo, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> }).packages;
  const byWorkspace = new Map(tarballs.map((t) => [t.workspace, t]));
  // A workspace folder of the repository is node_modules/<name> in the consumer's.
  const consumerKey = (key: string): string => {
    for (const t of tarballs) if (key === t.workspace || key.startsWith(`${t.workspace}/`)) return `node_modules/${t.name}${key.slice(t.workspace.length)}`;
    return key;
  };
  const packages: Record<string, LockEntry> = {};
  const queue = tarballs.map((t) => t.workspace);
  const seen = new Set<string>();
  for (let key = queue.shift(); key !== undefined; key = queue.shift()) {
    if (seen.has(key)) continue;
    seen.add(key);
    const entry = lock[key];
    if (!entry) throw new Error(`package-lock.json has no ${key}`);
    for (const name of neededNames(entry)) {
      const found = resolveFrom(lock, key, name);
      // A workspace package is a link in the repository; the consumer gets it from its tarball.
      const link = lock[found]?.link === true;
      const target = link ? String(lock[found]?.resolved) : found;
      if (link && !byWorkspace.has(target)) throw new Error(`${name}, needed by ${key}, is a workspace package that is not packed`);
      queue.push(target);
    }
    // The flags say what the repository needs it for (development, here); the consumer needs it to run.
    const { dev: _dev, devOptional: _devOptional, peer: _peer, name: _name, ...fields } = entry;
    const packed = byWorkspace.get(key);
    if (packed) {
      fields.resolved = `file:${relative(app, packed.tarball)}`;
      fields.integrity = `sha512-${createHash('sha512').update(readFileSync(packed.tarball)).digest('base64')}`;
    }
    packages[consumerKey(key)] = fields;
  }
  const dependencies = Object.fromEntries(tarballs.map((t) => [t.name, `file:${relative(app, t.tarball)}`]));
  const name = 'glimmers-consumer';
  const sorted = Object.fromEntries(Object.keys(packages).sort().map((key) => [key, packages[key]]));
  return {
    manifest: { name, private: true, type: 'module', dependencies },
    lock: { name, lockfileVersion: 3, requires: true, packages: { '': { name, dependencies }, ...sorted } },
  };
}
