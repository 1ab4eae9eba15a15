// Runtime guarantees: the plugin's flows run with every network API replaced by a trap, and
// afterwards data.json holds settings and hashes only, and no console output carries note text.
import { createWatchList, defaultSettings } from '@glimmers/core';
import type { View, ViewState } from 'obsidian';
import { App as MockApp, WorkspaceLeaf } from 'obsidian-test-mocks/obsidian';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { GlimmersSettingTab } from '../../packages/obsidian-plugin/src/settings-tab.ts';
import { button, cleanUp, click, field, filesIn, key, mockPlugin, openModal, read, runCommand, settle, startPlugin, type, type Harness } from './support/harness.ts';

// Obsidian's own network helpers, replaced for the plugin's imports of 'obsidian'.
const trapped = vi.hoisted(() => ({ calls: [] as string[] }));
vi.mock('obsidian', async (importOriginal) => {
  const original = await importOriginal<Record<string, unknown>>();
  const trap = (name: string) => (): never => {
    trapped.calls.push(name);
    throw new Error(`Glimmers must not use the network (${name})`);
  };
  return { ...original, requestUrl: trap('requestUrl'), request: trap('request') };
});

const NETWORK_GLOBALS = ['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource'] as const;
const CONSOLE_METHODS = ['log', 'info', 'warn', 'error', 'debug', 'trace', 'dir', 'dirxml', 'table', 'group', 'groupCollapsed', 'assert', 'count', 'timeLog'] as const;

// Words typed into notes during the flows; none may end up in data.json or the console.
const NOTE_TEXT = {
  witnessed: 'Quillon laughed at the window and called 555-867-5309 about the flat.',
  felt: 'Warmth spread under my ribs like sunlight on zephyrwood.',
  title: 'Marigold threshold',
  quick: 'Her voice held steady through the whole quenbright story.',
  watch: ['Velisande', 'Orrin Task'],
};
const SECRETS = ['Quillon', '555-867-5309', 'zephyrwood', 'Marigold threshold', 'quenbright', 'Velisande', 'velisande', 'Orrin', 'orrin'];

const originals = new Map<string, unknown>();
const consoleLines: string[] = [];
let h: Harness;
let dashboardText = '';

function install(target: object, name: string, value: unknown): void {
  const key = `${String(target === (window as object))}:${name}`;
  if (!originals.has(key)) originals.set(key, (target as Record<string, unknown>)[name]);
  Object.defineProperty(target, name, { value, configurable: true, writable: true });
}

beforeAll(async () => {
  for (const name of NETWORK_GLOBALS) {
    // A function that records and throws whether it is called or constructed.
    const trap = function (): never {
      trapped.calls.push(name);
      throw new Error(`Glimmers must not use the network (${name})`);
    };
    install(globalThis, name, trap);
    install(window, name, trap);
  }
  install(navigator, 'sendBeacon', () => {
    trapped.calls.push('sendBeacon');
    return false;
  });
  for (const method of CONSOLE_METHODS) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      consoleLines.push(`${method}: ${args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a) ?? String(a))).join(' ')}`);
    });
  }
  vi.spyOn(MockApp.prototype, 'saveLocalStorage').mockImplementation((key: string, data: unknown) => {
    consoleLines.push(`localStorage ${key}: ${JSON.stringify(data)}`);
  });

  // The flows, as a person would run them.
  h = await startPlugin({ files: { 'Glimmers/old.md': '---\ntype: glimmer\ncreated: 2026-01-02\n---\nOld words, ZIP 90210.\n' } });

  // Settings: add a watch list and switch the name guess on.
  const tab = mockPlugin(h).settingTabs__[0] as unknown as GlimmersSettingTab;
  tab.display();
  const area = tab.containerEl.querySelector<HTMLTextAreaElement>('textarea.glimmers-watch-list');
  const add = [...tab.containerEl.querySelectorAll('button')].find((b) => b.textContent === 'Add to watch list');
  if (!area || !add) throw new Error('no watch list controls');
  area.value = NOTE_TEXT.watch.join('\n');
  add.click();
  await settle();

  // New glimmer through the form, with identifiers, waiting for the warnings.
  await runCommand(h, 'new-glimmer');
  let modal = openModal();
  type(field(modal, 'Title (optional)'), NOTE_TEXT.title);
  type(field(modal, 'What moment of resilience did I witness?'), `${NOTE_TEXT.witnessed} Velisande too.`);
  type(field(modal, 'How did it feel in my body?'), NOTE_TEXT.felt);
  await new Promise((resolve) => setTimeout(resolve, 500));
  await click(button(modal, 'Save glimmer'));

  // Quick capture.
  await runCommand(h, 'quick-glimmer');
  modal = openModal();
  const quick = modal.querySelector<HTMLInputElement>('input.glimmers-input');
  if (!quick) throw new Error('no quick box');
  type(quick, NOTE_TEXT.quick);
  await new Promise((resolve) => setTimeout(resolve, 500));
  key(quick, 'Enter');
  await settle();

  // The identifier check over the vault.
  await runCommand(h, 'check-identifiers');
  await settle();

  // The dashboard pane. The mock only records view states; build the registered view as Obsidian does.
  type OpenableView = View & { onOpen(): Promise<void> };
  const creators = mockPlugin(h).views__ as unknown as Map<string, (leaf: unknown) => OpenableView>;
  const setViewState = WorkspaceLeaf.prototype.setViewState;
  vi.spyOn(WorkspaceLeaf.prototype, 'setViewState').mockImplementation(async function (this: WorkspaceLeaf, state: ViewState, eState?: Record<string, unknown>) {
    await setViewState.call(this, state, eState);
    const creator = creators.get(state.type);
    if (!creator) return;
    const view = creator(this);
    (this as unknown as { view: View }).view = view;
    // In Obsidian the view sits in the workspace, in the document (a detached view counts as hidden).
    activeDocument.body.appendChild(view.containerEl);
    view.load();
    await view.onOpen();
  });
  h.app.workspace.setLayoutReady__();
  await settle();
  await runCommand(h, 'open-dashboard');
  await settle();
  const pane = h.app.workspace.getLeavesOfType('glimmers-dashboard')[0] as unknown as { view: { contentEl: HTMLElement } } | undefined;
  dashboardText = pane?.view.contentEl.textContent ?? '';
  h.plugin.unload();
}, 30_000);

