// The esbuild options that make main.js, in one place: esbuild.config.mjs builds the plugin with
// them, and the benchmark (bench/bundle-size.ts) measures the same bundle with them.
import { builtinModules, createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { BUNDLE_CONDITIONS } from './bundle-conditions.mjs';

/**
 * The oldest engines main.js must load in. Obsidian on iOS and iPadOS runs in the system WebKit, so
 * the floor is iOS 15 (Safari 15): no regex lookbehind (16.4), no `Object.hasOwn`, `Array#at` or
 * `structuredClone` (15.4), no class static blocks (16.4). Desktop (Electron) and Android (Chromium
 * WebView) are newer. `tests/guarantees/bundle-compat.test.ts` checks the built file against it.
 */
export const BUNDLE_TARGET = ['es2021', 'safari15', 'ios15'];

const require = createRequire(import.meta.url);
const shim = (name) => fileURLToPath(new URL(`./bundle-shims/${name}`, import.meta.url));

/**
 * Keeps HTML strings and eval out of main.js. The Markdown parser's entity decoder has a browser
 * build that decodes through `innerHTML`; its plain build (a lookup table) is used instead. The
 * `format` package (pulled in for an error message about frontmatter options we never pass) finds
 * the global object with `(0, eval)("this")`; a small stand-in of ours replaces it.
 */
const cleanBundle = {
  name: 'glimmers-clean-bundle',
  setup(build) {
    build.onResolve({ filter: /^decode-named-character-reference$/ }, () => ({
      path: require.resolve('decode-named-character-reference', { paths: [require.resolve('mdast-util-from-markdown')] }),
    }));
    build.onResolve({ filter: /^format$/ }, () => ({ path: shim('format.mjs') }));
  },
};

/** esbuild options for main.js; `production` minifies and drops the inline source map. */
export function pluginBundleOptions({ production }) {
  return {
    entryPoints: ['packages/obsidian-plugin/src/main.ts'],
    bundle: true,
    external: ['obsidian', 'electron', '@codemirror/*', '@lezer/*', ...builtinModules],
    format: 'cjs',
    target: BUNDLE_TARGET,
    // Built-ins iOS 15 lacks, used by dependencies, replaced at build time (see the file).
    inject: [shim('has-own.mjs')],
    platform: 'browser',
    sourcemap: production ? false : 'inline',
    minify: production,
    treeShaking: true,
    legalComments: 'none',
    // Workspace packages from source; only production builds of the unified packages, never their `development` variants.
    conditions: BUNDLE_CONDITIONS,
    outfile: 'main.js',
    plugins: [cleanBundle],
  };
}
