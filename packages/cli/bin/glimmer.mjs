#!/usr/bin/env node
// The `glimmer` command. No build step: load-main.mjs runs the TypeScript source, bundled on
// first use and cached (or compiled on the fly by tsx). See docs/cli.md.
import { loadMain } from './load-main.mjs';

try {
  const main = await loadMain();
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  // Only a broken installation gets here (main() itself never throws): one line, exit 2.
  process.stderr.write(`glimmer: could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
}
