import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { fromSource } from '../tests/support/workspace-source.ts';

// Runs bench/plugin-load.probe.ts and bench/dashboard-redraws.probe.ts in the same in-memory
// Obsidian as the plugin tests (happy-dom + obsidian-test-mocks), for `npm run bench` only: they
// measure, they assert nothing.
export default defineConfig(fromSource({
  root: fileURLToPath(new URL('..', import.meta.url)),
  resolve: { alias: { obsidian: 'obsidian-test-mocks/obsidian' } },
  test: {
    name: 'bench-plugin-load',
    environment: 'happy-dom',
    include: ['bench/plugin-load.probe.ts', 'bench/dashboard-redraws.probe.ts'],
    setupFiles: ['obsidian-test-mocks/vitest-setup', 'tests/plugin/support/setup.ts'],
    testTimeout: 120_000,
  },
}));
