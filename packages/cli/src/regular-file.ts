/**
 * Reading a file only when it is a regular file. Opening a named pipe (FIFO) for reading waits for
 * a writer, forever if none comes, and a device may never end: so every file the command line reads
 * (notes, templates, watch lists, the plugin's settings, an `--out` file it may replace) goes
 * through here:
 * - its type is checked before it is opened (`stat`, or the folder listing's entry type);
 * - it is opened with `O_NONBLOCK`, so even a file swapped for a FIFO after that check opens at once
 *   (for a regular file the flag changes nothing), and optionally `O_NOFOLLOW`;
 * - the open handle's type is checked again (`fstat`) before a byte is read;
 * - it is read to its end, up to a size limit.
 */
import { closeSync, constants, fstatSync, openSync, readSync, statSync } from 'node:fs';
import type { Stats } from 'node:fs';
import { CliError, describeFsError } from './errors.ts';

/** The type checks of a `Stats` or of a folder listing's `Dirent`. */
export type FileTypeInfo = Pick<Stats, 'isFile' | 'isDirectory' | 'isFIFO' | 'isSocket' | 'isCharacterDevice' | 'isBlockDevice' | 'isSymbolicLink'>;

/** What a path is, in the words a message uses ("a named pipe (FIFO)"), or `null` for a regular file. */
export function notRegularWords(stats: FileTypeInfo): string | null {
  if (stats.isFile()) return null;
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isSymbolicLink()) return 'a symbolic link';
  return 'something else';
}

/** The message part for a path that is not a regular file: "is a named pipe (FIFO), not a regular file". */
export function notRegularText(what: string): string {
  return `is ${what}, not a regular file`;
}

/** The result of {@link readRegularFileSync}. */
export type RegularRead =
  | { ok: true; bytes: Buffer }
  /** Not a regular file: `what` says what it is. Nothing was read. */
  | { ok: false; problem: 'not-regular'; what: string }
  /** Larger than the limit: `size` bytes, and its first `headBytes` bytes (for a look at its start); `grew` when it grew past the limit while read. */
  | { ok: false; problem: 'too-large'; size: number; head: Buffer; grew: boolean }
  /** It could not be opened or read (`error` is Node's; `link` when `noFollow` met a link). */
  | { ok: false; problem: 'error'; error: unknown };

/** How {@link readRegularFileSync} reads. */
export interface RegularReadOptions {
  /** Larger files are not read whole. */
  maxBytes: number;
  /** How much of a too-large file to read for a look at its start (default 0). */
  headBytes?: number;
  /** Refuse to follow a symbolic link in the last part of the path (`O_NOFOLLOW`). */
  noFollow?: boolean;
  /** The type was checked just before (a folder listing's entry type): skip the `stat`. */
  checked?: boolean;
}

const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * Reads `path` whole when it is a regular file of at most `maxBytes`. Never blocks on a FIFO or a
 * device and never throws: every problem is a result.
 */
export function readRegularFileSync(path: string, options: RegularReadOptions): RegularRead {
  if (options.checked !== true) {
    try {
      const what = notRegularWords(statSync(path));
      if (what !== null) return { ok: false, problem: 'not-regular', what };
    } catch (error) {
      return { ok: false, problem: 'error', error };
    }
  }
  let fd: number;
  try {
    fd = openSync(path, OPEN_FLAGS | (options.noFollow === true ? (constants.O_NOFOLLOW ?? 0) : 0));
  } catch (error) {
    return { ok: false, problem: 'error', error };
  }
  try {
    // The file may have been swapped since it was checked: look at what was actually opened.
    const stats = fstatSync(fd);
    const what = notRegularWords(stats);
    if (what !== null) return { ok: false, problem: 'not-regular', what };
    if (stats.size > options.maxBytes) {
      const head = Buffer.alloc(Math.min(options.headBytes ?? 0, stats.size));
      const read = head.length === 0 ? 0 : readSync(fd, head, 0, head.length, 0);
      return { ok: false, problem: 'too-large', size: stats.size, head: head.subarray(0, read), grew: false };
    }
    const bytes = readWhole(fd, stats.size, options.maxBytes);
    if (bytes === null) return { ok: false, problem: 'too-large', size: options.maxBytes + 1, head: Buffer.alloc(0), grew: true };
    return { ok: true, bytes };
  } catch (error) {
    return { ok: false, problem: 'error', error };
  } finally {
    try {
      closeSync(fd);
    } catch {
      // Closing a read-only handle cannot lose data.
    }
  }
}

/**
 * Reads a file to its end (it may have changed size since fstat), or `null` past `maxBytes`. The
 * buffer is one byte larger than expected, so an unchanged file is read in one call: exactly the
 * size fstat gave, without filling the buffer. Anything else (a shorter read, a file that grew)
 * reads on until a read returns nothing.
 */
function readWhole(fd: number, expected: number, maxBytes: number): Buffer | null {
  let buffer = Buffer.allocUnsafe(Math.max(expected, 0) + 1);
  let length = 0;
  for (;;) {
    const read = readSync(fd, buffer, length, buffer.length - length, null);
    length += read;
    if (read === 0 || length === expected) break;
    if (length < buffer.length) continue;
    if (length > maxBytes) return null;
    const bigger = Buffer.allocUnsafe(buffer.length * 2);
    buffer.copy(bigger, 0, 0, length);
    buffer = bigger;
  }
  return length > maxBytes ? null : buffer.subarray(0, length);
}

/**
 * A small file the command line needs (a template, a watch list) as bytes, or a `CliError` (exit 2)
 * naming it as `shown`: not a regular file, larger than `maxBytes`, or unreadable.
 */
export function readRegularOrFail(path: string, shown: string, maxBytes: number): Buffer {
  const read = readRegularFileSync(path, { maxBytes });
  if (read.ok) return read.bytes;
  if (read.problem === 'not-regular') throw new CliError(`${shown}: ${notRegularText(read.what)}; nothing was read`);
  if (read.problem === 'too-large') throw new CliError(`${shown}: larger than ${Math.round(maxBytes / 1024)} KiB; nothing was read`);
  throw new CliError(`${shown}: ${describeFsError(read.error)}`);
}
