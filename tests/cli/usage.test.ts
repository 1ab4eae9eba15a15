import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
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

describe('the built command', () => {
  it('--version prints the package version, from the entry alone', () => {
    const { version } = JSON.parse(readFileSync(join(REPO, 'packages/cli/package.json'), 'utf8')) as { version: string };
    for (const flag of ['--version', '-v']) {
      const result = glimmer([flag]);
      expect(result.status, flag).toBe(0);
      expect(result.stdout, flag).toBe(`${version}\n`);
    }
    // The entry answers it without importing the bundle: only the version and one dynamic import.
    const entry = readFileSync(BIN, 'utf8');
    expect(entry).toMatch(/^#!\/usr\/bin\/env node\n/);
    expect([...entry.matchAll(/\bimport\b/g)]).toHaveLength(1);
    expect(entry).toContain('import("./main.mjs")');
  });

  it('runs on Node alone: no TypeScript loader or bundler is loaded, nothing is compiled on the fly', () => {
    const vault = makeVault({ 'a.md': glimmerNote({ created: '2026-05-01', themes: ['presence'], intensity: 4 }) });
    const result = glimmer(['stats', vault, '--json']);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ glimmers: 1, byTheme: { presence: 1 } });
    // The bundle and the chunks it loads on demand (./chunk-*.mjs beside it) import only Node's own
    // modules and each other: every dependency is inside them.
    const modules = /(?:^|[;\n}])\s*import\s*(?:[\w$*{}\s,]*?from\s*)?["']([^"']+)["']|\bimport\s*\(\s*["']([^"']+)["']\s*\)|\b(?:__)?require\(\s*["']([^"']+)["']\s*\)/g;
    const files = ['main.mjs'];
    const imported: string[] = [];
    for (let i = 0; i < files.length; i++) {
      const code = readFileSync(join(REPO, 'packages/cli/dist', files[i] as string), 'utf8');
      for (const m of code.matchAll(modules)) {
        const name = m[1] ?? m[2] ?? m[3] ?? '';
        const chunk = /^\.\/(chunk-[\w-]+\.mjs)$/.exec(name)?.[1];
        if (chunk === undefined) imported.push(name);
        else if (!files.includes(chunk)) files.push(chunk);
      }
    }
    expect(imported).toContain('node:fs');
    expect(imported.filter((name) => !name.startsWith('node:') && !builtinModules.includes(name))).toEqual([]);
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
