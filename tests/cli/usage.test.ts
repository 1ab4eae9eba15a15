import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createProgress } from '../../packages/cli/src/progress.ts';
import { BIN, REPO, glimmer, glimmerNote, makeVault } from './helpers.ts';

const COMMANDS = ['new', 'list', 'stats', 'lint', 'set', 'export', 'dashboard'];

describe('usage', () => {
  it('every command has --help (exit 0, usage on stdout)', () => {
    for (const command of COMMANDS) {
      const result = glimmer([command, '--help']);
      expect(result.status, command).toBe(0);
      expect(result.stdout, command).toMatch(new RegExp(`^Usage: glimmer ${command}`));
      expect(result.stderr).toBe('');
    }
  });

  it('glimmer --help lists every command', () => {
    const result = glimmer(['--help']);
    expect(result.status).toBe(0);
    for (const command of COMMANDS) expect(result.stdout).toContain(`  ${command} `);
  });

  it('no command, an unknown command or an unknown option: exit 2 with one line', () => {
    for (const args of [[], ['frobnicate'], ['stats', '--frobnicate'], ['list', 'a', 'b'], ['stats', '--from']]) {
      const result = glimmer(args);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(result.stderr).toMatch(/^glimmer: /);
    }
  });
});

describe('launcher', () => {
  it('gives the same answers from the cached bundle and through tsx (GLIMMER_NO_BUNDLE=1)', () => {
    const vault = makeVault({ 'a.md': glimmerNote({ created: '2026-05-01', themes: ['presence'], intensity: 4 }) });
    const bundled = glimmer(['stats', vault, '--json']);
    const compiled = glimmer(['stats', vault, '--json'], { env: { GLIMMER_NO_BUNDLE: '1' } });
    expect(bundled.status).toBe(0);
    expect(compiled.status).toBe(0);
    expect(compiled.stdout).toBe(bundled.stdout);
    expect(JSON.parse(bundled.stdout)).toMatchObject({ glimmers: 1, byTheme: { presence: 1 } });
    // The bundle was really made, from the current sources.
    const manifest = JSON.parse(readFileSync(join(REPO, 'node_modules/.cache/glimmer-cli/manifest.json'), 'utf8')) as { inputs: Record<string, string> };
    expect(Object.keys(manifest.inputs)).toContain(join(REPO, 'packages/cli/src/main.ts'));
    expect(existsSync(join(REPO, 'node_modules/.cache/glimmer-cli/main.mjs'))).toBe(true);
  });
});

describe('terminal output', () => {
  const vault = makeVault({ 'a.md': glimmerNote({ created: '2026-05-01', themes: ['sunshine'] }) });

  function inTerminal(args: string[], env: Record<string, string> = {}) {
    // `script` runs the command on a pseudo-terminal, as a person would see it.
    return spawnSync('script', ['-qec', `"${process.execPath}" "${BIN}" ${args.map((a) => `"${a}"`).join(' ')}`, '/dev/null'], {
      encoding: 'utf8', input: '', timeout: 60_000, env: { PATH: process.env.PATH ?? '', TZ: 'UTC', TERM: 'xterm', ...env },
    });
  }

  it('colours lint output on a terminal', () => {
    const result = inTerminal(['lint', vault]);
    expect(result.stdout).toContain('\x1b[33mwarning\x1b[39m');
  });

  it('honours NO_COLOR', () => {
    const result = inTerminal(['lint', vault], { NO_COLOR: '1' });
    expect(result.stdout).toContain('warning');
    expect(result.stdout).not.toContain('\x1b[33m');
  });

  it('never colours a pipe', () => {
    expect(glimmer(['lint', vault]).stdout).not.toContain('\x1b[');
  });
});

describe('progress bar', () => {
  function fakeStream(isTTY: boolean) {
    const chunks: string[] = [];
    return { isTTY, columns: 80, chunks, write: (s: string) => chunks.push(s) > 0 };
  }

  it('draws on a terminal once a scan takes a moment, then erases itself', () => {
    let now = 0;
    const stream = fakeStream(true);
    const progress = createProgress(stream, 'Reading notes', () => now);
    progress.update(1, 100);
    expect(stream.chunks).toEqual([]);
    now = 400;
    progress.update(50, 100);
    expect(stream.chunks.at(-1)).toMatch(/^\rReading notes \[#+-+\] 50\/100 files$/);
    progress.finish();
    expect(stream.chunks.at(-1)).toBe('\r\x1b[2K');
  });

  it('writes nothing at all when not a terminal', () => {
    let now = 0;
    const stream = fakeStream(false);
    const progress = createProgress(stream, 'Reading notes', () => now);
    now = 10_000;
    progress.update(50, 100);
    progress.finish();
    expect(stream.chunks).toEqual([]);
  });
});
