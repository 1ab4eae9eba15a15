// "New glimmer" and the vault: names never collide, nothing is ever overwritten.
import { parseGlimmer } from '@glimmers/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WITNESSED } from './support/form-helpers.ts';
import { button, cleanUp, click, field, filesIn, openModal, read, runCommand, startPlugin, type, type Harness } from './support/harness.ts';

let h: Harness;

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 2, 4, 14, 15, 3));
  h = await startPlugin({ disk: { data: JSON.stringify({ practice: { firstRunSeen: true } }) } });
});

afterEach(() => {
  h.plugin.unload();
  cleanUp();
});

describe('File names and collisions', () => {
  it('should never overwrite an existing note with the same name', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0);
    const taken = 'Glimmers/2026-03-04 141503 glimmer aaaa.md';
    await h.app.vault.createFolder('Glimmers');
    await h.app.vault.create(taken, 'MY OWN NOTE');
    await runCommand(h, 'new-glimmer');
    type(field(openModal(), 'Title (optional)'), 'A small step');
    type(field(openModal(), WITNESSED), 'Not over the old one.');
    await click(button(openModal(), 'Save glimmer'));
    expect(await read(h.app, taken)).toBe('MY OWN NOTE');
    expect(filesIn(h.app, 'Glimmers').map((f) => f.path).sort()).toEqual([taken, 'Glimmers/2026-03-04 141503 glimmer aaaa 2.md'].sort());
  });

  it('should move on when vault.create says the file already exists (another device, a sync)', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0);
    const vault = h.app.vault;
    const create = vault.create.bind(vault);
    let first = true;
    vi.spyOn(vault, 'create').mockImplementation(async (path: string, data: string) => {
      if (first) {
        first = false;
        throw new Error('File already exists.');
      }
      return create(path, data);
    });
    await runCommand(h, 'new-glimmer');
    type(field(openModal(), WITNESSED), 'Synced in between');
    await click(button(openModal(), 'Save glimmer'));
    expect(filesIn(h.app, 'Glimmers').map((f) => f.path)).toEqual(['Glimmers/2026-03-04 141503 glimmer aaaa 2.md']);
  });

  it('should give two glimmers saved in the same second two different names', async () => {
    for (const words of ['Same words', 'Same words']) {
      await runCommand(h, 'new-glimmer');
      type(field(openModal(), WITNESSED), words);
      await click(button(openModal(), 'Save glimmer'));
    }
    const names = filesIn(h.app, 'Glimmers').map((f) => f.basename);
    expect(names).toHaveLength(2);
    expect(new Set(names).size).toBe(2);
    for (const name of names) expect(name).toMatch(/^2026-03-04 141503 glimmer [a-z2-9]{4}$/);
  });

  it.each([
    ['all slashes', '////'],
    ['only emoji', '🌱✨🫶'],
    ['dots and colons', '..:..'],
  ])('should give a safe file name for a title of %s', async (_name, title) => {
    await runCommand(h, 'new-glimmer');
    type(field(openModal(), 'Title (optional)'), title);
    type(field(openModal(), WITNESSED), 'Still a glimmer.');
    await click(button(openModal(), 'Save glimmer'));
    const [file] = filesIn(h.app, 'Glimmers');
    expect(file?.basename).toMatch(/^2026-03-04 141503 glimmer [a-z2-9]{4}$/);
    const parsed = parseGlimmer(await read(h.app, file?.path ?? ''));
    expect(parsed.glimmer?.title).toBe(title.replace(/\s+/g, ' '));
  });

  it('should create the glimmer folder, nested, when it is missing', async () => {
    await h.plugin.settingsStore.update((s) => { s.glimmerFolder = 'Work/Glimmers/2026'; });
    await runCommand(h, 'new-glimmer');
    type(field(openModal(), WITNESSED), 'In a new folder.');
    await click(button(openModal(), 'Save glimmer'));
    expect(filesIn(h.app, 'Work/Glimmers/2026')).toHaveLength(1);
  });
});
