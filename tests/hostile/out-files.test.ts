// Item 9 of issue #17: `--out` never replaces an existing file unless --force, except a dashboard
// page Glimmers wrote before (recognised by its generator mark). Before the fix, `export --out` and
// `dashboard --out` replaced any existing file that was not named .md without a word: an Obsidian
// .canvas, a spreadsheet's CSV, somebody's web page. Existing contents are generated per case.
import { execFileSync } from 'node:child_process';
import { lstatSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { glimmer, glimmerNote, makeVault, tempDir } from './support/cli.ts';

const vault = makeVault({ 'Glimmers/a.md': glimmerNote({ created: '2026-03-03', themes: ['meaning'], intensity: 4 }) });

/** Distinct contents a person may keep under each name (generated, so no two cases share bytes). */
function existing(name: string, i: number): string {
  if (name.endsWith('.canvas')) return JSON.stringify({ nodes: [{ id: `n${i}`, type: 'text', text: `Plan ${i}`, x: 0, y: 0, width: 250, height: 60 }], edges: [] });
  if (name.endsWith('.csv')) return `client,session\r\nA${i},${i + 1}\r\n`;
  if (name.endsWith('.json')) return JSON.stringify({ mine: i, list: Array.from({ length: i + 1 }, (_, k) => k) });
  if (name.endsWith('.html')) return `<!doctype html>\n<html><head><title>My page ${i}</title></head><body>Made by me, not by Glimmers.</body></html>\n`;
  return `# My notes ${i}\n\nNothing to lose.\n`;
}

/** The commands that write --out, each with a name it would accept. */
const WRITERS: Array<{ args: string[]; name: string }> = [
  { args: ['export', vault, '--format', 'csv'], name: 'clients.csv' },
  { args: ['export', vault, '--format', 'json'], name: 'data.json' },
  { args: ['export', vault, '--format', 'csv'], name: 'board.canvas' },
  { args: ['export', vault, '--format', 'markdown'], name: 'digest.md' },
  { args: ['export', vault, '--format', 'json'], name: 'notes.txt' },
  { args: ['dashboard', vault, '--today', '2026-03-10'], name: 'page.html' },
  { args: ['dashboard', vault, '--today', '2026-03-10'], name: 'board.canvas' },
];

describe('--out and existing files', () => {
  it('never replaces an existing file without --force, and says so in one line naming it', () => {
    WRITERS.forEach(({ args, name }, i) => {
      const dir = tempDir();
      const out = join(dir, name);
      const before = existing(name, i);
      writeFileSync(out, before);
      const result = glimmer([...args, '--out', out]);
      const what = `${args[0]} --out ${name}`;
      expect(result.status, what).toBe(2);
      const lines = result.stderr.trim().split('\n');
      expect(lines, what).toHaveLength(1);
      expect(lines[0], what).toContain(name);
      expect(lines[0], what).toMatch(/already exists.*--force/);
      expect(readFileSync(out, 'utf8'), what).toBe(before);
      expect(readdirSync(dir), what).toEqual([name]);
    });
  });

  it('replaces it with --force', () => {
    WRITERS.forEach(({ args, name }, i) => {
      const out = join(tempDir(), name);
      writeFileSync(out, existing(name, i));
      const result = glimmer([...args, '--out', out, '--force']);
      expect(result.status, `${args[0]} ${name}`).toBe(0);
      expect(readFileSync(out, 'utf8'), `${args[0]} ${name}`).not.toBe(existing(name, i));
    });
  });

  it('replaces a dashboard page it wrote before without --force, and no other page', () => {
    const dir = tempDir();
    const out = join(dir, 'dashboard.html');
    expect(glimmer(['dashboard', vault, '--today', '2026-03-10', '--out', out]).status).toBe(0);
    const first = readFileSync(out, 'utf8');
    const again = glimmer(['dashboard', vault, '--today', '2026-03-10', '--out', out, '--title', 'Second']);
    expect(again.status).toBe(0);
    expect(readFileSync(out, 'utf8')).not.toBe(first);
    expect(readFileSync(out, 'utf8')).toContain('<title>Second</title>');
    // A page that only carries the mark in its body (say, a page about Glimmers) is not one Glimmers wrote.
    const mark = first.split('\n').find((line) => line.includes('name="generator"')) ?? '';
    expect(mark).toContain('Glimmers');
    const quoting = `<!doctype html>\n<html><head><title>Notes</title></head><body>\n${mark}\n</body></html>\n`;
    writeFileSync(out, quoting);
    expect(glimmer(['dashboard', vault, '--today', '2026-03-10', '--out', out]).status).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe(quoting);
  });

  it('never replaces a symbolic link, a FIFO or a folder, even with --force', () => {
    const dir = tempDir();
    const target = join(dir, 'target.csv');
    writeFileSync(target, 'mine\r\n');
    symlinkSync(target, join(dir, 'link.csv'));
    execFileSync('mkfifo', [join(dir, 'pipe.csv')]);
    for (const name of ['link.csv', 'pipe.csv', '.']) {
      const result = glimmer(['export', vault, '--format', 'csv', '--out', join(dir, name), '--force'], { timeoutMs: 45_000 });
      expect(result.status, name).toBe(2);
      expect(result.stderr.trim().split('\n'), name).toHaveLength(1);
    }
    expect(lstatSync(join(dir, 'link.csv')).isSymbolicLink()).toBe(true);
    expect(lstatSync(join(dir, 'pipe.csv')).isFIFO()).toBe(true);
    expect(readFileSync(target, 'utf8')).toBe('mine\r\n');
  });

  it('writes a new file as before, and says what it wrote', () => {
    const out = join(tempDir(), 'rows.csv');
    const result = glimmer(['export', vault, '--out', out]);
    expect(result.status).toBe(0);
    expect(readFileSync(out, 'utf8').startsWith('date,moment')).toBe(true);
  });
});
