/**
 * Writes that cannot leave half a note behind. Both functions write the whole text to a hidden
 * temp file in the same folder (same file system, so the final step is atomic), flush it to disk,
 * and only then put it in place:
 * - `replaceFileAtomic` renames over an existing note, after checking that nobody changed it since
 *   it was read;
 * - `createFileExclusive` links the temp file to a path that must not exist yet, so it never
 *   overwrites anything, even when two writers race.
 * On any failure the temp file is removed and the target is exactly as it was.
 */
import { randomBytes } from 'node:crypto';
import { link, open, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { CliError, describeFsError, errorCode } from './errors.ts';
import { readRegularFileSync } from './regular-file.ts';

/** A hidden temp path beside `target`; dot-files are skipped by Obsidian and by `walkNotes`. */
export function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
}

/** Writes `data` to a new temp file (exclusive create), flushed to disk. Returns its path. */
async function writeTemp(target: string, data: Uint8Array, mode: number): Promise<string> {
  const temp = tempPathFor(target);
  const handle = await open(temp, 'wx', mode);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await handle.close();
  return temp;
}

/** Flushes a folder entry change (the rename or link) to disk where the platform allows it. */
async function syncFolder(folder: string): Promise<void> {
  try {
    const handle = await open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Some platforms (Windows) cannot open or fsync a folder; the rename itself is still atomic.
  }
}

/**
 * Replaces `target` with `text`, atomically, only if it still holds `expected` (the bytes read
 * before editing). Keeps the file's permission bits. Throws `CliError` (exit 2) naming the file.
 */
export async function replaceFileAtomic(target: string, text: string, expected: Uint8Array): Promise<void> {
  let mode: number;
  try {
    mode = (await stat(target)).mode & 0o7777;
  } catch (error) {
    throw new CliError(`${target}: ${describeFsError(error)}`);
  }
  let temp: string;
  try {
    temp = await writeTemp(target, Buffer.from(text, 'utf8'), mode);
  } catch (error) {
    throw new CliError(`${target}: could not write the new version: ${describeFsError(error)}; the note is unchanged`);
  }
  try {
    // Another app (Obsidian, a sync client) may have saved the note while we worked: never clobber that.
    // Read only if it is still a regular file (a FIFO swapped in would block), and no more than was expected.
    const now = readRegularFileSync(target, { maxBytes: expected.length });
    if (!now.ok && now.problem === 'error') throw now.error;
    if (!now.ok || !Buffer.from(expected).equals(now.bytes)) {
      throw new CliError(`${target}: the note changed while it was being edited; nothing was written`);
    }
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    if (error instanceof CliError) throw error;
    throw new CliError(`${target}: could not replace the note: ${describeFsError(error)}; the note is unchanged`);
  }
  await syncFolder(dirname(target));
}

/**
 * Creates `target` with `text` only if no file has that name. Returns `false` when the name is
 * taken (the caller picks another), `true` once written. Throws `CliError` for other failures.
 */
export async function createFileExclusive(target: string, text: string): Promise<boolean> {
  const data = Buffer.from(text, 'utf8');
  let temp: string;
  try {
    temp = await writeTemp(target, data, 0o644);
  } catch (error) {
    throw new CliError(`${target}: could not write: ${describeFsError(error)}`);
  }
  try {
    // link() fails with EEXIST when the name is taken: create-if-absent, in one atomic step.
    await link(temp, target);
    await unlink(temp).catch(() => undefined);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'EEXIST') {
      await unlink(temp).catch(() => undefined);
      return false;
    }
    if (code === 'EPERM' || code === 'ENOTSUP' || code === 'EOPNOTSUPP' || code === 'ENOSYS' || code === 'EXDEV') {
      // File systems without hard links (some FUSE, FAT, network shares): fall back to an exclusive
      // open of the target itself, which still never overwrites; a failed write removes the file.
      await unlink(temp).catch(() => undefined);
      return createByExclusiveOpen(target, data);
    }
    await unlink(temp).catch(() => undefined);
    throw new CliError(`${target}: could not create: ${describeFsError(error)}`);
  }
  await syncFolder(dirname(target));
  return true;
}

async function createByExclusiveOpen(target: string, data: Uint8Array): Promise<boolean> {
  let handle;
  try {
    handle = await open(target, 'wx', 0o644);
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false;
    throw new CliError(`${target}: could not create: ${describeFsError(error)}`);
  }
  try {
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await unlink(target).catch(() => undefined);
    throw new CliError(`${target}: could not write: ${describeFsError(error)}; nothing was left behind`);
  }
  await syncFolder(dirname(target));
  return true;
}

/**
 * Writes an export (`--out`) atomically: readers see the old file or the new one, never half.
 * Replaces an existing file; callers decide beforehand whether replacing is allowed.
 */
export async function writeOutputAtomic(target: string, data: string | Uint8Array): Promise<void> {
  let mode = 0o644;
  try {
    mode = (await stat(target)).mode & 0o7777;
  } catch {
    // A new file: default permissions (less the umask).
  }
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  let temp: string;
  try {
    temp = await writeTemp(target, bytes, mode);
  } catch (error) {
    throw new CliError(`${target}: could not write: ${describeFsError(error)}`);
  }
  try {
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw new CliError(`${target}: could not write: ${describeFsError(error)}`);
  }
  await syncFolder(dirname(target));
}
