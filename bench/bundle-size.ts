/**
 * main.js size: the file as built (raw and gzip), and what it is made of — the same esbuild options
 * as `esbuild.config.mjs` production (scripts/plugin-bundle-options.mjs), built in memory with a
 * metafile, bytes summed by package.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import esbuild from 'esbuild';
import { pluginBundleOptions } from '../scripts/plugin-bundle-options.mjs';

export interface BundleSize {
  raw: number;
  gzip: number;
  /** Output bytes per source package (node_modules/<name> or packages/<name>), largest first. */
  byPackage: Record<string, number>;
}

function packageOf(path: string): string {
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (nm) return nm[1] as string;
  const pkg = /packages\/([^/]+)/.exec(path);
  return pkg ? `@glimmers/${pkg[1] as string}` : path;
}

export async function bundleSize(root: string): Promise<BundleSize | null> {
  const file = join(root, 'main.js');
  if (!existsSync(file)) return null;
  const code = readFileSync(file);
  const out = await esbuild.build({
    ...pluginBundleOptions({ production: true }),
    absWorkingDir: root,
    write: false, metafile: true, logLevel: 'silent',
  });
  const byPackage: Record<string, number> = {};
  // `metafile: true` above: esbuild always returns one.
  for (const output of Object.values(out.metafile?.outputs ?? {})) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const name = packageOf(input);
      byPackage[name] = (byPackage[name] ?? 0) + bytesInOutput;
    }
  }
  const sorted = Object.fromEntries(Object.entries(byPackage).sort((a, b) => b[1] - a[1]));
  return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length, byPackage: sorted };
}
