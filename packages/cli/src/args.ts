/**
 * What every command shares: its context (streams, folder, environment, clock), argument parsing
 * with Node's `util.parseArgs` turned into one-line usage errors, and date checks.
 */
import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';
import { escapeControls, isValidDay } from '@glimmers/core';
import { CliError } from './errors.ts';

/** Where a command reads and writes; tests and the real process pass the same shape. */
export interface CliContext {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  now: () => Date;
}

/** One subcommand: its name, a one-line summary for `glimmer --help`, its help text, and its work. */
export interface Command {
  name: string;
  summary: string;
  help: string;
  run(args: string[], context: CliContext): Promise<number>;
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** The parsed options and positionals, or `null` when `--help` was asked for (and printed). */
export interface Parsed {
  values: Record<string, string | boolean | string[] | boolean[] | undefined>;
  positionals: string[];
}

/**
 * Parses `args` strictly against `options` (plus `--help`). Unknown options, missing values and
 * too many positionals become a `CliError` with exit code 2 that ends with a pointer to `--help`.
 */
export function parseCommandArgs(command: Command, args: string[], options: Options, maxPositionals: number, context: CliContext): Parsed | null {
  let parsed;
  try {
    parsed = parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    throw new CliError(`${command.name}: ${message.replace(/\. To specify a positional.*$/, '')} (see glimmer ${command.name} --help)`);
  }
  if (parsed.values.help === true) {
    context.stdout.write(command.help.endsWith('\n') ? command.help : `${command.help}\n`);
    return null;
  }
  if (parsed.positionals.length > maxPositionals) {
    throw new CliError(`${command.name}: unexpected argument "${parsed.positionals[maxPositionals]}" (see glimmer ${command.name} --help)`);
  }
  return { values: parsed.values, positionals: parsed.positionals };
}

/** A string option's value, or `undefined`. */
export function stringOption(parsed: Parsed, name: string): string | undefined {
  const value = parsed.values[name];
  return typeof value === 'string' ? value : undefined;
}

/** A repeatable string option's values (each may also hold a comma-separated list). */
export function listOption(parsed: Parsed, name: string): string[] {
  const value = parsed.values[name];
  const raw = Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : typeof value === 'string' ? [value] : [];
  return raw.flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v !== '');
}

/** `--from` / `--to` as checked calendar days; a bad date is a usage error. */
export function dateRange(command: Command, parsed: Parsed): { from?: string; to?: string } {
  const range: { from?: string; to?: string } = {};
  for (const name of ['from', 'to'] as const) {
    const value = stringOption(parsed, name);
    if (value === undefined) continue;
    if (!isValidDay(value)) throw new CliError(`${command.name}: --${name} must be a date like 2026-03-14, not "${value}"`);
    range[name] = value;
  }
  if (range.from !== undefined && range.to !== undefined && range.from > range.to) {
    throw new CliError(`${command.name}: --from ${range.from} is after --to ${range.to}`);
  }
  return range;
}

/**
 * One message line on stderr, `glimmer: ` first. Control characters (a file name may hold escape
 * sequences or line breaks) are shown as visible escapes by core's `escapeControls`, so a message
 * can neither drive the terminal nor add a line.
 */
export function say(context: CliContext, message: string): void {
  context.stderr.write(`glimmer: ${escapeControls(message)}\n`);
}

/** Writes to stdout; callers finish with a newline. */
export function print(context: CliContext, text: string): void {
  context.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}
