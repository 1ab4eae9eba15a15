/**
 * The real `glimmer` process for hostile tests: the same runner and temporary vaults as the CLI
 * suite (one home for them), re-exported so hostile tests import their support from one place.
 */
export { glimmer, glimmerNote, json, makeVault, tempDir, tempLeftovers, writeFiles, type GlimmerFields, type RunResult } from '../../cli/helpers.ts';
