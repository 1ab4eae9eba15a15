/**
 * How vitest sees the workspace: `@glimmers/core` and `@glimmers/dashboard` resolve to their
 * TypeScript source through the "glimmers-source" export condition, which their package.json
 * lists before the published `types`/`default` (dist/). Vite's own default conditions follow, as
 * they would without this. Applied to every inline project, so a new project needs nothing.
 */
import type { ViteUserConfig } from 'vitest/config';

/** The export condition that points a workspace package at its source (also in tsconfig.base.json and the esbuild builds). */
export const SOURCE_CONDITION = 'glimmers-source';

// Vite's documented defaults for the browser-like (client) and the Node (ssr) environments.
const CLIENT = [SOURCE_CONDITION, 'module', 'browser', 'development|production'];
const SERVER = [SOURCE_CONDITION, 'module', 'node', 'development|production'];

type Resolve = { conditions?: string[] };
type Project = { resolve?: Resolve; ssr?: { resolve?: Resolve } };

/** A project (or a whole config) that resolves the workspace packages from source, keeping its own conditions if it sets any. */
export function fromSource<T extends object>(config: T): T {
  const project = config as Project;
  return {
    ...config,
    resolve: { ...project.resolve, conditions: project.resolve?.conditions ?? CLIENT },
    ssr: { ...project.ssr, resolve: { ...project.ssr?.resolve, conditions: project.ssr?.resolve?.conditions ?? SERVER } },
  };
}

/**
 * The config with every inline project resolving the workspace from source, and a global setup
 * that rebuilds the `glimmer` command when its sources changed (the CLI tests spawn the built one).
 */
export function workspaceSource(config: ViteUserConfig): ViteUserConfig {
  const test = config.test ?? {};
  const projects = (test.projects ?? []).map((p) => (typeof p === 'object' && !('then' in p) ? fromSource(p) : p));
  return { ...config, test: { ...test, globalSetup: [...[test.globalSetup ?? []].flat(), 'tests/support/build-command.ts'], projects: projects as typeof test.projects } };
}
