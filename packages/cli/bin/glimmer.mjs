#!/usr/bin/env node
// The `glimmer` command. It runs the TypeScript source directly: tsx compiles each module on
// first use and caches the result, so `npx glimmer` works right after `npm ci`, with no build step.
import { register } from 'tsx/esm/api';

register();
try {
  const { main } = await import('../src/main.ts');
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  // Only a broken installation gets here (main() itself never throws): one line, exit 2.
  process.stderr.write(`glimmer: could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
}
