#!/usr/bin/env node
/**
 * The `glimmer` command's entry, built to dist/glimmer.mjs (the package's `bin`). `--version` is
 * answered here, so it starts as fast as Node itself; every other command loads the one bundle of
 * the command (dist/main.mjs) and runs `main`. See docs/cli.md.
 */
import { isVersionFlag, VERSION } from './version.ts';

const argv = process.argv.slice(2);
if (isVersionFlag(argv[0])) {
  process.stdout.write(`${VERSION}\n`);
} else {
  try {
    const { main } = await import('./main.ts');
    process.exitCode = await main(argv);
  } catch (error) {
    // Only a broken installation gets here (main() itself never throws): one line, exit 2.
    process.stderr.write(`glimmer: could not start: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  }
}
