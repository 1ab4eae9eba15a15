/**
 * The reference process for `glimmer stats` in the start-up bench (bench/startup.ts): reads every
 * note of a vault exactly as the command does (its own walker: sorted, one synchronous read at a
 * time, strict UTF-8), parses nothing, and prints how many characters it read. Bundled the same
 * way as the command, so both sides are one prebuilt file run by plain Node.
 *   node bench/out/read-notes.mjs VAULT
 */
import { walkNotes } from '../packages/cli/src/walk.ts';

let characters = 0;
await walkNotes(process.argv[2] ?? '.', (item) => {
  if (item.kind === 'note') characters += item.text.length;
});
process.stdout.write(`${characters}\n`);
