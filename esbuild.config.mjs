// Bundles the Obsidian plugin into ./main.js and ./styles.css beside ./manifest.json,
// where Obsidian (and the community directory) expect them.
// `node esbuild.config.mjs production` builds once (minified); without the flag it watches.
import { readFile, writeFile } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import esbuild from 'esbuild';

const production = process.argv[2] === 'production';

// The plugin's own styles plus the dashboard panels it mounts; one file, as Obsidian loads one.
const cssSources = ['packages/dashboard/styles.css', 'packages/obsidian-plugin/styles.css'];

async function writeStyles() {
  const parts = [];
  for (const file of cssSources) {
    parts.push(`/* ${file} */\n${await readFile(file, 'utf8')}`);
  }
  await writeFile('styles.css', parts.join('\n'));
}

const context = await esbuild.context({
  entryPoints: ['packages/obsidian-plugin/src/main.ts'],
  bundle: true,
  external: ['obsidian', 'electron', '@codemirror/*', '@lezer/*', ...builtinModules],
  format: 'cjs',
  target: 'es2020',
  platform: 'browser',
  logLevel: 'info',
  sourcemap: production ? false : 'inline',
  minify: production,
  treeShaking: true,
  legalComments: 'none',
  // Only production builds of the unified packages, never their `development` variants.
  conditions: ['production'],
  outfile: 'main.js',
  plugins: [
    {
      name: 'glimmers-styles',
      setup(build) {
        build.onEnd(async (result) => {
          if (result.errors.length === 0) await writeStyles();
        });
      },
    },
  ],
});

if (production) {
  await context.rebuild();
  await context.dispose();
} else {
  await context.watch();
}
