/**
 * The command's version and the flags that ask for it, in one place: the entry (`bin.ts`) answers
 * them before the command bundle loads, and `main` answers them for callers that run it directly.
 */
// Bundled: only this one field is taken into the build.
import { version } from '../package.json';

/** The version of `@glimmers/cli`, kept in step with the plugin's by `npm version`. */
export const VERSION: string = version;

/** Whether a first argument asks for the version (`--version` or `-v`). */
export function isVersionFlag(argument: string | undefined): boolean {
  return argument === '--version' || argument === '-v';
}
