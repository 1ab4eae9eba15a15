/**
 * Approval files: `received` is compared with `<dir>/<name>.<ext>`. With `GLIMMERS_APPROVE=1`
 * the file is written instead; a missing file fails after writing `<name>.received.<ext>` to
 * look at.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';

/** Compares `received` with the approved file, or writes it when approving. */
export function expectApprovedFile(dir: string, name: string, ext: string, received: string): void {
  const file = join(dir, `${name}.${ext}`);
  if (process.env.GLIMMERS_APPROVE === '1') {
    writeFileSync(file, received);
    return;
  }
  if (!existsSync(file)) {
    writeFileSync(join(dir, `${name}.received.${ext}`), received);
    throw new Error(`No approved file for ${name}: review ${name}.received.${ext} and run with GLIMMERS_APPROVE=1`);
  }
  expect(received).toBe(readFileSync(file, 'utf8'));
}