afterAll(() => {
  for (const [key, value] of originals) {
    const [onWindow, name] = key.split(':') as [string, string];
    const target = (onWindow === 'true' ? window : globalThis) as unknown as Record<string, unknown>;
    Object.defineProperty(target, name, { value, configurable: true, writable: true });
  }
  cleanUp();
});

function stringsIn(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) stringsIn(v, out);
  else if (typeof value === 'object' && value !== null) for (const v of Object.values(value)) stringsIn(v, out);
  return out;
}

describe('privacy guarantees at run time', () => {
  it('the flows really ran: a glimmer was saved, warnings were shown, the check listed notes', async () => {
    const notes = await Promise.all(filesIn(h.app, 'Glimmers').map((f) => read(h.app, f.path)));
    expect(notes).toHaveLength(3);
    expect(notes.some((text) => text.includes(NOTE_TEXT.felt))).toBe(true);
    expect(notes.some((text) => text.includes(NOTE_TEXT.quick))).toBe(true);
    expect(activeDocument.querySelectorAll('.glimmers-privacy-note').length).toBeGreaterThan(0);
    // The dashboard pane rendered the vault (3 glimmers).
    expect(dashboardText).toMatch(/3 glimmers/);
  });

  it('no network API was called, nor Obsidian\'s requestUrl or request', async () => {
    // The traps are where the plugin would reach them.
    const obsidian = await import('obsidian');
    expect(() => (obsidian as unknown as { requestUrl: () => unknown }).requestUrl()).toThrow(/network/);
    expect(() => fetch('https://example.invalid')).toThrow(/network/);
    trapped.calls.splice(trapped.calls.indexOf('requestUrl'), 1);
    trapped.calls.splice(trapped.calls.indexOf('fetch'), 1);
    expect(trapped.calls).toEqual([]);
  });

  it('data.json holds settings and hashes only, never note text or watch-list words', () => {
    const raw = h.disk.data ?? '';
    for (const secret of SECRETS) expect(raw, secret).not.toContain(secret);
    const data = JSON.parse(raw) as Record<string, unknown>;
    expect(Object.keys(data).sort()).toEqual(Object.keys(defaultSettings()).sort());
    // Every string in it is a default setting value, or hex (the watch list's salt and hashes).
    const allowed = new Set(stringsIn(defaultSettings()));
    const unexpected = stringsIn(data).filter((s) => !allowed.has(s) && !/^[0-9a-f]{32,64}$/.test(s));
    expect(unexpected).toEqual([]);
    const privacy = data['privacy'] as { watchList: { hashes: string[] } };
    expect(privacy.watchList.hashes).toHaveLength(2);
    expect(privacy.watchList.hashes).toEqual(createWatchList(NOTE_TEXT.watch, (privacy.watchList as unknown as { salt: string }).salt).hashes);
  });

  it('nothing written to the console or local storage carries note text', () => {
    const everything = consoleLines.join('\n');
    for (const secret of SECRETS) expect(everything, secret).not.toContain(secret);
    for (const store of [localStorage, sessionStorage]) {
      for (let i = 0; i < store.length; i++) {
        const value = store.getItem(store.key(i) ?? '') ?? '';
        for (const secret of SECRETS) expect(value).not.toContain(secret);
      }
    }
  });

  it('the page loads nothing remote (no remote image, style or script was added)', () => {
    const remote = [...activeDocument.querySelectorAll('[src], [href]')]
      .map((el) => el.getAttribute('src') ?? el.getAttribute('href') ?? '')
      .filter((url) => /^(?:[a-z]+:)?\/\//i.test(url));
    expect(remote).toEqual([]);
  });
});
