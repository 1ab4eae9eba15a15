/**
 * One home for each rule (#15) on the command line: the glimmer-type line, file names and the
 * glimmer folder are core's rules, read with the vault's settings, exactly as the plugin reads them.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { glimmerFileName, startsLikeGlimmer } from '@glimmers/core';
import { glimmer, json, makeVault } from './helpers.ts';

describe('the command line uses core\'s rules', () => {
  it('reads the type line as core does: indented, quoted or commented, and `...` does not close the block', () => {
    for (const head of ['---\n  type: glimmer\n', '---\ntype: "glimmer" # mine\n', '---\ntitle: x\n...\ntype: glimmer\n']) expect(startsLikeGlimmer(head)).toBe(true);
    for (const head of ['---\ntype: note\n---\ntype: glimmer\n', '\n---\ntype: glimmer\n', 'type: glimmer\n']) expect(startsLikeGlimmer(head)).toBe(false);
    // A note over 1 MiB is not read; its indented type line still makes it a glimmer to report.
    const big = `---\n  type: glimmer\ncreated: 2026-03-03\n---\n${'x'.repeat(1_100_000)}\n`;
    const vault = makeVault({ 'big.md': big, 'plain big.md': `---\ntitle: x\n---\n${'x'.repeat(1_100_000)}\n` });
    const lint = json<{ files: { path: string; issues: { code: string }[] }[] }>(glimmer(['lint', vault, '--json']));
    expect(lint.files.map((f) => [f.path, f.issues.map((i) => i.code)])).toEqual([['big.md', ['file/too-large']]]);
  });

  it('names new glimmers with the vault\'s file name pattern, through core', () => {
    const vault = makeVault({ '.obsidian/plugins/glimmers/data.json': JSON.stringify({ fileNamePattern: 'glimmer {{date}} {{id}}' }) });
    const result = glimmer(['new', '--dir', join(vault, 'Glimmers'), '--created', '2026-03-14T16:40', '--title', 'Private words', '--text', 'x']);
    expect(result.status).toBe(0);
    const [name] = readdirSync(join(vault, 'Glimmers'));
    expect(name).toMatch(/^glimmer 2026-03-14 [a-z2-9]{4}\.md$/);
    const id = /([a-z2-9]{4})\.md$/.exec(name ?? '')?.[1] ?? '';
    expect(`${glimmerFileName('glimmer {{date}} {{id}}', { now: new Date(2026, 2, 14, 16, 40), title: 'Private words', id })}.md`).toBe(name);
  });

  it('refuses to write into a hidden folder of a vault, as the plugin refuses it as the glimmer folder', () => {
    const vault = makeVault({ '.obsidian/app.json': '{}' });
    for (const dir of ['.hidden', '.obsidian/plugins', 'Notes/.trash']) {
      const result = glimmer(['new', '--dir', join(vault, dir), '--text', 'x']);
      expect(result.status, dir).toBe(2);
      expect(result.stderr).toContain('is a hidden folder, which Obsidian does not show');
    }
    expect(readdirSync(vault).sort()).toEqual(['.obsidian']);
    expect(glimmer(['new', '--dir', join(vault, 'Journal/Glimmers'), '--text', 'x']).status).toBe(0);
  });

  it('ignores a hidden glimmer folder in the settings, as the plugin does, and keeps themes stored as plain ids', () => {
    const vault = makeVault({
      '.obsidian/plugins/glimmers/data.json': JSON.stringify({ glimmerFolder: '.hidden', themes: ['client-hope', 'quiet-courage'] }),
      'Glimmers/a.md': '---\ntype: glimmer\ncreated: 2026-03-03\nthemes: [quiet-courage]\n---\n',
    });
    const made = glimmer(['new', '--text', 'x'], { cwd: vault });
    expect(made.status).toBe(0);
    expect(made.stdout.startsWith('Glimmers/')).toBe(true);
    const lint = json<{ files: { path: string; issues: { code: string }[] }[] }>(glimmer(['lint', vault, '--json']));
    expect(lint.files.flatMap((f) => f.issues.map((i) => i.code))).not.toContain('themes/unknown');
  });
});
