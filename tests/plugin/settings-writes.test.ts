// Issue #14 item 2: settings writes. With sync, every write of data.json is a new version, and
// writes that overlap can finish out of order; a settings tab left open must show what a sync brought.
import { Platform } from 'obsidian-test-mocks/obsidian';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GlimmersSettingTab } from '../../packages/obsidian-plugin/src/settings-tab.ts';
import { SettingsStore } from '../../packages/obsidian-plugin/src/settings-store.ts';
import { cleanUp, mockPlugin, startPlugin, type Harness } from './support/harness.ts';

let h: Harness | null = null;

afterEach(() => {
  h?.plugin.unload();
  h = null;
  cleanUp();
});

/** Starts the plugin, counts its writes of data.json, and opens its settings tab. */
async function openSettings(): Promise<{ h: Harness; tab: GlimmersSettingTab; writes: string[] }> {
  h = await startPlugin();
  const harness = h;
  const writes: string[] = [];
  const save = harness.plugin.saveData.bind(harness.plugin);
  harness.plugin.saveData = async (data: unknown): Promise<void> => {
    writes.push(JSON.stringify(data));
    await save(data);
  };
  const tab = mockPlugin(harness).settingTabs__[0] as unknown as GlimmersSettingTab;
  tab.display();
  return { h: harness, tab, writes };
}

/** The text box of the setting named `name`. */
function textBox(tab: GlimmersSettingTab, name: string): HTMLInputElement {
  const row = ([...tab.containerEl.children] as HTMLElement[]).find((el) => el.textContent?.startsWith(name) === true);
  const input = row?.querySelector('input');
  if (!input) throw new Error(`no text box for ${name}`);
  return input;
}

function typeInto(input: HTMLInputElement, text: string): void {
  for (const ch of text) {
    input.value += ch;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }
}

const folderOf = (data: string | undefined): unknown => (data === undefined ? undefined : (JSON.parse(data) as { glimmerFolder?: unknown }).glimmerFolder);

describe('settings writes', () => {
  it('typing ten characters into a text box writes data.json once, after the pause', async () => {
    const { h, tab, writes } = await openSettings();
    const folder = textBox(tab, 'Glimmer folder');
    folder.value = '';
    typeInto(folder, 'Reflection');
    expect(h.plugin.settingsStore.current.glimmerFolder).toBe('Reflection');
    expect(writes).toHaveLength(0);
    await vi.waitFor(() => expect(writes).toHaveLength(1), { timeout: 10_000, interval: 50 });
    // Nothing more is written while nothing changes.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(writes).toHaveLength(1);
    expect(folderOf(writes[0])).toBe('Reflection');
    expect(folderOf(h.disk.data ?? undefined)).toBe('Reflection');
  });

  it('leaving the text box or closing the tab writes at once, without waiting for the pause', async () => {
    const { tab, writes } = await openSettings();
    const folder = textBox(tab, 'Glimmer folder');
    folder.value = '';
    typeInto(folder, 'Journal');
    folder.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
    await vi.waitFor(() => expect(writes).toHaveLength(1), { timeout: 500, interval: 10 });
    expect(folderOf(writes[0])).toBe('Journal');

    typeInto(textBox(tab, 'Templates folder'), 'X');
    tab.hide();
    await vi.waitFor(() => expect(writes).toHaveLength(2), { timeout: 500, interval: 10 });
  });

  it('a toggle is written at once, and unloading writes a change still waiting for its pause', async () => {
    const { h, tab, writes } = await openSettings();
    typeInto(textBox(tab, 'Glimmer folder'), ' later');
    expect(writes).toHaveLength(0);
    h.plugin.unload();
    await vi.waitFor(() => expect(writes).toHaveLength(1), { timeout: 500, interval: 10 });
    expect(folderOf(writes[0])).toBe('Glimmers later');
  });

  it('two quick writes land in order: the second waits for the first, and the last change wins', async () => {
    const disk: string[] = [];
    let active = 0;
    let overlapped = false;
    let releaseFirst: () => void = () => undefined;
    const firstDone = new Promise<void>((resolve) => { releaseFirst = resolve; });
    const store = new SettingsStore({
      load: async () => null,
      save: async (data) => {
        active++;
        if (active > 1) overlapped = true;
        // The first write is slow (a busy disk or a sync client holding the file).
        if (disk.length === 0) await firstDone;
        disk.push(JSON.stringify(data));
        active--;
      },
    });
    const first = store.update((s) => { s.glimmerFolder = 'First'; });
    await vi.waitFor(() => expect(active).toBe(1));
    const second = store.update((s) => { s.glimmerFolder = 'Second'; });
    const third = store.update((s) => { s.glimmerFolder = 'Third'; });
    releaseFirst();
    await Promise.all([first, second, third]);
    expect(overlapped).toBe(false);
    // The first write had started with "First"; the two queued behind it became one, with the latest.
    expect(disk.map(folderOf)).toEqual(['First', 'Third']);
  });

  it('an open settings tab redraws when data.json changes on disk (a sync from another device)', async () => {
    const { h, tab } = await openSettings();
    expect(textBox(tab, 'Glimmer folder').value).toBe('Glimmers');
    h.disk.data = JSON.stringify({ version: 1, glimmerFolder: 'Synced/Glimmers' });
    await h.plugin.onExternalSettingsChange();
    expect(textBox(tab, 'Glimmer folder').value).toBe('Synced/Glimmers');
    // Once closed (Obsidian empties it), it no longer listens: nothing is drawn into it.
    tab.hide();
    h.disk.data = JSON.stringify({ version: 1, glimmerFolder: 'Again' });
    await h.plugin.onExternalSettingsChange();
    expect(h.plugin.settingsStore.current.glimmerFolder).toBe('Again');
    expect(tab.containerEl.childElementCount).toBe(0);
  });
});

describe('settings on a phone', () => {
  it('leave out the status bar, which Obsidian on phones and tablets does not have', async () => {
    const names = async (): Promise<string> => {
      const { tab } = await openSettings();
      const text = tab.containerEl.textContent ?? '';
      h?.plugin.unload();
      h = null;
      return text;
    };
    expect(await names()).toContain('Show this week in the status bar');
    Object.assign(Platform, { isMobile: true, isDesktop: false });
    try {
      const text = await names();
      expect(text).not.toContain('status bar');
      expect(text).toContain('Privacy mode');
    } finally {
      Object.assign(Platform, { isMobile: false, isDesktop: true });
    }
  });
});
