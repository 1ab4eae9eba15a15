// The API reference (`npm run docs:api`, TypeDoc from the TSDoc of the sources): it builds without
// an error, and a developer can browse every export of the published packages in it.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { REPO, run, unpack } from './support/packages.ts';
import { undocumentedExports } from './support/declarations.ts';

const packed = inject('packed');
const out = mkdtempSync(join(tmpdir(), 'glimmers-api-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

interface Reflection {
  name: string;
  children?: Reflection[];
}

describe('API reference', () => {
  it('builds from typedoc.json and lists every export of core and the dashboard', () => {
    // The repository's own configuration, as JSON only (the same reflections the HTML pages are made from), written outside docs/api/.
    const result = run(process.execPath, [join(REPO, 'node_modules/typedoc/bin/typedoc'), '--json', join(out, 'api.json'), '--logLevel', 'Error'], REPO);
    expect(result.status, result.stdout + result.stderr).toBe(0);
    const api = JSON.parse(readFileSync(join(out, 'api.json'), 'utf8')) as Reflection;
    for (const name of ['@glimmers/core', '@glimmers/dashboard'] as const) {
      const module = api.children?.find((child) => child.name === name);
      const documented = new Set((module?.children ?? []).map((child) => child.name));
      const { exports } = undocumentedExports(join(unpack(packed.packages[name].tarball), 'dist', 'index.d.ts'));
      expect(exports.filter((e) => !documented.has(e)), name).toEqual([]);
    }
  });
});
