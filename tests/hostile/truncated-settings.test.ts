// Item 8 of issue #17: a data.json cut off mid-write (a crash, a sync conflict) must give the
// default settings and one warning, never a watch list made of its lines. The fix is core's
// readSettingsText (landed by the lead); this runs the real command line on such a vault.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createWatchList } from '@glimmers/core';
import { describe, expect, it } from 'vitest';
import { glimmer, glimmerNote, json, makeVault, tempDir, writeFiles } from './support/cli.ts';

interface LintReport {
  files: Array<{ path: string; issues: Array<{ code: string }> }>;
}

/** The plugin's settings as Obsidian saves them (pretty JSON), cut off inside the watch list's hashes. */
function truncatedSettings(): string {
  const settings = {
    version: 1,
    glimmerFolder: 'Reflections',
    themes: [{ id: 'gratitude', label: 'client hope', hidden: false }],
    privacy: { warnWhileWriting: true, nameGuess: true, watchList: createWatchList(['Velisande', 'Orrin Task'], 'vault-salt') },
  };
  const text = JSON.stringify(settings, null, 2);
  const cut = text.indexOf('"hashes"') + 40;
  return text.slice(0, cut);
}

describe('a truncated data.json', () => {
  const data = truncatedSettings();
  // The note holds every line of the broken file as words, and the watch list's own names: if any
  // line became a watch-list entry, or the cut list were half-read, lint would flag this note.
  const lines = data.split('\n').map((l) => l.replace(/[{}[\]",:]/g, ' ').trim()).filter((l) => l !== '');
  const note = glimmerNote({
    created: '2026-03-03',
    themes: ['gratitude'],
    text: `## What I witnessed\n\nVelisande and Orrin Task laughed. ${lines.join('. ')}.\n`,
  });
  const vault = makeVault({ '.obsidian/plugins/glimmers/data.json': data, 'Glimmers/a.md': note });

  it('gives the default settings, exactly one warning, and no watch-list findings', () => {
    const result = glimmer(['lint', vault, '--json']);
    const report = json<LintReport>(result);
    const codes = report.files.flatMap((f) => f.issues.map((i) => i.code));
    expect(codes).not.toContain('privacy/watch-list');
    // The defaults: the saved theme is unknown to the default vocabulary, and the capitalised-word
    // guess is off (people's names are on by default, so "Velisande" may be flagged as a name).
    expect(codes).toContain('themes/unknown');
    expect(codes).not.toContain('privacy/capitalised');
    const warnings = result.stderr.split('\n').filter((l) => l !== '');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/data\.json: .*not valid JSON; using the default settings$/);
    // The warning quotes nothing from the file.
    for (const word of ['Reflections', 'client hope', 'vault-salt', 'hashes']) expect(result.stderr).not.toContain(word);
    expect(result.status).toBe(0);
  });

  it('leaves the file as it was, and new glimmers go to the default folder', () => {
    const result = glimmer(['new', '--text', 'A small step.', '--created', '2026-03-04'], { cwd: vault });
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toMatch(/^Glimmers\//);
    expect(result.stderr.split('\n').filter((l) => l !== '')).toHaveLength(1);
    expect(readFileSync(join(vault, '.obsidian/plugins/glimmers/data.json'), 'utf8')).toBe(data);
  });

  it('given as --watch-list, is refused in one line rather than read line by line', () => {
    const file = join(tempDir(), 'data.json');
    writeFiles('/', { [file]: data });
    const result = glimmer(['lint', vault, '--json', '--watch-list', file]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    // (The vault's own data.json is the same broken text: its one warning comes first.)
    expect(result.stderr).toMatch(/\nglimmer: --watch-list: .*data\.json: not valid JSON[^\n]*\n$/);
    expect(result.stderr).not.toContain('vault-salt');
  });
});
