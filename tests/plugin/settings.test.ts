import { DEFAULT_THEMES, defaultSettings, migrateSettings, settingsForSave, SETTINGS_VERSION } from '@glimmers/core';
import { afterEach, describe, expect, it } from 'vitest';
import { GlimmersSettingTab } from '../../packages/obsidian-plugin/src/settings-tab.ts';
import { chip, cleanUp, field, isModalOpen, makeApp, mockPlugin, openModal, read, runCommand, startPlugin, type Disk } from './support/harness.ts';

afterEach(() => cleanUp());

describe('migrateSettings', () => {
  it.each([undefined, null, 'garbage', 42, true, [1, 2, 3], { version: 'x' }])('should give the defaults for %j', (raw) => {
    expect(migrateSettings(raw)).toEqual(defaultSettings());
  });

  it('should keep every key it understands and reset only the broken ones', () => {
    const settings = migrateSettings({
      glimmerFolder: 42, templatesFolder: 'My templates/', openAfterCreate: false, themes: 'not a list',
      body: ['jaw', '  jaw ', '', 7, 'Jaw', 'shoulders'], weekStart: 'thursday', privacyMode: true, fileNamePattern: '',
    });
    expect(settings.glimmerFolder).toBe('Glimmers');
    expect(settings.templatesFolder).toBe('My templates');
    expect(settings.openAfterCreate).toBe(false);
    expect(settings.themes).toEqual(defaultSettings().themes);
    expect(settings.body).toEqual(['jaw', 'shoulders']);
    expect(settings.weekStart).toBe('monday');
    expect(settings.privacyMode).toBe(true);
    expect(settings.fileNamePattern).toBe(defaultSettings().fileNamePattern);
  });

  it('should read a newer version without losing its known keys, and keep its unknown keys when saving', () => {
    const raw = { version: SETTINGS_VERSION + 5, glimmerFolder: 'Journal/Glimmers', futureThing: { a: 1 }, weekStart: 'sunday' };
    const settings = migrateSettings(raw);
    expect(settings.glimmerFolder).toBe('Journal/Glimmers');
    expect(settings.weekStart).toBe('sunday');
    const saved = settingsForSave(settings, raw);
    expect(saved['futureThing']).toEqual({ a: 1 });
    expect(saved['version']).toBe(SETTINGS_VERSION + 5);
  });

  it('should accept theme ids written as plain strings and drop duplicates', () => {
    const settings = migrateSettings({ themes: ['client-hope', { id: 'my-own', label: 'My own', hidden: true }, 'client-hope', { label: 'no id' }] });
    expect(settings.themes).toEqual([
      { id: 'client-hope', label: DEFAULT_THEMES.find((t) => t.id === 'client-hope')?.label, hidden: false },
      { id: 'my-own', label: 'My own', hidden: true },
    ]);
  });

  it('should refuse folders Obsidian hides or that leave the vault', () => {
    expect(migrateSettings({ glimmerFolder: '.obsidian/plugins' }).glimmerFolder).toBe('Glimmers');
    expect(migrateSettings({ glimmerFolder: 'a/../b' }).glimmerFolder).toBe('Glimmers');
    expect(migrateSettings({ glimmerFolder: '\\\\Work\\\\Glimmers\\\\' }).glimmerFolder).toBe('Work/Glimmers');
    expect(migrateSettings({ glimmerFolder: '' }).glimmerFolder).toBe('');
  });

  it('should never hand out the defaults object itself', () => {
    const a = migrateSettings(null);
    a.themes.push({ id: 'x', label: 'x', hidden: false });
    a.body.push('x');
    expect(migrateSettings(null).themes).toHaveLength(DEFAULT_THEMES.length);
    expect(defaultSettings().body).not.toContain('x');
  });
});

