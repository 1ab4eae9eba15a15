// Issue #14 item 3: on macOS, Windows and iOS the disk does not tell "Glimmers" from "glimmers".
// With a folder `glimmers` and the setting `Glimmers`, creating `Glimmers` fails there, and every
// save with it; the existing folder must be used instead.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WITNESSED } from './support/form-helpers.ts';
import { button, cleanUp, click, field, filesIn, openModal, runCommand, startPlugin, type, type Harness } from './support/harness.ts';

let h: Harness;

/** Makes the in-memory vault refuse, as a case-insensitive disk does, a path that differs from an existing one only in capitals. */
function caseInsensitiveDisk(harness: Harness): void {
  const vault = harness.app.vault;
  const taken = (path: string): boolean => vault.getAllLoadedFiles().some((f) => f.path.toLowerCase() === path.toLowerCase());
  const createFolder = vault.createFolder.bind(vault);
  const create = vault.create.bind(vault);
  vault.createFolder = async (path: string) => {
    if (taken(path)) throw new Error('Folder already exists.');
    return createFolder(path);
  };
  vault.create = async (path: string, data: string) => {
    if (taken(path)) throw new Error('File already exists.');
    return create(path, data);
  };
}

beforeEach(async () => {
  h = await startPlugin({
    files: { 'glimmers/old.md': '---\ntype: glimmer\ncreated: 2026-01-02\n---\nOld words.\n' },
    disk: { data: JSON.stringify({ glimmerFolder: 'Glimmers', practice: { firstRunSeen: true } }) },
  });
  caseInsensitiveDisk(h);
});

afterEach(() => {
  h.plugin.unload();
  cleanUp();
});

describe('a glimmer folder that differs from an existing one only in capitals', () => {
  it('saves into the existing folder instead of failing', async () => {
    await runCommand(h, 'new-glimmer');
    type(field(openModal(), WITNESSED), 'Saved where the old ones are.');
    await click(button(openModal(), 'Save glimmer'));
    expect(h.notices.join('\n')).not.toMatch(/couldn't|could not|failed/i);
    expect(filesIn(h.app, 'glimmers').map((f) => f.name)).toHaveLength(2);
    expect(h.app.vault.getAbstractFileByPath('Glimmers')).toBeNull();
  });

  it('creates only the missing part of a nested folder, keeping the existing parts as the vault spells them', async () => {
    await h.plugin.settingsStore.update((s) => { s.glimmerFolder = 'Glimmers/2026'; });
    await runCommand(h, 'new-glimmer');
    type(field(openModal(), WITNESSED), 'In a new year folder.');
    await click(button(openModal(), 'Save glimmer'));
    expect(filesIn(h.app, 'glimmers/2026')).toHaveLength(1);
  });
});
