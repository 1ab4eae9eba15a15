// The privacy part of the settings: switches, and the watch list that is hashed on adding and never
// kept (or shown) as words.
import { createWatchList, defaultPrivacySettings, isWatchListData, migratePrivacySettings } from '@glimmers/core';
import { afterEach, describe, expect, it } from 'vitest';
import { watchListEntries } from '@glimmers/core';
import type { GlimmersSettingTab } from '../../packages/obsidian-plugin/src/settings-tab.ts';
import { cleanUp, mockPlugin, startPlugin, type Harness } from './support/harness.ts';

let h: Harness | undefined;

afterEach(() => {
  h?.plugin.unload();
  cleanUp();
});

async function showTab(data: unknown = null): Promise<GlimmersSettingTab> {
  const started = await startPlugin({ disk: { data: data === null ? null : JSON.stringify(data) } });
  h = started;
  const tab = mockPlugin(started).settingTabs__[0] as unknown as GlimmersSettingTab;
  tab.display();
  return tab;
}

/** A setting row by its name (the mock's rows are: controls, then name and description). */
function setting(tab: GlimmersSettingTab, name: string): HTMLElement {
  const found = ([...tab.containerEl.children] as HTMLElement[]).find((el) => el.children[1]?.children[0]?.textContent === name);
  if (!found) throw new Error(`no setting ${name}`);
  return found;
}

function toggleOf(row: HTMLElement): HTMLElement {
  const toggle = row.children[0]?.children[0];
  if (!(toggle instanceof HTMLElement)) throw new Error('no toggle');
  return toggle;
}

const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

describe('privacy settings', () => {
  it('defaults to warnings on, name guess off and no watch list; reads bad data as defaults', () => {
    expect(defaultPrivacySettings()).toEqual({ warnWhileWriting: true, personNames: true, nameGuess: false, titleInFileName: false, digestFolder: 'Supervision digests', watchList: null });
    expect(migratePrivacySettings('nonsense')).toEqual(defaultPrivacySettings());
    expect(migratePrivacySettings({ warnWhileWriting: 'no', nameGuess: true, watchList: { version: 1, salt: 's', hashes: ['Maria'], maxWords: 1 } })).toEqual({
      warnWhileWriting: true, personNames: true, nameGuess: true, titleInFileName: false, digestFolder: 'Supervision digests', watchList: null,
    });
    const list = createWatchList(['Maria'], 's');
    expect(migratePrivacySettings({ watchList: list }).watchList).toEqual(list);
  });

  it('splits the watch list box into entries by line or comma', () => {
    expect(watchListEntries(' Maria \n\nMary Ann, Dmitri;José\n')).toEqual(['Maria', 'Mary Ann', 'Dmitri', 'José']);
  });

  it('hashes the watch list on adding, empties the box, and stores no word of it', async () => {
    const tab = await showTab();
    const row = setting(tab, 'Watch list');
    const area = row.querySelector('textarea');
    const add = [...row.querySelectorAll('button')].find((b) => b.textContent === 'Add to watch list');
    if (!area || !add) throw new Error('no watch list controls');
    area.value = 'Maria\nMary Ann';
    area.dispatchEvent(new Event('input', { bubbles: true }));
    // Typing alone saves nothing.
    expect(h?.disk.data ?? '').not.toContain('Maria');
    add.click();
    await tick();
    expect(area.value).toBe('');
    const stored = h?.disk.data ?? '';
    expect(stored.toLowerCase()).not.toContain('maria');
    expect(stored.toLowerCase()).not.toContain('mary');
    const privacy = (JSON.parse(stored) as { privacy: { watchList: unknown } }).privacy;
    expect(isWatchListData(privacy.watchList)).toBe(true);
    expect(row.textContent).toContain('The watch list has 2 entries, stored as hashes.');
    expect(tab.containerEl.textContent).not.toContain('Maria');

    // Adding more keeps the salt and the old entries.
    const salt = (privacy.watchList as { salt: string }).salt;
    area.value = 'Dmitri';
    add.click();
    await tick();
    const after = (JSON.parse(h?.disk.data ?? '{}') as { privacy: { watchList: { salt: string; hashes: string[] } } }).privacy.watchList;
    expect(after.salt).toBe(salt);
    expect(after.hashes).toHaveLength(3);
  });

  it('removes one entry typed again (its hash is matched) and shows how many are left', async () => {
    const tab = await showTab({ privacy: { watchList: createWatchList(['Maria', 'Mary Ann', 'Dmitri'], 's') } });
    const row = setting(tab, 'Watch list');
    const area = row.querySelector('textarea');
    const remove = [...row.querySelectorAll('button')].find((b) => b.textContent === 'Remove from watch list');
    if (!area || !remove) throw new Error('no watch list controls');
    expect(row.textContent).toContain('The watch list has 3 entries, stored as hashes.');
    area.value = 'mary-ann, Nobody';
    remove.click();
    await tick();
    expect(area.value).toBe('');
    expect(h?.plugin.settingsStore.current.privacy.watchList?.hashes).toHaveLength(2);
    expect(row.textContent).toContain('The watch list has 2 entries, stored as hashes. Removed 1 entry. 1 typed was not on it.');
    expect(h?.disk.data ?? '').not.toContain('mary');
  });

  it("switches people's names and titles in file names", async () => {
    const tab = await showTab();
    expect(h?.plugin.settingsStore.current.privacy).toMatchObject({ personNames: true, titleInFileName: false });
    toggleOf(setting(tab, "Look for people's names")).click();
    toggleOf(setting(tab, 'Put typed titles in file names')).click();
    await tick();
    expect(h?.plugin.settingsStore.current.privacy).toMatchObject({ personNames: false, titleInFileName: true });
  });

  it('clears the watch list only on a second click', async () => {
    const tab = await showTab({ privacy: { watchList: createWatchList(['Maria'], 's') } });
    const clear = [...setting(tab, 'Clear the watch list').querySelectorAll('button')][0];
    if (!clear) throw new Error('no clear button');
    clear.click();
    await tick();
    expect(h?.plugin.settingsStore.current.privacy.watchList).not.toBeNull();
    expect(clear.textContent).toBe('Click again to clear');
    clear.click();
    await tick();
    expect(h?.plugin.settingsStore.current.privacy.watchList).toBeNull();
    expect(tab.containerEl.textContent).toContain('The watch list is empty.');
  });

  it('switches the warnings and the name guess', async () => {
    const tab = await showTab();
    toggleOf(setting(tab, 'Warn about identifiers while writing')).click();
    toggleOf(setting(tab, 'Also flag other capitalised words that may be names')).click();
    await tick();
    expect(h?.plugin.settingsStore.current.privacy).toMatchObject({ warnWhileWriting: false, nameGuess: true });
  });

  it('says in plain words what the hashing protects against and what it does not', async () => {
    const tab = await showTab();
    const text = setting(tab, 'Watch list').textContent ?? '';
    expect(text).toContain('stored only as salted hashes');
    expect(text).toContain('could still test guesses');
  });
});
