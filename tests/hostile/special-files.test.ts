// Item 6 of issue #17: files are opened only when they are regular files. Before the fix,
// `mkfifo f.md; glimmer set f.md k=1` blocked forever (opening a FIFO waits for a writer), and a
// note replaced by a FIFO during a scan hung the scan. Real FIFOs (mkfifo), each behind a guard so a
// regression fails instead of hanging the suite: the command line runs with a time limit, and the
// in-process scan has a writer process that opens the FIFO after a while, which frees a blocked reader.
import { execFileSync, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { lstatSync, readFileSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { scanVault } from '../../packages/cli/src/scan.ts';
import { glimmer, glimmerNote, json, makeVault } from './support/cli.ts';

/** Time for one CLI run on a busy two-core machine; a blocked open never ends, so this only needs to be finite. */
const GUARD_MS = 45_000;

const mkfifo = (path: string): void => {
  execFileSync('mkfifo', [path]);
};

/** Runs `glimmer` with a time limit: a run that does not end in time fails the test, naming the command. */
function guarded(args: string[]) {
  try {
    return glimmer(args, { timeoutMs: GUARD_MS });
  } catch (error) {
    throw new Error(`glimmer ${args[0]} did not end within ${GUARD_MS / 1000} s (a blocking open?): ${String(error)}`);
  }
}

/**
 * A process that, after `delayMs`, opens `fifo` for writing without blocking (it fails while no
 * reader waits, so it retries), writes a line and closes it: a reader stuck opening the FIFO is freed
 * and reads that line, so a scan that opened it ends (and the test sees the FIFO was read, not skipped).
 */
function releaseBlockedReader(fifo: string, delayMs: number): ChildProcess {
  const script = `
    const fs = require('node:fs');
    const [fifo, delay] = process.argv.slice(1);
    const until = Date.now() + 120000;
    const attempt = () => {
      try {
        const fd = fs.openSync(fifo, fs.constants.O_WRONLY | fs.constants.O_NONBLOCK);
        fs.writeSync(fd, 'released by the guard\\n');
        fs.closeSync(fd);
      } catch {
        if (Date.now() < until) setTimeout(attempt, 50);
      }
    };
    setTimeout(attempt, Number(delay));`;
  return spawn(process.execPath, ['-e', script, fifo, String(delayMs)], { stdio: 'ignore' });
}

const guards: ChildProcess[] = [];
afterEach(() => {
  for (const guard of guards.splice(0)) guard.kill();
});

interface LintJson {
  files: Array<{ path: string; issues: Array<{ severity: string; code: string; message: string }> }>;
}

describe('special files in place of notes', () => {
  it('set refuses a FIFO at once, naming it, and leaves it a FIFO', () => {
    const dir = makeVault({});
    const fifo = join(dir, 'f.md');
    mkfifo(fifo);
    const result = guarded(['set', fifo, 'k=1']);
    expect(result.status).toBe(2);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('f.md');
    expect(lines[0]).toMatch(/not a regular file/);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it('set refuses a link to a FIFO, and a device, without opening them for long', () => {
    const dir = makeVault({});
    const fifo = join(dir, 'pipe');
    mkfifo(fifo);
    execFileSync('ln', ['-s', fifo, join(dir, 'link.md')]);
    for (const target of [join(dir, 'link.md'), '/dev/zero']) {
      const result = guarded(['set', target, 'k=1']);
      expect(result.status, target).toBe(2);
      expect(result.stderr, target).toMatch(/not a regular file/);
    }
  });

  it('a scan reports a FIFO named like a note (every command ends; lint names it)', () => {
    const vault = makeVault({ 'a.md': glimmerNote({ created: '2026-03-03' }) });
    mkfifo(join(vault, 'b.md'));
    const lint = guarded(['lint', vault, '--json']);
    const report = json<LintJson>(lint);
    const entry = report.files.find((f) => f.path === 'b.md');
    expect(entry?.issues.map((i) => i.code)).toEqual(['file/not-regular']);
    for (const command of ['stats', 'list']) {
      const result = guarded([command, vault]);
      expect(result.status, command).toBe(0);
      expect(result.stderr, command).toContain('skipped b.md');
    }
    expect(json<{ glimmers: number }>(guarded(['stats', vault, '--json'])).glimmers).toBe(1);
  });

  it('a note replaced by a FIFO during a scan is skipped with a message naming it', async () => {
    const names = ['a.md', 'b.md', 'c.md'];
    const vault = makeVault(Object.fromEntries(names.map((n, i) => [n, glimmerNote({ created: `2026-03-0${i + 1}` })])));
    const swapped = join(vault, 'b.md');
    let done = false;
    const result = await scanVault(vault, {
      onProgress: (read) => {
        // After a.md is read and before b.md is opened: b.md becomes a FIFO with no writer.
        if (read !== 1 || done) return;
        done = true;
        unlinkSync(swapped);
        mkfifo(swapped);
        guards.push(releaseBlockedReader(swapped, 5_000));
      },
    });
    expect(done).toBe(true);
    expect(result.glimmers.map((g) => g.path)).toEqual(['a.md', 'c.md']);
    const report = result.reports.find((r) => r.path === 'b.md');
    expect(report?.issues[0]?.code).toBe('file/not-regular');
    expect(report?.issues[0]?.message).toMatch(/named pipe/);
    expect(result.files.skipped).toBe(1);
  });

  it('a FIFO or device given as a settings, watch-list or template file is refused, not waited on', () => {
    const vault = makeVault({ 'a.md': glimmerNote({ created: '2026-03-03' }), '.obsidian/app.json': '{}' });
    const fifo = join(vault, 'list.txt');
    mkfifo(fifo);
    const lint = guarded(['lint', vault, '--watch-list', fifo]);
    expect(lint.status).toBe(2);
    expect(lint.stderr).toMatch(/list\.txt: is a named pipe \(FIFO\), not a regular file/);
    const made = guarded(['new', '--dir', join(vault, 'Glimmers'), '--template', fifo, '--text', 'x']);
    expect(made.status).toBe(2);
    expect(made.stderr).toMatch(/not a regular file/);
    execFileSync('mkdir', ['-p', join(vault, '.obsidian/plugins/glimmers')]);
    mkfifo(join(vault, '.obsidian/plugins/glimmers/data.json'));
    const stats = guarded(['stats', vault, '--json']);
    expect(stats.status).toBe(0);
    expect(stats.stderr).toMatch(/data\.json: is a named pipe \(FIFO\), not a regular file; the default settings are used/);
    expect(readFileSync(join(vault, 'a.md'), 'utf8')).toContain('type: glimmer');
  });
});
