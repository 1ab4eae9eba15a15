/**
 * A quiet progress bar for long scans: drawn on stderr only when stderr is a terminal, only after
 * the scan has run for a moment, and erased when done. Pipes and files never see it, and stdout
 * stays clean for JSON.
 */

export interface Progress {
  update(done: number, total: number): void;
  finish(): void;
}

interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(chunk: string): boolean;
}

const NO_PROGRESS: Progress = { update: () => undefined, finish: () => undefined };
const SHOW_AFTER_MS = 300;
const REDRAW_EVERY_MS = 100;

/** A progress bar on `stream` labelled `label`, or a no-op when `stream` is not a terminal. */
export function createProgress(stream: ProgressStream, label: string, now: () => number = Date.now): Progress {
  if (stream.isTTY !== true) return NO_PROGRESS;
  const started = now();
  let lastDraw = 0;
  let drawn = false;
  return {
    update(done, total) {
      const t = now();
      if (t - started < SHOW_AFTER_MS || (t - lastDraw < REDRAW_EVERY_MS && done < total)) return;
      lastDraw = t;
      drawn = true;
      const width = Math.max(10, Math.min(30, (stream.columns ?? 80) - label.length - 30));
      const filled = total === 0 ? width : Math.round((done / total) * width);
      const bar = '#'.repeat(filled) + '-'.repeat(width - filled);
      stream.write(`\r${label} [${bar}] ${done}/${total} files`);
    },
    finish() {
      // Erase the line so the next message starts clean.
      if (drawn) stream.write('\r\x1b[2K');
      drawn = false;
    },
  };
}

/** Text styles; identity functions when colour is off. */
export interface Paint {
  red(text: string): string;
  yellow(text: string): string;
  green(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
}

/** Colour only on a terminal, and never when `NO_COLOR` is set to anything non-empty (no-color.org). */
export function colourEnabled(stream: { isTTY?: boolean }, env: Record<string, string | undefined>): boolean {
  const noColour = env.NO_COLOR;
  return stream.isTTY === true && (noColour === undefined || noColour === '');
}

/** Styles for `stream`: ANSI colours when `enabled`, plain text otherwise. */
export function createPaint(enabled: boolean): Paint {
  const wrap = (open: number, close: number) => (text: string) => (enabled ? `\x1b[${open}m${text}\x1b[${close}m` : text);
  return { red: wrap(31, 39), yellow: wrap(33, 39), green: wrap(32, 39), dim: wrap(2, 22), bold: wrap(1, 22) };
}
