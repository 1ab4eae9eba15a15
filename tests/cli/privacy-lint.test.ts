// `glimmer lint` and the personal watch list: from --watch-list FILE (plain words hashed in memory,
// or the plugin's data.json) or from the vault's plugin data, with the words never printed.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createWatchList } from '@glimmers/core';
import { describe, expect, it } from 'vitest';
import { glimmer, glimmerNote, json, makeVault, tempDir, writeFiles } from './helpers.ts';

interface LintReport {
  files: Array<{ path: string; issues: Array<{ severity: string; code: string; message: string; line?: number; column?: number }> }>;
  summary: { files: number; errors: number; warnings: number };
}

const note = glimmerNote({ created: '2026-03-03', text: '## What I witnessed\n\nToday Velisande read her letter aloud, and Orrin Task clapped.' });

function codes(report: LintReport): string[] {
  return report.files.flatMap((f) => f.issues.map((i) => `${f.path} ${i.code}`));
}

function listing(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(`${path.slice(dir.length)} ${readFileSync(path, 'utf8').length}`);
    }
  };
  walk(dir);
  return out.sort();
}

describe('glimmer lint with a watch list', () => {
  it('flags words from --watch-list FILE (one per line) without printing them or writing anything', () => {
    const vault = makeVault({ 'Glimmers/a.md': note });
    const words = join(tempDir(), 'names.txt');
    writeFiles('/', { [words]: '# my clients\nVelisande\nOrrin Task\n' });
    const before = listing(vault);
    const result = glimmer(['lint', vault, '--json', '--watch-list', words]);
    const report = json<LintReport>(result);
    expect(codes(report)).toEqual(['Glimmers/a.md privacy/watch-list', 'Glimmers/a.md privacy/watch-list']);
    expect(report.files[0]?.issues[0]).toMatchObject({ severity: 'warning', line: expect.any(Number), column: 7 });
    for (const out of [result.stdout, result.stderr]) {
      expect(out).not.toContain('Velisande');
      expect(out).not.toContain('Orrin');
    }
    expect(listing(vault)).toEqual(before);
    expect(result.status).toBe(0);
  });

  it("uses the vault's plugin data.json by itself, also when linting a subfolder", () => {
    const data = { version: 1, privacy: { warnWhileWriting: true, personNames: false, nameGuess: false, watchList: createWatchList(['Velisande'], 'vault-salt') } };
    const vault = makeVault({ 'Glimmers/a.md': note, '.obsidian/plugins/glimmers/data.json': JSON.stringify(data) });
    expect(codes(json<LintReport>(glimmer(['lint', vault, '--json'])))).toEqual(['Glimmers/a.md privacy/watch-list']);
    expect(codes(json<LintReport>(glimmer(['lint', join(vault, 'Glimmers'), '--json'])))).toEqual(['a.md privacy/watch-list']);
    // With people's names on (the default), the other name is found too.
    const named = makeVault({ 'a.md': note, '.obsidian/plugins/glimmers/data.json': JSON.stringify({ privacy: { watchList: data.privacy.watchList } }) });
    expect(codes(json<LintReport>(glimmer(['lint', named, '--json'])))).toEqual(['a.md privacy/watch-list', 'a.md privacy/name']);
    // --no-privacy leaves every privacy warning out.
    expect(codes(json<LintReport>(glimmer(['lint', vault, '--json', '--no-privacy'])))).toEqual([]);
  });

  it('takes a data.json as --watch-list too', () => {
    const vault = makeVault({ 'a.md': note });
    const file = join(tempDir(), 'data.json');
    writeFiles('/', { [file]: JSON.stringify({ privacy: { watchList: createWatchList(['Orrin Task'], 's') } }) });
    // Orrin Task from the list; Velisande, not on it, as a likely name.
    expect(codes(json<LintReport>(glimmer(['lint', vault, '--json', '--watch-list', file])))).toEqual(['a.md privacy/name', 'a.md privacy/watch-list']);
  });

  it('reads a --watch-list file with entries separated by commas, as the plugin does', () => {
    const vault = makeVault({ 'a.md': note });
    const file = join(tempDir(), 'names.txt');
    writeFiles('/', { [file]: 'Velisande, Orrin Task\n' });
    expect(codes(json<LintReport>(glimmer(['lint', vault, '--json', '--watch-list', file])))).toEqual(['a.md privacy/watch-list', 'a.md privacy/watch-list']);
  });

  it('ignores a malformed plugin data.json and still lints, with the default checks', () => {
    const vault = makeVault({ 'a.md': note, '.obsidian/plugins/glimmers/data.json': '{ not json' });
    const result = glimmer(['lint', vault, '--json']);
    expect(result.status).toBe(0);
    expect(codes(json<LintReport>(result))).toEqual(['a.md privacy/name', 'a.md privacy/name']);
  });

  it('stops with one clear line when the --watch-list file is missing or empty', () => {
    const vault = makeVault({ 'a.md': note });
    const missing = glimmer(['lint', vault, '--watch-list', join(vault, 'nope.txt')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toContain('nope.txt');
    const emptyFile = join(tempDir(), 'empty.txt');
    writeFiles('/', { [emptyFile]: '\n\n' });
    const empty = glimmer(['lint', vault, '--watch-list', emptyFile]);
    expect(empty.status).toBe(2);
    expect(empty.stderr).toContain('no watch list in it');
  });
});
