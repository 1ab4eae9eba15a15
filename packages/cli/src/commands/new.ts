/**
 * `glimmer new`: writes one new glimmer and prints its path. The note is composed by core
 * (`composeGlimmerNote`, the same code as the plugin's form) and created with exclusive-create
 * semantics, so an existing file is never overwritten and two calls in the same second give two
 * files.
 */
import { randomInt } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { TextDecoder } from 'node:util';
import {
  BUILT_IN_TEMPLATES, ISSUE_CODES, MOMENTS, cleanFolder, escapeControls, composeGlimmerNote, glimmerFileName, isValidCreated, localCreated, parseTemplate, randomId, templateDefaults, titleForFileName,
} from '@glimmers/core';
import type { GlimmerTemplate } from '@glimmers/core';
import { listOption, parseCommandArgs, print, say, stringOption } from '../args.ts';
import type { CliContext, Command } from '../args.ts';
import { createFileExclusive } from '../atomic-write.ts';
import { CliError, EXIT_OK, describeFsError } from '../errors.ts';
import { findVaultRoot, readVaultSettings } from '../vault-settings.ts';
import { loadSettings } from '../vault.ts';
import type { VaultSettings } from '../vault-settings.ts';
import { privacyScanOptions } from '../privacy-watch-list.ts';
import { readRegularOrFail } from '../regular-file.ts';
import { MAX_NOTE_BYTES } from '../walk.ts';

/** The title for the file name: the typed one when the identifier check finds nothing in it, else `''` and why. */
async function checkedTitle(title: string, settings: VaultSettings): Promise<{ title: string; message?: string }> {
  const checked = titleForFileName(title, await privacyScanOptions({ ...settings, categories: [...new Set([...settings.categories, 'name' as const])] }, undefined));
  return { title: checked.title ?? '', ...(checked.message === undefined ? {} : { message: checked.message }) };
}

const HELP = `Usage: glimmer new [--dir D] [--title T] [--theme ID]... [--intensity N] [--weight N]
                   [--moment M] [--text TEXT] [--template FILE|session|end-of-day|quick]
                   [--created WHEN]

Writes one new glimmer and prints its path. Never overwrites a file.

With --text, the text is the answer to the template's first prompt ("What I witnessed").
"--text -" reads the text from standard input. With no --text and a terminal, asks each prompt
of the template in turn (press Enter to skip one). With no --text and no terminal: exit 2.

Options:
  --dir D          folder to write into, created when missing. Default: inside a vault (a folder
                   with .obsidian at or above this one), the plugin's glimmer folder (Glimmers
                   unless changed in its settings); elsewhere, Glimmers under this folder
  --title T        the note's "# Title", one line; also put into the file name unless the
                   identifier check finds something in it (then a message says so). Without
                   --title, file names carry no words of the note: 2026-03-14 164012 glimmer k3f9.md
  --theme ID       a theme id such as client-hope (repeat, or comma-separate, for several)
  --intensity N    how much it filled you up, 1-5
  --weight N       how heavy the work felt, 0-5
  --moment M       after-session, end-of-day, supervision or other
  --text TEXT      what you witnessed ("-" reads standard input)
  --template T     a template file (Markdown whose ## headings are the prompts) or a built-in:
                   session, end-of-day, quick (default: quick with --text, session when asking)
  --created WHEN   the created date (YYYY-MM-DD or YYYY-MM-DDTHH:mm; default: now, local time)
  -h, --help       show this help
`;

function integerOption(value: string | undefined, name: string, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value.trim()) || Number(value) < min || Number(value) > max) {
    throw new CliError(`new: --${name} must be a whole number from ${min} to ${max}, not "${value}"`);
  }
  return Number(value);
}

async function loadTemplate(context: CliContext, choice: string | undefined, interactive: boolean): Promise<GlimmerTemplate> {
  const id = choice ?? (interactive ? 'session' : 'quick');
  const builtIn = BUILT_IN_TEMPLATES.find((t) => t.id === id);
  if (builtIn) return parseTemplate(builtIn.markdown);
  const path = resolve(context.cwd, id);
  // Only a regular file is opened: a FIFO given as the template would wait for a writer forever.
  const bytes = readRegularOrFail(path, id, MAX_NOTE_BYTES);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CliError(`${id}: not valid UTF-8 text`);
  }
  const template = parseTemplate(text);
  for (const issue of template.issues) say(context, `${id}: ${issue.message}`);
  if (template.prompts.length === 0) throw new CliError(`${id}: this template has no "## " headings, so it has no prompts`);
  return template;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return new TextDecoder('utf-8').decode(Buffer.concat(chunks));
}

