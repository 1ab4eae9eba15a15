/**
 * Builds the self-contained dashboard page: `@glimmers/dashboard`'s browser entry bundled in
 * memory with esbuild (one IIFE, nothing written to disk), its stylesheets, and the data, inlined
 * into one HTML file by the dashboard's own `standalonePageHtml` (which adds the strict CSP).
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { build } from 'esbuild';
import { CliError, describeFsError } from './errors.ts';

/** Where one of the dashboard package's entry points is, through its `exports` like any dependency. */
function dashboardFile(name: 'standalone' | 'styles.css' | 'theme-standin.css'): string {
  return createRequire(import.meta.url).resolve(`@glimmers/dashboard/${name}`);
}

/** The bundled browser script and the CSS (stand-in Obsidian theme first, then the panels). */
export async function dashboardAssets(): Promise<{ script: string; css: string }> {
  let css: string;
  try {
    const parts = await Promise.all((['theme-standin.css', 'styles.css'] as const).map((name) => readFile(dashboardFile(name), 'utf8')));
    css = parts.join('\n');
  } catch (error) {
    throw new CliError(`@glimmers/dashboard: could not read the dashboard styles: ${describeFsError(error)}`);
  }
  const result = await build({
    entryPoints: [dashboardFile('standalone')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    treeShaking: true,
    legalComments: 'none',
    // Only production builds of dependencies, never their `development` variants.
    conditions: ['production'],
    logLevel: 'silent',
  }).catch((error: unknown) => {
    throw new CliError(`could not bundle the dashboard: ${error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)}`);
  });
  const output = result.outputFiles[0];
  if (!output) throw new CliError('could not bundle the dashboard: esbuild gave no output');
  return { script: output.text, css };
}
