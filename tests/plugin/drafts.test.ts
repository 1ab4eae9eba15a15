// A draft survives the phone ending Obsidian: it is kept as a note in the vault (never in
// data.json), restored on the next open, removed on save or discard, and never counted.
import { parseGlimmer, readDraftNote } from '@glimmers/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { VaultIndex } from '../../packages/obsidian-plugin/src/dashboard/vault-index.ts';
import { buttonNamed, form, region, textbox, WITNESSED } from './support/form-helpers.ts';
import { cleanUp, filesIn, isModalOpen, key, read, runCommand, settle, startPlugin, type Disk, type Harness } from './support/harness.ts';

const DRAFTS = 'Glimmers/Drafts';
let h: Harness;
const disk: Disk = { data: null };

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 2, 4, 18, 5, 0));
  disk.data = JSON.stringify({ practice: { firstRunSeen: true } });
  h = await startPlugin({ disk });
});

afterEach(() => {
  h.plugin.unload();
  cleanUp();
});

/** Waits real time: the draft is written once typing has paused for 1.5 s. */
async function wait(ms: number): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, ms));
  await settle();
}

const command = (id: string): Promise<void> => runCommand(h, id);

describe('Drafts as notes', () => {
  it('writes a draft note while typing pauses, restores it after a restart, and removes it on save', async () => {
    await command('new-glimmer');
    const box = textbox(WITNESSED);
    box.value = 'Words the phone must not lose.';
    box.dispatchEvent(new Event('input', { bubbles: true }));
    region('chest').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(filesIn(h.app, DRAFTS)).toEqual([]);
    await wait(2000);
    const [note] = filesIn(h.app, DRAFTS);
    expect(note?.path).toBe('Glimmers/Drafts/Unsaved glimmer.md');
    const text = await read(h.app, note?.path ?? '');
    expect(readDraftNote(text)?.draft).toMatchObject({ answers: { witnessed: 'Words the phone must not lose.' }, body: ['chest'] });
    // A draft note is never a glimmer, nor one that went wrong.
    expect(parseGlimmer(text)).toMatchObject({ glimmer: null, issues: [] });
    expect(disk.data).not.toContain('must not lose');

    // The phone ends Obsidian: no close, no save. A new start on the same vault.
    const app = h.app;
    h.plugin.unload();
    cleanUp();
    vi.useFakeTimers({ toFake: ['Date'] });
    h = await startPlugin({ app, disk });
    await command('new-glimmer');
    expect(textbox(WITNESSED).value).toBe('Words the phone must not lose.');
    expect(form().getByText(/Your unsaved words are back/)).toBeTruthy();
    expect(region('chest').getAttribute('aria-pressed')).toBe('true');

    buttonNamed('Save glimmer').click();
    await settle();
    expect(filesIn(h.app, DRAFTS)).toEqual([]);
    expect(filesIn(h.app, 'Glimmers')).toHaveLength(1);
    await command('new-glimmer');
    expect(textbox(WITNESSED).value).toBe('');
  });

  it('writes at once when the app goes to the background', async () => {
    await command('new-glimmer');
    const box = textbox(WITNESSED);
    box.value = 'Before the app sleeps.';
    box.dispatchEvent(new Event('input', { bubbles: true }));
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    await settle();
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    expect(filesIn(h.app, DRAFTS)).toHaveLength(1);
  });

  it('keeps the draft note on "Close and keep draft" and removes it on "Discard"', async () => {
    await command('new-glimmer');
    const box = textbox(WITNESSED);
    box.value = 'Maybe later.';
    box.dispatchEvent(new Event('input', { bubbles: true }));
    key(box, 'Escape');
    buttonNamed('Close and keep draft').click();
    await settle();
    expect(isModalOpen()).toBe(false);
    expect(filesIn(h.app, DRAFTS)).toHaveLength(1);
    await command('new-glimmer');
    expect(textbox(WITNESSED).value).toBe('Maybe later.');
    key(textbox(WITNESSED), 'Escape');
    buttonNamed('Discard').click();
    await settle();
    expect(filesIn(h.app, DRAFTS)).toEqual([]);
    await command('new-glimmer');
    expect(textbox(WITNESSED).value).toBe('');
  });

  it('never counts a draft note: the dashboard\'s index sees no glimmer and nothing wrong', async () => {
    await command('new-glimmer');
    const box = textbox(WITNESSED);
    box.value = 'Not a glimmer yet.';
    box.dispatchEvent(new Event('input', { bubbles: true }));
    await wait(2000);
    expect(filesIn(h.app, DRAFTS)).toHaveLength(1);
    await h.app.vault.create('Glimmers/a glimmer.md', '---\ntype: glimmer\ncreated: 2026-03-03\n---\nA saved one.\n');
    const index = new VaultIndex(h.app as never, { debounceMs: 0 });
    index.load();
    await wait(50);
    // The saved glimmer counts; the draft beside it does not.
    expect(index.index.entries().map((e) => e.path)).toEqual(['Glimmers/a glimmer.md']);
    expect(index.index.attempted()).toEqual([]);
    index.unload();
  });

  it('never overwrites a note of the same name that is not a draft', async () => {
    await h.app.vault.createFolder(DRAFTS);
    await h.app.vault.create(`${DRAFTS}/Unsaved glimmer.md`, 'MY OWN NOTE');
    await command('new-glimmer');
    const box = textbox(WITNESSED);
    box.value = 'Beside it.';
    box.dispatchEvent(new Event('input', { bubbles: true }));
    await wait(2000);
    expect(await read(h.app, `${DRAFTS}/Unsaved glimmer.md`)).toBe('MY OWN NOTE');
    expect(readDraftNote(await read(h.app, `${DRAFTS}/Unsaved glimmer 2.md`))?.draft.answers).toEqual({ witnessed: 'Beside it.' });
  });
});