/**
 * Asks each prompt on the terminal (questions on stderr, so stdout stays the path). Lines are read
 * through one buffered iterator, so answers typed (or pasted) ahead are never lost. Ctrl+D stops
 * asking and keeps the answers so far; Ctrl+C cancels and nothing is written.
 */
async function askPrompts(context: CliContext, template: GlimmerTemplate): Promise<Record<string, string>> {
  const rl = createInterface({ input: context.stdin, output: context.stderr, terminal: true });
  let cancelled = false;
  const cancel = (): void => {
    cancelled = true;
    rl.close();
  };
  rl.on('SIGINT', cancel);
  // A Ctrl+C that reaches us as a signal (the terminal was between raw and cooked mode) cancels the
  // same gentle way instead of killing the process mid-prompt.
  process.on('SIGINT', cancel);
  const lines = rl[Symbol.asyncIterator]();
  const answers: Record<string, string> = {};
  try {
    context.stderr.write('New glimmer. Answer each prompt and press Enter (an empty line skips it). Ctrl+C cancels.\n');
    for (const prompt of template.prompts) {
      rl.setPrompt(`${escapeControls(prompt.question ?? prompt.heading)}\n> `);
      rl.prompt();
      const next = await lines.next();
      if (next.done === true) break;
      const answer = String(next.value).trim();
      if (answer !== '') answers[prompt.slot] = answer;
    }
  } finally {
    process.off('SIGINT', cancel);
    rl.close();
  }
  if (cancelled) throw new CliError('new: cancelled; nothing was written');
  return answers;
}

/**
 * Where a new glimmer goes without --dir: inside a vault (a folder with `.obsidian` at or above the
 * current one), the plugin's glimmer folder (default `Glimmers`) at the vault's top; elsewhere,
 * `Glimmers` under the current folder.
 */
function defaultFolder(context: CliContext): string {
  const vaultRoot = findVaultRoot(context.cwd);
  if (vaultRoot === null) return resolve(context.cwd, 'Glimmers');
  return join(vaultRoot, readVaultSettings(vaultRoot).settings.glimmerFolder);
}

/**
 * The moment a `created` value names, on the local clock and without any time-zone conversion
 * (the date and time as written; midnight for a date alone), for the `{{date}}` and `{{time}}` of
 * the file name.
 */
function writtenMoment(created: string): Date {
  const time = created.length >= 16 ? created : '';
  const moment = new Date(2000, 0, 1, Number(time.slice(11, 13)) || 0, Number(time.slice(14, 16)) || 0, time[16] === ':' ? Number(time.slice(17, 19)) : 0);
  // setFullYear, not the constructor: the constructor reads years 0-99 as 1900-1999.
  moment.setFullYear(Number(created.slice(0, 4)), Number(created.slice(5, 7)) - 1, Number(created.slice(8, 10)));
  return moment;
}

/**
 * Refuses a folder inside a vault that Obsidian would hide (a part starting with `.`, such as
 * `.obsidian` or `.trash`), by core's rule for the plugin's glimmer folder: a note written there
 * would never show in the app.
 */
function refuseHiddenFolder(folder: string, shown: string): void {
  const vaultRoot = findVaultRoot(folder);
  if (vaultRoot === null) return;
  const inVault = relative(vaultRoot, folder).split(sep).join('/');
  if (inVault !== '' && cleanFolder(inVault) === null) {
    throw new CliError(`new: ${shown} is a hidden folder, which Obsidian does not show; choose another --dir`);
  }
}

/** A number in [0, 1) from the system's secure random source, for the file name's random code. */
const secureRandom = (): number => randomInt(0x1000000) / 0x1000000;

