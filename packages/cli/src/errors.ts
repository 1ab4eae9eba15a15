/**
 * How the CLI fails: every failure the user can cause or meet becomes one `CliError` with an exit
 * code, and `main` prints its message as one line on stderr. Nothing else reaches the terminal.
 */

/** Exit codes, as documented in docs/cli.md. */
export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_USAGE = 2;

/** A failure with a one-line message (naming the file when there is one) and an exit code. */
export class CliError extends Error {
  readonly exitCode: number;

  constructor(message: string, exitCode: number = EXIT_USAGE) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}

/** Plain words for the file-system errors people actually meet. */
const FS_WORDS: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'is a folder, not a file',
  ENOTDIR: 'not a folder',
  ELOOP: 'symbolic link loop (or a link where none is followed)',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files',
  ENOSPC: 'no space left on the disk',
  EROFS: 'read-only file system',
  EEXIST: 'already exists',
  EBUSY: 'file is busy',
  EIO: 'input/output error',
  ENAMETOOLONG: 'file name too long',
  EDQUOT: 'disk quota exceeded',
  EFBIG: 'file larger than this system allows',
};

/** The error code of a Node file-system error, or `undefined`. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { code: unknown }).code;
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}

/** A short description of a file-system error, without the path (callers name the file themselves). */
export function describeFsError(error: unknown): string {
  const code = errorCode(error);
  if (code !== undefined && FS_WORDS[code] !== undefined) return `${FS_WORDS[code]} (${code})`;
  if (code !== undefined) return code;
  return error instanceof Error ? error.message.split('\n')[0] ?? 'unknown error' : 'unknown error';
}
