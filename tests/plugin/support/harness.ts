// Builds an in-memory vault, loads the plugin into it the way Obsidian does, and drives its
// forms through the DOM as a person would (typing, clicking, pressing keys).
import type { App as AppOriginal, PluginManifest, TFile } from 'obsidian';
import { App, Notice, Plugin as MockPlugin } from 'obsidian-test-mocks/obsidian';
import { expect, vi } from 'vitest';
import GlimmersPlugin from '../../../packages/obsidian-plugin/src/main.ts';

export const MANIFEST: PluginManifest = {
  id: 'glimmers', name: 'Glimmers', version: '0.1.0', minAppVersion: '1.5.7',
  description: 'Capture moments of vicarious resilience.', author: 'Glimmers contributors', isDesktopOnly: false,
};

/** The plugin's `data.json`, as text (what Obsidian keeps on disk). */
export interface Disk {
  data: string | null;
}

export interface Harness {
  app: App;
  plugin: GlimmersPlugin;
  disk: Disk;
  notices: string[];
  /** Each notice's element, in order (buttons in a notice work, as in Obsidian). */
  noticeEls: HTMLElement[];
}

/** Waits until pending promises and timers of the app have run. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise<void>((resolve) => setTimeout(resolve, 0));
}

/** A vault with these files (folders are created from the paths). */
export function makeApp(files: Record<string, string> = {}): App {
  return App.createConfigured__({ files });
}

/**
 * Loads the plugin as Obsidian does (`load()`, then waits for its async `onload`), with
 * `loadData`/`saveData` reading and writing `disk.data` as JSON text, like `data.json`.
 */
export async function startPlugin(
  options: { app?: App; disk?: Disk; files?: Record<string, string>; pluginClass?: typeof GlimmersPlugin } = {},
): Promise<Harness> {
  const app = options.app ?? makeApp(options.files);
  const disk = options.disk ?? { data: null };
  const notices: string[] = [];
  const noticeEls: HTMLElement[] = [];
  const PluginClass = options.pluginClass ?? GlimmersPlugin;
  const plugin = new PluginClass(app.asOriginalType__() as AppOriginal, MANIFEST);
  plugin.loadData = async (): Promise<unknown> => (disk.data === null ? null : JSON.parse(disk.data));
  plugin.saveData = async (data: unknown): Promise<void> => {
    disk.data = JSON.stringify(data, null, 2);
  };
  const spy = vi.spyOn(Notice.prototype, 'constructor__').mockImplementation(function (this: Notice, message: string | DocumentFragment) {
    notices.push(typeof message === 'string' ? message : (message.textContent ?? ''));
    // Obsidian shows a fragment's own nodes, so buttons in it keep their listeners; the mock shows a copy.
    if (typeof message !== 'string') this.messageEl.replaceChildren(message);
    noticeEls.push(this.messageEl);
  });
  void spy;
  const onload = plugin.onload.bind(plugin);
  let loaded!: () => void;
  const done = new Promise<void>((resolve) => { loaded = resolve; });
  plugin.onload = async (): Promise<void> => {
    await onload();
    loaded();
  };
  plugin.load();
  await done;
  return { app, plugin, disk, notices, noticeEls };
}

/** The mock view of the plugin (registered commands, ribbon icons, setting tabs). */
export function mockPlugin(h: Harness): MockPlugin {
  return MockPlugin.fromOriginalType2__(h.plugin);
}

/** Runs a command by id, as the command palette does, and waits for what it opens. */
export async function runCommand(h: Harness, id: string): Promise<void> {
  const command = mockPlugin(h).commands__.get(id);
  expect(command, `command ${id}`).toBeDefined();
  await command?.callback?.();
  await settle();
}

/** The open capture modal (the last one opened). */
export function openModal(): HTMLElement {
  const all = activeDocument.querySelectorAll<HTMLElement>('.glimmers-modal');
  const modal = all[all.length - 1];
  if (!modal) throw new Error('no Glimmers modal is open');
  return modal;
}

export function isModalOpen(): boolean {
  return activeDocument.querySelector('.glimmers-modal') !== null;
}

/** The text box whose label reads `label`. */
export function field(modal: HTMLElement, label: string): HTMLTextAreaElement | HTMLInputElement {
  const el = [...modal.querySelectorAll('label')].find((l) => l.textContent === label);
  const input = el ? modal.querySelector<HTMLTextAreaElement | HTMLInputElement>(`#${CSS.escape(el.htmlFor)}`) : null;
  if (!input) throw new Error(`no field labelled "${label}"`);
  return input;
}

/** Types into a text box: sets its value and fires `input`, as a keyboard would. */
export function type(input: HTMLTextAreaElement | HTMLInputElement, text: string): void {
  input.focus();
  input.value += text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

export function key(el: Element, keyName: string, mods: { ctrl?: boolean; meta?: boolean; shift?: boolean } = {}): KeyboardEvent {
  const evt = new KeyboardEvent('keydown', { key: keyName, bubbles: true, cancelable: true, ctrlKey: mods.ctrl ?? false, metaKey: mods.meta ?? false, shiftKey: mods.shift ?? false });
  el.dispatchEvent(evt);
  return evt;
}

/** The chip `text` in the chip group labelled `group`. */
export function chip(modal: HTMLElement, group: string, text: string): HTMLButtonElement {
  const label = [...modal.querySelectorAll('.glimmers-group-label')].find((l) => l.textContent === group);
  const list = label ? modal.querySelector(`[aria-labelledby="${label.id}"]`) : null;
  const found = list ? [...list.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent === text) : undefined;
  if (!found) throw new Error(`no chip "${text}" in "${group}"`);
  return found;
}

export function button(root: HTMLElement, text: string): HTMLButtonElement {
  const found = [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent === text);
  if (!found) throw new Error(`no button "${text}"`);
  return found;
}

/** Clicks (or taps: an SVG body region has no `click()`) and waits for what the click started (a save, a close). */
export async function click(el: Element): Promise<void> {
  if (el instanceof HTMLElement) el.click();
  else el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
  await settle();
}

/** The Markdown files in a folder, by path. */
export function filesIn(app: App, folder: string): TFile[] {
  return app.vault.getMarkdownFiles().filter((f) => f.parent?.path === folder).map((f) => f as unknown as TFile)
    .sort((a, b) => a.path.localeCompare(b.path));
}

export async function read(app: App, path: string): Promise<string> {
  const file = app.vault.getFileByPath(path);
  if (!file) throw new Error(`no file ${path}`);
  return app.vault.read(file);
}

/** Closes anything left open and forgets fake timers between tests. */
export function cleanUp(): void {
  for (const el of activeDocument.querySelectorAll('.modal-container, .glimmers-modal')) el.remove();
  activeDocument.body.empty();
  vi.useRealTimers();
  vi.restoreAllMocks();
}
