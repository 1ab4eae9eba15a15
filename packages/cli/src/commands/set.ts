/**
 * `glimmer set FILE key=value...`: changes frontmatter keys with core's `editFrontmatter`, which
 * touches only the bytes of those keys. Refuses notes with errors (and edits that would create
 * one), and replaces the file atomically, only if nobody changed it meanwhile.
 */
import { realpath } from 'node:fs/promises';
import { editFrontmatter, escapeControls, parseGlimmer, readTypedValue } from '@glimmers/core';
import type { Issue } from '@glimmers/core';
import { parseCommandArgs, print, say } from '../args.ts';
import type { Command } from '../args.ts';
import { replaceFileAtomic } from '../atomic-write.ts';
import { CliError, EXIT_OK, EXIT_PROBLEMS, describeFsError } from '../errors.ts';
import { notRegularText, readRegularFileSync } from '../regular-file.ts';
import { MAX_NOTE_BYTES, decodeNote } from '../walk.ts';

const HELP = `Usage: glimmer set FILE key=value [key=value]...

Changes frontmatter keys of one note, leaving every other byte as it was (comments, key order,
quoting, line endings). The file is replaced atomically; a failed write leaves it unchanged.

A value is written exactly as typed (quoted in the file as YAML needs), except:
  key=            removes the key
  true, false     yes/no
  4, -2.5         a number (plain decimals only; text in moment, themes and the other text fields)
  [a, b]          a list of texts; put an item with a comma or bracket in double quotes: [a, "b, c"]
  "..."           the text inside the double quotes (so "4" is the text 4)
A value that could mean two things (null, ~, True, 'single quotes') or spans lines is refused.

  glimmer set "Glimmers/2026-03-14 1640 a-plan.md" intensity=4 themes=[client-hope,presence]
  glimmer set note.md weight=

Refuses (exit 1, nothing written) a note whose frontmatter has an error, an edit that would
give a glimmer an error (such as intensity=9), and a file lint skips as binary (NUL bytes), not
UTF-8 or over 1 MiB; run "glimmer lint" to see the errors. Only a regular file is opened: a
named pipe (FIFO), socket or device is refused (exit 2).

Options:
  -h, --help     show this help
`;

/** Parses `key=value` arguments into the changes for `editFrontmatter`. */
export function readChanges(pairs: string[]): Record<string, unknown> {
  const changes: Record<string, unknown> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    const key = eq < 0 ? '' : pair.slice(0, eq).trim();
    if (eq < 0 || key === '') throw new CliError(`set: "${pair}" is not key=value (see glimmer set --help)`);
    if (!/^[^\s:#{}[\],&*!|>'"%@`][^:#\r\n]*$/.test(key) || key.trim() !== key) throw new CliError(`set: "${key}" cannot be a frontmatter key`);
    if (Object.hasOwn(changes, key)) throw new CliError(`set: ${key} is given twice`);
    const typed = readTypedValue(key, pair.slice(eq + 1));
    if (!typed.ok) throw new CliError(`set: ${typed.message}`);
    changes[key] = typed.value;
  }
  return changes;
}

function describe(issue: Issue): string {
  return `${issue.message}${issue.line !== undefined ? ` (line ${issue.line})` : ''}`;
}

export const setCommand: Command = {
  name: 'set',
  summary: 'change frontmatter keys of one note, safely',
  help: HELP,
  async run(args, context) {
    const parsed = parseCommandArgs(this, args, {}, Number.MAX_SAFE_INTEGER, context);
    if (!parsed) return EXIT_OK;
    const [file, ...pairs] = parsed.positionals;
    if (file === undefined || pairs.length === 0) throw new CliError('set: give a FILE and at least one key=value (see glimmer set --help)');
    const changes = readChanges(pairs);

    // Edit the note itself when FILE is a symbolic link, so the link stays a link. Only a regular
    // file is opened (a FIFO would wait for a writer forever), and a binary one is refused as lint reports it.
    let target: string;
    try {
      target = await realpath(file);
    } catch (error) {
      throw new CliError(`${file}: ${describeFsError(error)}`);
    }
    const read = readRegularFileSync(target, { maxBytes: MAX_NOTE_BYTES });
    if (!read.ok) {
      if (read.problem === 'not-regular') throw new CliError(`${file}: ${notRegularText(read.what)}; nothing was read or written`);
      if (read.problem === 'too-large') throw new CliError(`${file}: larger than 1 MiB; left unchanged`, EXIT_PROBLEMS);
      throw new CliError(`${file}: ${describeFsError(read.error)}`);
    }
    const bytes = read.bytes;
    const note = decodeNote(bytes);
    if (!note.ok) {
      throw new CliError(note.reason === 'binary'
        ? `${file}: looks like a binary file (it holds NUL bytes), not a Markdown note; left unchanged`
        : `${file}: not valid UTF-8 text; left unchanged`, EXIT_PROBLEMS);
    }
    const text = note.text;

    const before = parseGlimmer(text, { sections: false });
    const beforeError = before.issues.find((i) => i.severity === 'error');
    if (beforeError) throw new CliError(`${file}: not changed, it has an error to fix first: ${describe(beforeError)}`, EXIT_PROBLEMS);

    const edited = editFrontmatter(text, changes);
    const editError = edited.issues.find((i) => i.severity === 'error');
    if (editError) throw new CliError(`${file}: not changed: ${describe(editError)}`, EXIT_PROBLEMS);
    if (edited.text === text) {
      print(context, escapeControls(`${file}: already up to date; nothing written`));
      return EXIT_OK;
    }
    const after = parseGlimmer(edited.text, { sections: false });
    const afterError = after.issues.find((i) => i.severity === 'error');
    if (afterError && (before.attempted || after.attempted)) {
      throw new CliError(`${file}: not changed, the edit would give it an error: ${describe(afterError)}`, EXIT_PROBLEMS);
    }

    await replaceFileAtomic(target, edited.text, bytes);
    for (const issue of after.issues.filter((i) => i.severity === 'warning')) say(context, `warning: ${file}: ${issue.message}`);
    print(context, escapeControls(`${file}: updated ${Object.keys(changes).join(', ')}`));
    return EXIT_OK;
  },
};
