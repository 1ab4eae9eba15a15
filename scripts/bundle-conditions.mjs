// The export conditions every esbuild bundle of workspace code uses: each workspace package
// (@glimmers/core, @glimmers/dashboard) from its TypeScript source, through the "glimmers-source"
// condition its package.json lists before the published dist/ files, and only the production
// builds of dependencies (never the unified packages' `development` variants).
// tsconfig.base.json (customConditions) and vitest (tests/support/workspace-source.ts) say the same.

/** esbuild `conditions` for bundling workspace code. */
export const BUNDLE_CONDITIONS = ['glimmers-source', 'production'];
