/**
 * The rule for `--out FILE` (export and dashboard): an existing file is never replaced unless the
 * person says `--force`, or it is a file Glimmers wrote before and recognises for sure (the
 * dashboard page's generator mark; CSV, JSON and Markdown carry no such mark and are often edited by
 * hand, in a spreadsheet or as a note). A symbolic link, a FIFO, a device or a folder is never
 * replaced, even with `--force`. A new file is created only if its name is still free when written,
 * so a file that appears while the export is made is not replaced either.
 */
import { lstat } from 'node:fs/promises';
import { createFileExclusive, writeOutputAtomic } from './atomic-write.ts';
import { CliError, describeFsError, errorCode } from './errors.ts';
import { notRegularText, notRegularWords, readRegularFileSync } from './regular-file.ts';

/** What writing `--out` will do: create a new file, or replace the one there. */
export type OutPlan = 'create' | 'replace';

/** How an existing file may be recognised as written by Glimmers before. */
export interface Recognise {
  /** How many bytes of its start to read. */
  headBytes: number;
  /** Whether that start is the start of a file Glimmers wrote. */
  test(head: string): boolean;
}

/** The first `bytes` of a regular file (never blocks; see regular-file.ts), or `''` when it cannot be read. */
function headOf(path: string, bytes: number): string {
  const read = readRegularFileSync(path, { maxBytes: bytes, headBytes: bytes, noFollow: true });
  if (read.ok) return read.bytes.toString('utf8');
  return read.problem === 'too-large' ? read.head.toString('utf8') : '';
}

/**
 * Checks `out` before any work and says how it will be written. Throws `CliError` (exit 2, naming
 * the file as `shown`) when it must not be written: a folder, a link, a FIFO or device, or an
 * existing file without `force` that `recognise` does not know.
 */
export async function planOut(out: string, shown: string, options: { force: boolean; recognise?: Recognise }): Promise<OutPlan> {
  let info;
  try {
    info = await lstat(out);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return 'create';
    throw new CliError(`${shown}: ${describeFsError(error)}; nothing was written`);
  }
  if (info.isDirectory()) throw new CliError(`${shown}: is a folder; give a file name`);
  const what = notRegularWords(info);
  if (what !== null) throw new CliError(`${shown}: ${notRegularText(what)}; it is never replaced, so nothing was written`);
  if (options.force) return 'replace';
  if (options.recognise && options.recognise.test(headOf(out, options.recognise.headBytes))) return 'replace';
  const note = out.toLowerCase().endsWith('.md') ? ' and may be a note' : '';
  throw new CliError(`${shown}: already exists${note}; choose another name, or add --force to replace it`);
}

/** Writes `text` to `out` as planned: atomically either way, and a new file only while its name is free. */
export async function writeOut(out: string, shown: string, text: string, plan: OutPlan): Promise<void> {
  if (plan === 'replace') {
    await writeOutputAtomic(out, text);
    return;
  }
  if (!(await createFileExclusive(out, text))) {
    throw new CliError(`${shown}: already exists (it appeared while this was written); choose another name, or add --force to replace it`);
  }
}
