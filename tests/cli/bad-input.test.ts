import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { glimmer, glimmerNote, isRoot, json, makeVault, unprivileged } from './helpers.ts';

interface LintReport {
  files: Array<{ path: string; issues: Array<{ severity: string; code: string; message: string }> }>;
  summary: { files: number; errors: number; warnings: number };
}
interface Stats {
  glimmers: number;
  files: { scanned: number; glimmers: number; invalid: number; skipped: number };
}

const good = glimmerNote({ created: '2026-04-01', themes: ['presence'], intensity: 3 });
const twoMiB = 2 * 1024 * 1024;

describe('bad input never crashes a scan', () => {
  const outside = makeVault({ 'elsewhere.md': glimmerNote({ created: '2026-04-02' }) });
  const invalidUtf8 = Buffer.concat([Buffer.from(glimmerNote({ created: '2026-04-03' })), Buffer.from([0xc3, 0x28, 0xff, 0x0a])]);
  const vault = makeVault({
    'good.md': good,
    'bom and crlf.md': `\ufeff${good.replace(/\n/g, '\r\n')}`,
    'locked.md': good,
    'locked folder/inside.md': good,
    'binary.md': new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x01, 0x02, 0x00, 0xff]),
    'big glimmer.md': `${good}${'x'.repeat(twoMiB)}\n`,
    'big plain note.md': `# Book notes\n\n${'words '.repeat(twoMiB / 6)}\n`,
    'not utf8 glimmer.md': invalidUtf8,
    'not utf8 plain.md': new Uint8Array([0x23, 0x20, 0xe9, 0x74, 0xe9, 0x0a]),
  });
  symlinkSync(join(vault, 'does-not-exist.md'), join(vault, 'broken link.md'));
  symlinkSync(outside, join(vault, 'linked folder'));
  symlinkSync(vault, join(vault, 'loop'));
  symlinkSync(join(vault, 'good.md'), join(vault, 'link to good.md'));
  chmodSync(join(vault, 'locked.md'), 0o000);
  chmodSync(join(vault, 'locked folder'), 0o000);
  const as = unprivileged;

  it('lint reports each bad file with a clear entry', () => {
    const result = glimmer(['lint', vault, '--json'], as);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
    const report = json<LintReport>(result);
    const byPath = Object.fromEntries(report.files.map((f) => [f.path, f.issues.map((i) => `${i.severity} ${i.code}`)]));
    expect(byPath).toEqual({
      'big glimmer.md': ['error file/too-large'],
      'binary.md': ['warning file/binary'],
      'broken link.md': ['warning file/broken-link'],
      'link to good.md': ['warning file/link-not-followed'],
      'linked folder': ['warning file/link-not-followed'],
      'locked folder': ['error file/unreadable'],
      'locked.md': ['error file/unreadable'],
      loop: ['warning file/link-not-followed'],
      'not utf8 glimmer.md': ['error file/invalid-utf8'],
      'not utf8 plain.md': ['warning file/invalid-utf8'],
    });
    // A 2 MB plain note is a plain note: never reported.
    expect(byPath['big plain note.md']).toBeUndefined();
    const messages = report.files.flatMap((f) => f.issues.map((i) => i.message));
    expect(messages.join('\n')).toContain('permission denied');
    expect(messages.join('\n')).toContain('larger than 1 MiB');
  });

  it('stats still counts every readable glimmer and names each skipped file on one stderr line', () => {
    const result = glimmer(['stats', vault, '--json'], as);
    expect(result.status).toBe(0);
    const stats = json<Stats>(result);
    // good.md and the BOM + CRLF copy; nothing through links, nothing locked.
    expect(stats.glimmers).toBe(2);
    // Ten Markdown files could be seen (the locked folder hides its note); eight were not read:
    // locked, binary, both large files, both non-UTF-8 files and both links. The large glimmer and
    // the non-UTF-8 glimmer are the two that need attention.
    expect(stats.files).toEqual({ scanned: 10, glimmers: 2, invalid: 2, skipped: 8 });
    const lines = result.stderr.trim().split('\n');
    expect(lines.every((l) => l.startsWith('glimmer: skipped '))).toBe(true);
    expect(result.stderr).toContain('locked.md: Could not read this file: permission denied');
    expect(result.stderr).toContain('broken link.md');
  });

  it('list works too', () => {
    const result = glimmer(['list', vault, '--json'], as);
    expect(result.status).toBe(0);
    expect(json<Array<{ path: string }>>(result).map((r) => r.path)).toEqual(['bom and crlf.md', 'good.md']);
  });

  it('runs those scans as a user who really cannot read the locked files', () => {
    // Root reads a mode-000 file anyway, so as root the scans above run as "nobody": check that
    // the denial they report is real, and that root alone would not have met it.
    const denied = spawnSync('cat', [join(vault, 'locked.md')], { ...as, encoding: 'utf8' });
    expect(denied.status).not.toBe(0);
    expect(denied.stderr).toContain('Permission denied');
    if (isRoot) expect(json<LintReport>(glimmer(['lint', vault, '--json'])).files.map((f) => f.path)).not.toContain('locked.md');
  });
});

describe('bad folders', () => {
  it('an empty folder gives zeros and null means', () => {
    const empty = makeVault({});
    const stats = json<Record<string, unknown>>(glimmer(['stats', empty, '--json']));
    expect(stats).toMatchObject({ glimmers: 0, days: 0, byWeek: {}, intensity: { mean: null, count: 0 }, weight: { mean: null, count: 0 } });
  });

  it('an unreadable DIR is exit 2 with one line naming it', () => {
    const dir = makeVault({ 'a.md': good });
    mkdirSync(join(dir, 'closed'));
    chmodSync(join(dir, 'closed'), 0o000);
    const result = glimmer(['lint', join(dir, 'closed')], unprivileged);
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain(join(dir, 'closed'));
    expect(result.stderr).toContain('permission denied');
  });
});