describe('Settings on disk', () => {
  it('should survive a reload: save, a new plugin instance, load', async () => {
    const disk: Disk = { data: null };
    const first = await startPlugin({ disk });
    await first.plugin.settingsStore.update((s) => {
      s.glimmerFolder = 'Work/Glimmers';
      s.themes[0] = { id: s.themes[0]?.id ?? '', label: 'Growth', hidden: false };
      s.themes.push({ id: 'quiet-courage', label: 'Quiet courage', hidden: false });
      s.feelings = ['lightness'];
      s.weekStart = 'sunday';
    });
    const saved = first.plugin.settingsStore.current;
    first.plugin.unload();

    const second = await startPlugin({ app: makeApp(), disk });
    expect(second.plugin.settingsStore.current).toEqual(saved);
    second.plugin.unload();
  });

  it.each([
    ['not JSON at all', '{ this is not json'],
    ['a JSON string', '"garbage"'],
    ['a list', '[1, 2, 3]'],
    ['wrong types everywhere', '{"glimmerFolder": 1, "themes": {"a": 1}, "body": "chest", "openAfterCreate": "yes", "weekStart": 3}'],
    ['a future version', '{"version": 99, "glimmerFolder": "Later", "somethingNew": [1]}'],
  ])('should load without crashing when data.json holds %s', async (_name, data) => {
    const h = await startPlugin({ disk: { data } });
    expect([...mockPlugin(h).commands__.keys()]).toEqual(expect.arrayContaining(['new-glimmer', 'quick-glimmer', 'new-glimmer-from-template']));
    await runCommand(h, 'new-glimmer');
    expect(isModalOpen()).toBe(true);
    if (data.startsWith('{ this')) expect(h.notices).toContain("Glimmers couldn't read its settings, so it is using the defaults for now.");
    h.plugin.unload();
  });

  it('should keep only settings in data.json, never note text', async () => {
    const h = await startPlugin();
    await runCommand(h, 'new-glimmer');
    const modal = openModal();
    const box = field(modal, 'What moment of resilience did I witness?');
    box.value = 'Private words about a session';
    box.dispatchEvent(new Event('input', { bubbles: true }));
    await h.plugin.settingsStore.update((s) => { s.openAfterCreate = false; });
    expect(h.disk.data).not.toContain('Private words');
    expect(Object.keys(JSON.parse(h.disk.data ?? '{}') as object).sort()).toEqual(Object.keys(defaultSettings()).sort());
    h.plugin.unload();
  });
});

