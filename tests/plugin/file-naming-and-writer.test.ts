import { App } from 'obsidian-test-mocks/obsidian';
import type { Vault } from 'obsidian';
import { describe, expect, it } from 'vitest';
import { FALLBACK_SLUG, glimmerFileName, localCreated, randomId, slugify } from '@glimmers/core';
import { createVaultWriter } from '../../packages/obsidian-plugin/src/glimmer-writer.ts';

const NOW = new Date(2026, 0, 9, 7, 4, 5);
const vaultOf = (app: App): Vault => app.vault.asOriginalType2__() as unknown as Vault;

describe('slugify', () => {
  it.each([
    ['She named her own strength today', 'she-named-her-own-strength-today'],
    ["Client's first smile — in months!", 'clients-first-smile-in-months'],
    ['  \n\nSecond line wins when the first is blank', 'second-line-wins-when-the-first-is-blank'],
    ['Café au lait, ça va', 'café-au-lait-ça-va'],
    ['今日は希望を感じた', '今日は希望を感じた'],
    ['////', ''],
    ['🌱✨', ''],
    ['a'.repeat(80), 'a'.repeat(40)],
    ['one two three four five six seven eight nine ten eleven', 'one-two-three-four-five-six-seven-eight'],
  ])('should slug %j as %j', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });
});

describe('glimmerFileName', () => {
  it('should fill the default pattern and add the random code', () => {
    expect(glimmerFileName('{{date}} {{time}} {{slug}}', { now: NOW, title: 'A small step', id: 'k3f9' })).toBe('2026-01-09 070405 a-small-step k3f9');
  });

  it('should write "glimmer" when there is no title (never words of the answers) or nothing in it is usable', () => {
    expect(glimmerFileName('{{slug}}', { now: NOW, id: 'abcd' })).toBe(`${FALLBACK_SLUG} abcd`);
    expect(glimmerFileName('{{slug}}', { now: NOW, title: '////', id: 'abcd' })).toBe(`${FALLBACK_SLUG} abcd`);
  });

  it('should place the code where {{id}} is and strip characters file systems refuse', () => {
    expect(glimmerFileName('{{id}}: {{date}}/{{slug}}?*', { now: NOW, title: 'x', id: 'zz99' })).toBe('zz99 2026-01-09 x');
    expect(glimmerFileName('...{{slug}}\u0000#[[x]]', { now: NOW, title: 'y', id: 'q2q2' })).toBe('y x q2q2');
  });

  it('should never give an empty or hidden name, whatever the pattern', () => {
    for (const pattern of ['', '   ', '///', '.', '..', '{{nothing}}']) {
      const name = glimmerFileName(pattern, { now: NOW, title: 'x', id: 'abcd' });
      expect(name).not.toBe('');
      expect(name.startsWith('.')).toBe(false);
      expect(name).toContain('abcd');
    }
  });

  it('should keep names short', () => {
    expect(glimmerFileName(`${'long '.repeat(60)}{{slug}}`, { now: NOW, title: 'x', id: 'abcd' }).length).toBeLessThanOrEqual(120);
  });
});

describe('created and ids', () => {
  it('should write created in local time to the minute', () => {
    expect(localCreated(NOW)).toBe('2026-01-09T07:04');
  });

  it('should make codes of unambiguous letters and digits', () => {
    expect(randomId(4, () => 0)).toBe('aaaa');
    expect(randomId(6, () => 0.999)).toMatch(/^[a-z2-9]{6}$/);
  });
});

describe('createVaultWriter', () => {
  it('should give two concurrent saves of the same name two files, never one overwritten', async () => {
    const app = App.createConfigured__();
    const writer = createVaultWriter(vaultOf(app));
    const [a, b] = await Promise.all([writer.create('Glimmers', 'same', 'first'), writer.create('Glimmers', 'same', 'second')]);
    expect([a.path, b.path]).toEqual(['Glimmers/same.md', 'Glimmers/same 2.md']);
    expect(await app.vault.read(app.vault.getFileByPath('Glimmers/same.md')!)).toBe('first');
    expect(await app.vault.read(app.vault.getFileByPath('Glimmers/same 2.md')!)).toBe('second');
  });

  it('should write to the vault root for an empty folder and normalise user paths', async () => {
    const app = App.createConfigured__();
    const writer = createVaultWriter(vaultOf(app));
    expect((await writer.create('', 'root', 'x')).path).toBe('root.md');
    expect((await writer.create('/', 'root', 'x')).path).toBe('root 2.md');
    expect((await writer.create('//Work\\\\Glimmers//', 'n', 'x')).path).toBe('Work/Glimmers/n.md');
  });

  it('should give up with a clear message after many taken names', async () => {
    const files: Record<string, string> = { 'G/n.md': '' };
    for (let i = 2; i <= 50; i++) files[`G/n ${i}.md`] = '';
    const app = App.createConfigured__({ files });
    await expect(createVaultWriter(vaultOf(app)).create('G', 'n', 'x')).rejects.toThrow(/Every file name tried is already taken/);
  });

  it('should keep a failure of one save from blocking the next', async () => {
    const app = App.createConfigured__({ files: { 'Blocked': 'a file where a folder should be' } });
    const writer = createVaultWriter(vaultOf(app));
    await expect(writer.create('Blocked', 'n', 'x')).rejects.toThrow(/is a file/);
    expect((await writer.create('Free', 'n', 'x')).path).toBe('Free/n.md');
  });
});

describe('the in-memory vault behaves like Obsidian', () => {
  it('should reject vault.create on an existing path and keep the file', async () => {
    const app = App.createConfigured__({ files: { 'a.md': 'mine' } });
    await expect(app.vault.create('a.md', 'theirs')).rejects.toThrow('File already exists.');
    expect(await app.vault.read(app.vault.getFileByPath('a.md')!)).toBe('mine');
  });

  it('should fire metadata "changed" with parsed frontmatter after create and process', async () => {
    const app = App.createConfigured__();
    const seen: unknown[] = [];
    app.metadataCache.on('changed', (...args: unknown[]) => {
      const [file, , cache] = args as [{ path: string }, string, { frontmatter?: Record<string, unknown> }];
      seen.push([file.path, cache.frontmatter?.['intensity']]);
    });
    const file = await app.vault.create('g.md', '---\ntype: glimmer\ncreated: 2026-01-01\nintensity: 3\n---\n');
    await app.vault.process(file, (text) => text.replace('intensity: 3', 'intensity: 4'));
    expect(seen).toEqual([['g.md', 3], ['g.md', 4]]);
  });

  it('should index a note with broken YAML as one without frontmatter instead of failing the write', async () => {
    const app = App.createConfigured__();
    const file = await app.vault.create('broken.md', '---\ntags: [a\n---\nbody\n');
    expect(app.metadataCache.getFileCache(file)?.frontmatter).toBeUndefined();
  });
});
