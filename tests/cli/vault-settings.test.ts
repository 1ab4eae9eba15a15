// The command line reads the Obsidian plugin's settings of the vault (never writes them), so it
// agrees with the app on the theme vocabulary, theme labels and the name guess.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { glimmer, glimmerNote, json, makeVault } from './helpers.ts';

interface LintReport {
  files: Array<{ path: string; issues: Array<{ code: string }> }>;
}

const settings = {
  version: 1,
  glimmerFolder: 'Glimmers',
  themes: [
    { id: 'client-hope', label: 'Hope from a client', hidden: false },
    { id: 'gratitude', label: 'Gratitude', hidden: true },
  ],
  privacy: { warnWhileWriting: true, personNames: false, nameGuess: true, watchList: null },
};

const note = glimmerNote({
  created: '2026-03-03',
  themes: ['gratitude', 'client-hope'],
  text: '## What I witnessed\n\nMy client Rosalind laughed about the kettle.\n',
});

describe('the vault plugin settings', () => {
  const vault = makeVault({
    '.obsidian/plugins/glimmers/data.json': JSON.stringify(settings),
    'Glimmers/a.md': note,
  });

  it('lint knows the user\'s themes (hidden ones too) and follows the privacy switches (names off, capitalised words on)', () => {
    const report = json<LintReport>(glimmer(['lint', vault, '--json']));
    const codes = report.files.flatMap((f) => f.issues.map((i) => i.code));
    expect(codes).not.toContain('themes/unknown');
    expect(codes).toContain('privacy/capitalised');
    expect(codes).not.toContain('privacy/name');
  });

  it('is found from a subfolder of the vault too', () => {
    const report = json<LintReport>(glimmer(['lint', join(vault, 'Glimmers'), '--json']));
    expect(report.files.flatMap((f) => f.issues.map((i) => i.code))).not.toContain('themes/unknown');
  });

  it('gives the digest the user\'s theme labels', () => {
    const md = glimmer(['export', vault, '--format', 'markdown']).stdout;
    expect(md).toContain('| Gratitude (`gratitude`) | 1 |');
    expect(md).toContain('| Hope from a client (`client-hope`) | 1 |');
  });

  it('is never written', () => {
    glimmer(['stats', vault]);
    expect(JSON.parse(readFileSync(join(vault, '.obsidian/plugins/glimmers/data.json'), 'utf8'))).toEqual(settings);
  });

  it('without settings, core\'s vocabulary applies, people\'s names are found and capitalised words are not guessed', () => {
    const plain = makeVault({ 'a.md': note });
    const codes = json<LintReport>(glimmer(['lint', plain, '--json'])).files.flatMap((f) => f.issues.map((i) => i.code));
    expect(codes).toContain('themes/unknown');
    expect(codes).toContain('privacy/name');
    expect(codes).not.toContain('privacy/capitalised');
  });

  it('new writes into the plugin\'s glimmer folder from anywhere in the vault, and knows its themes', () => {
    const journal = makeVault({
      '.obsidian/plugins/glimmers/data.json': JSON.stringify({ ...settings, glimmerFolder: 'Journal/Glimmers' }),
      'Projects/Notes/x.md': 'plain\n',
    });
    const result = glimmer(['new', '--text', 'A small step.', '--theme', 'gratitude'], { cwd: join(journal, 'Projects/Notes') });
    expect(result.status).toBe(0);
    // No "unknown theme" warning: gratitude is in the user's vocabulary.
    expect(result.stderr).toBe('');
    const written = result.stdout.trim();
    expect(written.startsWith(join(journal, 'Journal/Glimmers'))).toBe(true);
    expect(readFileSync(written, 'utf8')).toContain('  - gratitude');
  });

  it('new outside any vault writes to Glimmers/ under the current folder', () => {
    const loose = makeVault({});
    const result = glimmer(['new', '--text', 'A small step.'], { cwd: loose });
    expect(result.stdout.startsWith('Glimmers/')).toBe(true);
  });

  it('a broken settings file is one warning line, then the defaults', () => {
    const broken = makeVault({ '.obsidian/plugins/glimmers/data.json': '{ not json', 'a.md': note });
    const result = glimmer(['stats', broken, '--json']);
    expect(result.status).toBe(0);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('data.json');
    expect(json<{ glimmers: number }>(result).glimmers).toBe(1);
  });
});