describe('Settings tab', () => {
  /** The settings tab, displayed. */
  async function showTab(): Promise<{ h: Awaited<ReturnType<typeof startPlugin>>; tab: GlimmersSettingTab }> {
    const h = await startPlugin({ files: { 'Glimmers/old.md': '---\ntype: glimmer\ncreated: 2026-01-02\nthemes:\n  - client-hope\n---\nOld words.\n' } });
    const tab = mockPlugin(h).settingTabs__[0] as unknown as GlimmersSettingTab;
    tab.display();
    return { h, tab };
  }

  const settingNamed = (tab: GlimmersSettingTab, name: string): HTMLElement => {
    const items = [...tab.containerEl.children] as HTMLElement[];
    const found = items.find((el) => el.textContent?.includes(name));
    if (!found) throw new Error(`no setting ${name}`);
    return found;
  };

  it('should use sentence case and headings only for the later sections', async () => {
    const { h, tab } = await showTab();
    const names = [...tab.containerEl.querySelectorAll('div')].map((d) => d.textContent ?? '');
    for (const expected of ['Glimmer folder', 'Templates folder', 'Default template', 'File name pattern', 'Open new glimmers', 'Week starts on', 'Themes', 'Add a theme', 'Words for the body, feelings and grounding']) {
      expect(names.some((n) => n.startsWith(expected))).toBe(true);
    }
    expect(tab.containerEl.querySelector('h1, h2, h3, h4, h5, h6')).toBeNull();
    h.plugin.unload();
  });

  it('should save the glimmer folder as typed, cleaned, and refuse a hidden folder', async () => {
    const { h, tab } = await showTab();
    const input = settingNamed(tab, 'Glimmer folder').querySelector('input');
    if (!input) throw new Error('no input');
    input.value = '/Journal//Glimmers/';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 0));
    expect(h.plugin.settingsStore.current.glimmerFolder).toBe('Journal/Glimmers');
    input.value = '.hidden';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 0));
    expect(h.plugin.settingsStore.current.glimmerFolder).toBe('Journal/Glimmers');
    expect(settingNamed(tab, 'Glimmer folder').textContent).toContain('Obsidian hides folders whose names start with a dot');
    h.plugin.unload();
  });

  it('should rename a theme label without touching any note, and hide a theme from the form', async () => {
    const { h, tab } = await showTab();
    const before = await read(h.app, 'Glimmers/old.md');
    const row = settingNamed(tab, 'ID: client-hope');
    const label = row.querySelector<HTMLInputElement>('input');
    if (!label) throw new Error('no label input');
    label.value = 'Hope';
    label.dispatchEvent(new Event('input', { bubbles: true }));
    const growth = settingNamed(tab, 'ID: client-growth');
    const toggle = growth.querySelector<HTMLElement>('[aria-label="Offer in the form"]');
    if (!toggle) throw new Error('no toggle');
    toggle.click();
    await new Promise((r) => setTimeout(r, 0));
    expect(h.plugin.settingsStore.current.themes.find((t) => t.id === 'client-hope')?.label).toBe('Hope');
    expect(h.plugin.settingsStore.current.themes.find((t) => t.id === 'client-growth')?.hidden).toBe(true);
    expect(await read(h.app, 'Glimmers/old.md')).toBe(before);
    await runCommand(h, 'new-glimmer');
    const modal = openModal();
    expect(chip(modal, 'Themes', 'Hope').getAttribute('data-value')).toBe('client-hope');
    expect(() => chip(modal, 'Themes', "A client's step forward")).toThrow();
    h.plugin.unload();
  });

  it('should turn the status bar count and privacy mode on and off from the Dashboard section', async () => {
    const { h, tab } = await showTab();
    expect(h.plugin.settingsStore.current.showStatusBar).toBe(true);
    expect(h.plugin.settingsStore.current.privacyMode).toBe(false);
    const toggleIn = (name: string, label: string): HTMLElement => {
      const el = settingNamed(tab, name).querySelector<HTMLElement>(`[aria-label="${label}"]`);
      if (!el) throw new Error(`no toggle for ${name}`);
      return el;
    };
    toggleIn('Show this week in the status bar', 'Show the count in the status bar').click();
    toggleIn('Privacy mode', 'Hide glimmer text in the dashboard').click();
    await new Promise((r) => setTimeout(r, 0));
    expect(h.plugin.settingsStore.current.showStatusBar).toBe(false);
    expect(h.plugin.settingsStore.current.privacyMode).toBe(true);
    expect(JSON.parse(h.disk.data ?? '{}')).toMatchObject({ showStatusBar: false, privacyMode: true });
    h.plugin.unload();
  });

  it('should add a theme with an id made from its label', async () => {
    const { h, tab } = await showTab();
    const row = settingNamed(tab, 'Add a theme');
    const input = row.querySelector<HTMLInputElement>('input');
    const add = [...row.querySelectorAll('button')].find((b) => b.textContent === 'Add');
    if (!input || !add) throw new Error('no add controls');
    input.value = 'Quiet courage';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    add.click();
    await new Promise((r) => setTimeout(r, 0));
    expect(h.plugin.settingsStore.current.themes.at(-1)).toEqual({ id: 'quiet-courage', label: 'Quiet courage', hidden: false });
    expect(tab.containerEl.textContent).toContain('ID: quiet-courage');
    h.plugin.unload();
  });

  it('should edit the body, feelings and grounding lists one per line', async () => {
    const { h, tab } = await showTab();
    const area = settingNamed(tab, 'Feelings').querySelector('textarea');
    if (!area) throw new Error('no textarea');
    area.value = 'lightness\n\n  steadiness \nlightness';
    area.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 0));
    expect(h.plugin.settingsStore.current.feelings).toEqual(['lightness', 'steadiness']);
    h.plugin.unload();
  });
});

