import { defineConfig } from 'vitest/config';

// One project per layer, so each runs in the environment it ships to:
// core and CLI in plain Node, DOM code in happy-dom, the browser suite in Node driving Chromium.
// Time limits are generous on purpose: they catch a hang, never measure speed (speed is judged in
// `npm run bench`), and CPU-heavy property runs can take many seconds on a busy two-core machine.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'core',
          testTimeout: 60_000,
          environment: 'node',
          include: ['tests/core/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'dashboard',
          testTimeout: 60_000,
          environment: 'happy-dom',
          include: ['tests/dashboard/**/*.test.ts'],
        },
      },
      {
        // `obsidian` ships types only; the plugin's imports resolve to the in-memory Obsidian.
        resolve: { alias: { obsidian: 'obsidian-test-mocks/obsidian' } },
        test: {
          name: 'plugin',
          testTimeout: 60_000,
          environment: 'happy-dom',
          include: ['tests/plugin/**/*.test.ts'],
          setupFiles: ['obsidian-test-mocks/vitest-setup', 'tests/plugin/support/setup.ts'],
        },
      },
      {
        test: {
          name: 'cli',
          environment: 'node',
          include: ['tests/cli/**/*.test.ts'],
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/browser/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // One Chromium at a time: the machine has two cores.
          fileParallelism: false,
        },
      },
      {
        // Hostile and pathological notes (issue #17): generated inputs, the real CLI, growth checks
        // (see tests/hostile/support/).
        test: {
          name: 'hostile',
          environment: 'node',
          include: ['tests/hostile/**/*.test.ts'],
          testTimeout: 120_000,
          // Growth checks collect garbage before each timed run, so no run pays for the one before.
          execArgv: ['--expose-gc'],
        },
      },
      {
        test: {
          name: 'guarantees',
          environment: 'node',
          include: ['tests/guarantees/**/*.test.ts'],
          testTimeout: 60_000,
        },
      },
    ],
  },
});
