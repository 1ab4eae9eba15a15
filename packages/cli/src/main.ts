/**
 * `glimmer`: dispatches to one subcommand and turns every failure into one line on stderr and an
 * exit code (0 ok, 1 problems found, 2 usage or I/O error). See docs/cli.md.
 */
import { say } from './args.ts';
import type { CliContext, Command } from './args.ts';
import { CliError, EXIT_OK, EXIT_USAGE } from './errors.ts';
import { dashboardCommand } from './commands/dashboard.ts';
import { exportCommand } from './commands/export.ts';
import { lintCommand } from './commands/lint.ts';
import { listCommand } from './commands/list.ts';
import { newCommand } from './commands/new.ts';
import { reviewCommand } from './commands/review.ts';
import { setCommand } from './commands/set.ts';
import { statsCommand } from './commands/stats.ts';

const COMMANDS: readonly Command[] = [newCommand, listCommand, statsCommand, lintCommand, setCommand, exportCommand, dashboardCommand, reviewCommand];

const VERSION = '0.1.0';

function overview(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'Usage: glimmer <command> [options]',
    '',
    'Create, check, summarise and export glimmer notes (plain Markdown with YAML frontmatter).',
    'Folders are walked recursively, skipping dot-folders such as .obsidian and .git.',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run "glimmer <command> --help" for its options. Exit codes: 0 ok, 1 problems found, 2 usage or I/O error.',
    'Nothing is ever sent over a network.',
    '',
  ].join('\n');
}

/** The process's context: real streams, the current folder and clock. */
export function processContext(): CliContext {
  return { cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, now: () => new Date() };
}

/** Runs `glimmer` with `argv` (without `node` and the script) and returns the exit code. */
export async function main(argv: string[], context: CliContext = processContext()): Promise<number> {
  // `glimmer stats | head` closes the pipe early: that is not an error worth a stack trace.
  context.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(EXIT_OK);
    throw error;
  });
  const [name, ...rest] = argv;
  try {
    if (name === undefined) throw new CliError(`give a command: ${COMMANDS.map((c) => c.name).join(', ')} (see glimmer --help)`);
    if (name === '--help' || name === '-h' || name === 'help') {
      const topic = name === 'help' ? COMMANDS.find((c) => c.name === rest[0]) : undefined;
      context.stdout.write(topic ? `${topic.help.trimEnd()}\n` : overview());
      return EXIT_OK;
    }
    if (name === '--version' || name === '-v') {
      context.stdout.write(`${VERSION}\n`);
      return EXIT_OK;
    }
    const command = COMMANDS.find((c) => c.name === name);
    if (!command) throw new CliError(`unknown command "${name}" (see glimmer --help)`);
    return await command.run(rest, context);
  } catch (error) {
    if (error instanceof CliError) {
      say(context, error.message);
      return error.exitCode;
    }
    // A bug, not the user's doing: still one line, and no note content (messages never hold any).
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    say(context, `unexpected error: ${message}`);
    return EXIT_USAGE;
  }
}
