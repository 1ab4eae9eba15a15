import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseGlimmer } from '@glimmers/core';
import { describe, expect, it } from 'vitest';
import { createFileExclusive } from '../../packages/cli/src/atomic-write.ts';
import { BIN, REPO, glimmer, tempDir } from './helpers.ts';

function notesIn(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.md')).sort() : [];
}

/** Starts `glimmer new` without waiting, so several run at the same moment. */
function startNew(cwd: string, args: string[]): Promise<{ status: number | null; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'new', ...args], { cwd, env: { PATH: process.env.PATH ?? '', TZ: 'UTC' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout }));
  });
}

describe('glimmer new', () => {
  it('writes one valid glimmer into Glimmers/ and prints its path', () => {
    const cwd = tempDir();
    const result = glimmer(['new', '--title', 'First laugh', '--theme', 'client-hope', '--theme', 'presence', '--intensity', '4', '--weight', '2', '--moment', 'after-session', '--text', 'He laughed, hood down, for the first time.'], { cwd });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const path = result.stdout.trim();
    expect(path).toMatch(/^Glimmers\/\d{4}-\d{2}-\d{2} \d{6} first-laugh [a-z2-9]{4}\.md$/);
    const parsed = parseGlimmer(readFileSync(join(cwd, path), 'utf8'));
    expect(parsed.issues).toEqual([]);
    expect(parsed.glimmer).toMatchObject({ moment: 'after-session', themes: ['client-hope', 'presence'], intensity: 4, weight: 2, title: 'First laugh' });
    expect(parsed.glimmer?.sections).toEqual([{ heading: 'What I witnessed', text: 'He laughed, hood down, for the first time.' }]);
    expect(parsed.glimmer?.created).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
  });

  it('two calls in the same second give two files', async () => {
    const cwd = tempDir();
    const runs = await Promise.all([startNew(cwd, ['--text', 'Same words']), startNew(cwd, ['--text', 'Same words'])]);
    expect(runs.map((r) => r.status)).toEqual([0, 0]);
    expect(new Set(runs.map((r) => r.stdout.trim())).size).toBe(2);
    expect(notesIn(join(cwd, 'Glimmers'))).toHaveLength(2);
  });

  it('never overwrites: ten writers with the same date, time and words, beside an existing note', async () => {
    const cwd = tempDir();
    const dir = join(cwd, 'Glimmers');
    const args = ['--dir', dir, '--created', '2026-03-14T16:40', '--text', 'Same words'];
    await startNew(cwd, args);
    const [first] = notesIn(dir);
    const mine = 'My own note, not to be touched.\n';
    writeFileSync(join(dir, first as string), mine);
    const runs = await Promise.all(Array.from({ length: 10 }, () => startNew(cwd, args)));
    expect(runs.every((r) => r.status === 0)).toBe(true);
    const names = notesIn(dir);
    expect(names).toHaveLength(11);
    expect(names.every((n) => n.startsWith('2026-03-14 164000 glimmer '))).toBe(true);
    expect(readFileSync(join(dir, first as string), 'utf8')).toBe(mine);
    expect(readdirSync(dir).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('createFileExclusive refuses a taken name and leaves it byte for byte', async () => {
    const dir = tempDir();
    const target = join(dir, 'taken.md');
    writeFileSync(target, 'original');
    expect(await createFileExclusive(target, 'replacement')).toBe(false);
    expect(readFileSync(target, 'utf8')).toBe('original');
    expect(readdirSync(dir)).toEqual(['taken.md']);
    expect(await createFileExclusive(join(dir, 'free.md'), 'new')).toBe(true);
    expect(readFileSync(join(dir, 'free.md'), 'utf8')).toBe('new');
  });

  it('with no text and no terminal: exit 2, one line, nothing written', () => {
    const cwd = tempDir();
    const result = glimmer(['new', '--theme', 'presence'], { cwd });
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('--text');
    expect(existsSync(join(cwd, 'Glimmers'))).toBe(false);
  });

  it('reads the text from standard input with --text -', () => {
    const cwd = tempDir();
    const result = glimmer(['new', '--text', '-', '--dir', '.'], { cwd, input: 'Piped in from another program.\n' });
    expect(result.status).toBe(0);
    const parsed = parseGlimmer(readFileSync(join(cwd, result.stdout.trim()), 'utf8'));
    expect(parsed.glimmer?.sections[0]?.text).toBe('Piped in from another program.');
  });

  it('uses a template file: its first prompt takes the text, its frontmatter gives defaults and extra keys', () => {
    const cwd = tempDir();
    const template = join(REPO, 'examples/vault/Templates/Glimmers/After a hard session.md');
    const result = glimmer(['new', '--template', template, '--text', 'She planned her weekend.', '--intensity', '3'], { cwd });
    expect(result.status).toBe(0);
    const parsed = parseGlimmer(readFileSync(join(cwd, result.stdout.trim()), 'utf8'));
    expect(parsed.issues).toEqual([]);
    expect(parsed.glimmer).toMatchObject({ moment: 'after-session', intensity: 3, extra: { tags: ['glimmer'] } });
    expect(parsed.glimmer?.sections).toEqual([{ heading: 'What I witnessed', text: 'She planned her weekend.' }]);
  });

  it('asks the template prompts in a terminal', () => {
    const cwd = tempDir();
    // `script` gives the command a real pseudo-terminal; the answers are typed ahead.
    const result = spawnSync('script', ['-qec', `"${process.execPath}" "${BIN}" new --title Asked --theme presence`, '/dev/null'], {
      cwd, input: 'She stayed with it.\n\nStaying is enough.\n\n\n', encoding: 'utf8', timeout: 60_000, env: { PATH: process.env.PATH ?? '', TZ: 'UTC', TERM: 'dumb' },
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('How did it feel in my body?');
    const [name] = notesIn(join(cwd, 'Glimmers'));
    const parsed = parseGlimmer(readFileSync(join(cwd, 'Glimmers', name as string), 'utf8'));
    expect(parsed.glimmer?.sections).toEqual([
      { heading: 'What I witnessed', text: 'She stayed with it.' },
      { heading: 'What I want to remember', text: 'Staying is enough.' },
    ]);
    expect(parsed.glimmer?.moment).toBe('after-session');
  });

  it('Ctrl+C while asking cancels: exit 2, nothing written', async () => {
    const cwd = tempDir();
    const child = spawn('script', ['-qec', `"${process.execPath}" "${BIN}" new`, '/dev/null'], { cwd, env: { PATH: process.env.PATH ?? '', TZ: 'UTC', TERM: 'dumb' } });
    let output = '';
    const done = new Promise<void>((resolve) => child.on('close', () => resolve()));
    // Ctrl+C only once the second prompt shows, as a person would press it (typed any earlier, the
    // terminal itself would turn it into a signal before the prompts are up).
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('How did it feel in my body?') && !output.includes('cancelled')) child.stdin.write('\u0003');
    });
    child.stdin.write('A first answer\n');
    const timer = setTimeout(() => child.kill(), 30_000);
    await done;
    clearTimeout(timer);
    expect(output).toContain('cancelled; nothing was written');
    expect(notesIn(join(cwd, 'Glimmers'))).toEqual([]);
  });

  it('rejects bad values with exit 2 and writes nothing', () => {
    const cwd = tempDir();
    for (const bad of [['--intensity', '9'], ['--intensity', '2.5'], ['--weight', '-1'], ['--moment', 'lunch'], ['--created', '2026-02-30'], ['--template', 'no-such-template.md'], ['--text', '  ']]) {
      const result = glimmer(['new', '--text', 'x', ...bad], { cwd });
      expect(result.status, bad.join(' ')).toBe(2);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    }
    expect(notesIn(join(cwd, 'Glimmers'))).toEqual([]);
  });

  it('warns about an unknown theme but still writes the glimmer', () => {
    const cwd = tempDir();
    const result = glimmer(['new', '--text', 'x', '--theme', 'sunshine'], { cwd });
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('sunshine');
    expect(notesIn(join(cwd, 'Glimmers'))).toHaveLength(1);
  });

  it('a write that fails halfway leaves no note and no temp file', () => {
    const cwd = tempDir();
    const result = glimmer(['new', '--text', 'A long answer. '.repeat(200)], { cwd, shellPrefix: 'ulimit -f 2;' });
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(readdirSync(join(cwd, 'Glimmers'))).toEqual([]);
  });
});