export const newCommand: Command = {
  name: 'new',
  summary: 'write a new glimmer and print its path',
  help: HELP,
  async run(args, context) {
    const parsed = parseCommandArgs(this, args, {
      dir: { type: 'string' }, title: { type: 'string' }, theme: { type: 'string', multiple: true },
      intensity: { type: 'string' }, weight: { type: 'string' }, moment: { type: 'string' },
      text: { type: 'string' }, template: { type: 'string' }, created: { type: 'string' },
    }, 0, context);
    if (!parsed) return EXIT_OK;

    const intensity = integerOption(stringOption(parsed, 'intensity'), 'intensity', 1, 5);
    const weight = integerOption(stringOption(parsed, 'weight'), 'weight', 0, 5);
    const moment = stringOption(parsed, 'moment');
    if (moment !== undefined && !MOMENTS.some((m) => m.id === moment)) {
      throw new CliError(`new: --moment must be one of ${MOMENTS.map((m) => m.id).join(', ')}, not "${moment}"`);
    }
    const now = context.now();
    const createdArg = stringOption(parsed, 'created');
    const created = createdArg ?? localCreated(now);
    // The format's own check: the same forms, days and years (0001-9999) as every glimmer.
    if (!isValidCreated(created)) {
      throw new CliError(`new: --created must be a real date like 2026-03-14 or 2026-03-14T16:40 (years 0001-9999), not "${created}"`);
    }
    let text = stringOption(parsed, 'text');
    const interactive = text === undefined && context.stdin.isTTY === true;
    if (text === undefined && !interactive) {
      throw new CliError('new: give the glimmer with --text TEXT (or --text - to read standard input), or run it in a terminal to be asked');
    }
    const template = await loadTemplate(context, stringOption(parsed, 'template'), interactive);
    if (text === '-') text = await readAll(context.stdin);

    let answers: Record<string, string>;
    if (text !== undefined) {
      const first = template.prompts[0];
      if (text.trim() === '') throw new CliError('new: --text is empty; nothing was written');
      answers = first ? { [first.slot]: text.trim() } : {};
    } else {
      answers = await askPrompts(context, template);
      if (Object.keys(answers).length === 0) throw new CliError('new: every prompt was skipped; nothing was written');
    }

    const defaults = templateDefaults(template);
    const themes = listOption(parsed, 'theme');
    const title = stringOption(parsed, 'title');
    const dirArg = stringOption(parsed, 'dir');
    const folder = dirArg === undefined ? defaultFolder(context) : resolve(context.cwd, dirArg);
    refuseHiddenFolder(folder, dirArg ?? folder);
    const settings = loadSettings(context, folder);
    const composed = composeGlimmerNote(template, {
      created,
      ...(title !== undefined ? { title } : {}),
      answers,
      themes: themes.length > 0 ? themes : defaults.themes,
      ...(moment ?? defaults.moment ? { moment: moment ?? defaults.moment } : {}),
      ...(intensity ?? defaults.intensity ? { intensity: intensity ?? defaults.intensity } : {}),
      ...(weight !== undefined || defaults.weight !== undefined ? { weight: weight ?? defaults.weight } : {}),
      body: defaults.body,
      feelings: defaults.feelings,
      grounding: defaults.grounding,
    }, settings.themes ? { themes: settings.themes } : {});
    if (composed.text === null) {
      const issue = composed.issues[0];
      if (issue?.code === ISSUE_CODES.titleNotOneLine) throw new CliError('new: --title must be one line; nothing was written');
      throw new CliError(`new: the glimmer would not be valid (${issue?.message ?? 'unknown problem'}); nothing was written`);
    }
    for (const issue of composed.issues) say(context, `warning: ${issue.message}`);

    try {
      await mkdir(folder, { recursive: true });
    } catch (error) {
      throw new CliError(`${folder}: ${describeFsError(error)}`);
    }
    // File names carry no words of the note; a --title only after the identifier check finds nothing in it.
    const named = title === undefined ? { title: '' } : await checkedTitle(title, settings);
    if (named.message !== undefined) say(context, named.message);
    const when = createdArg === undefined ? now : writtenMoment(created);
    // A taken name (another note, or another `glimmer new` in the same second) gets a new random code.
    for (let attempt = 0; attempt < 20; attempt++) {
      // Core's file names, with the vault's "File name pattern" setting: the same names as the plugin's.
      const name = glimmerFileName(settings.plugin.fileNamePattern, { now: when, ...(named.title !== '' ? { title: named.title } : {}), id: randomId(4, secureRandom) });
      const target = join(folder, `${name}.md`);
      if (await createFileExclusive(target, composed.text)) {
        const shown = relative(context.cwd, target);
        print(context, escapeControls(shown.startsWith('..') ? target : shown));
        return EXIT_OK;
      }
    }
    throw new CliError(`${folder}: could not find a free file name; nothing was written`);
  },
};
