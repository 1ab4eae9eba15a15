// The licences of the npm packages bundled into a build, for shipping beside it: each package
// found in esbuild's metafiles, with its version, its licence name and the text of its licence file.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** `node_modules/<name>` (scoped or not) of an input path, or null for the workspace's own files. */
function packageDir(input, workingDir) {
  const path = resolve(workingDir, input);
  const match = /^(.*[\\/]node_modules[\\/](?:@[^\\/]+[\\/])?[^\\/]+)/.exec(path);
  return match ? match[1] : null;
}

function licenceText(dir) {
  const file = readdirSync(dir).find((name) => /^licen[cs]e(\.md|\.txt)?$/i.test(name));
  return file ? readFileSync(join(dir, file), 'utf8').trim() : null;
}

/**
 * Markdown listing every package bundled by the builds whose metafiles are given (inputs resolved
 * from `workingDir`), sorted by name.
 */
export function thirdPartyLicenses(metafiles, workingDir) {
  const dirs = new Set();
  for (const metafile of metafiles) {
    for (const input of Object.keys(metafile.inputs)) {
      const dir = packageDir(input, workingDir);
      if (dir && existsSync(join(dir, 'package.json'))) dirs.add(dir);
    }
  }
  const packages = [...dirs].map((dir) => {
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    return { name: manifest.name, version: manifest.version, license: manifest.license ?? 'see its licence text', text: licenceText(dir) };
  }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const sections = packages.map((p) => [
    `## ${p.name} ${p.version}`, '', `Licence: ${p.license}`, '', ...(p.text ? ['```', p.text, '```', ''] : []),
  ].join('\n'));
  return [
    '# Third-party licences',
    '',
    'The `glimmer` command is bundled with these packages (MIT-licensed Glimmers code aside).',
    '',
    ...sections,
  ].join('\n');
}
