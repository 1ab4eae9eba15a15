// Bundles the Obsidian plugin into ./main.js and ./styles.css beside ./manifest.json,
// where Obsidian (and the community directory) expect them. The bundle's options (target engines,
// what is kept out of it) are in scripts/plugin-bundle-options.mjs.
// `node esbuild.config.mjs production` builds once (minified); without the flag it watches.
import { readFile, writeFile } from 'node:fs/promises';
import esbuild from 'esbuild';
import { pluginBundleOptions } from './scripts/plugin-bundle-options.mjs';

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

const options = pluginBundleOptions({ production });
const context = await esbuild.context({
  ...options,
  logLevel: 'info',
  plugins: [
    ...options.plugins,
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
