import type { BuildOptions, Plugin } from 'esbuild';

/** The oldest engines main.js must load in (iOS 15 WebKit is the floor). */
export declare const BUNDLE_TARGET: string[];

/** esbuild options for main.js; `production` minifies and drops the inline source map. */
export declare function pluginBundleOptions(options: { production: boolean }): BuildOptions & { plugins: Plugin[] };
