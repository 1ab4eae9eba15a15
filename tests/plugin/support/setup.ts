// Plugin test setup: obsidian-test-mocks provides the in-memory Obsidian;
// behaviour fixes that make it act like the real app live beside this file.
import { AbstractTextComponent, ButtonComponent, DropdownComponent, MetadataCache, Modal, Platform, Scope, TFile, ToggleComponent, Vault } from 'obsidian-test-mocks/obsidian';

type Patchable = Record<string, unknown>;

// Obsidian's `vault.create` rejects with "File already exists." when the path is taken; the mock
// overwrites silently, which would hide exactly the data loss the plugin must never cause.
const vaultProto = Vault.prototype as unknown as Patchable;
const originalCreate = vaultProto['create'] as (this: Vault, path: string, data: string, options?: unknown) => Promise<unknown>;
vaultProto['create'] = async function create(this: Vault, path: string, data: string, options?: unknown): Promise<unknown> {
  if (this.getAbstractFileByPath(path) !== null) throw new Error('File already exists.');
  return originalCreate.call(this, path, data, options);
};

// Likewise `createFolder` rejects with "Folder already exists." in Obsidian.
const originalCreateFolder = vaultProto['createFolder'] as (this: Vault, path: string) => Promise<unknown>;
vaultProto['createFolder'] = async function createFolder(this: Vault, path: string): Promise<unknown> {
  if (this.getAbstractFileByPath(path) !== null) throw new Error('Folder already exists.');
  return originalCreateFolder.call(this, path);
};

// Obsidian's modal lives in the document while open, closes on Escape through its scope and
// stays open until something closes it. The mock closes every modal on the next tick and never
// attaches it, so forms could not be typed into.
interface ModalLike {
  containerEl: HTMLElement;
  onOpen(): unknown;
  onClose(): unknown;
  close(): void;
}
const modalProto = Modal.prototype as unknown as Patchable;
const escapeHandlers = new WeakMap<object, (evt: KeyboardEvent) => void>();
modalProto['open'] = function open(this: ModalLike): void {
  activeDocument.body.appendChild(this.containerEl);
  const onKey = (evt: KeyboardEvent): void => {
    if (evt.key === 'Escape' && !evt.defaultPrevented) {
      evt.preventDefault();
      this.close();
    }
  };
  escapeHandlers.set(this, onKey);
  this.containerEl.addEventListener('keydown', onKey);
  void this.onOpen();
};
modalProto['close'] = function close(this: ModalLike & { closeCallback?: (() => void) | null }): void {
  if (!this.containerEl.isConnected) return;
  const onKey = escapeHandlers.get(this);
  if (onKey) this.containerEl.removeEventListener('keydown', onKey);
  this.containerEl.remove();
  void this.onClose();
  this.closeCallback?.();
};

// Obsidian indexes a note with broken YAML as a note without frontmatter and still fires
// `changed`; the mock's parser throws, which would make `vault.create` of such a note reject.
interface CacheLike {
  cache__: Map<string, unknown>;
  trigger(name: string, ...data: unknown[]): void;
  app__: { vault: { readSync__(file: unknown): string } };
}
const cacheProto = MetadataCache.prototype as unknown as Patchable;
const originalParse = cacheProto['parseFileMetadata'] as (this: CacheLike, file: unknown) => void;
cacheProto['parseFileMetadata'] = function parseFileMetadata(this: CacheLike, file: unknown): void {
  try {
    originalParse.call(this, file);
  } catch {
    if (!(file instanceof TFile)) return;
    const content = this.app__.vault.readSync__(file);
    this.cache__.set(file.path, {});
    this.trigger('changed', file, content, {});
  }
};

// The mock's YAML reader warns through process.emitWarning for `key: {{placeholder}}`, a common
// template line; Obsidian shows nothing. Only that one warning is silenced.
const emitWarning = process.emitWarning.bind(process);
process.emitWarning = ((warning: string | Error, ...rest: unknown[]): void => {
  const text = typeof warning === 'string' ? warning : warning.message;
  if (text.startsWith('Keys with collection values will be stringified')) return;
  (emitWarning as (w: string | Error, ...r: unknown[]) => void)(warning, ...rest);
}) as typeof process.emitWarning;

// In Obsidian, setting controls react to the DOM: typing in a text box, clicking a toggle or a
// button, choosing an option. The mock components only react to their own API, so a settings tab
// could not be used as a person uses it. These wire the DOM events to the same callbacks.
const wired = new WeakSet<object>();
function wireOnce(component: object, el: HTMLElement, type: string, listener: () => void): void {
  if (wired.has(component)) return;
  wired.add(component);
  el.addEventListener(type, listener);
}
type TextLike = { inputEl: HTMLInputElement | HTMLTextAreaElement; value: string; onChanged(): void };
const textProto = AbstractTextComponent.prototype as unknown as Patchable;
const textOnChange = textProto['onChange'] as (this: TextLike, cb: (value: string) => unknown) => unknown;
textProto['onChange'] = function onChange(this: TextLike, cb: (value: string) => unknown): unknown {
  wireOnce(this, this.inputEl, 'input', () => {
    this.value = this.inputEl.value;
    this.onChanged();
  });
  return textOnChange.call(this, cb);
};
type ToggleLike = { toggleEl: HTMLElement; onClick(): void };
const toggleProto = ToggleComponent.prototype as unknown as Patchable;
const toggleOnChange = toggleProto['onChange'] as (this: ToggleLike, cb: (value: boolean) => unknown) => unknown;
toggleProto['onChange'] = function onChange(this: ToggleLike, cb: (value: boolean) => unknown): unknown {
  wireOnce(this, this.toggleEl, 'click', () => this.onClick());
  return toggleOnChange.call(this, cb);
};
type ButtonLike = { buttonEl: HTMLButtonElement; simulateClick__(): void };
const buttonProto = ButtonComponent.prototype as unknown as Patchable;
const buttonOnClick = buttonProto['onClick'] as (this: ButtonLike, cb: (evt: MouseEvent) => unknown) => unknown;
buttonProto['onClick'] = function onClick(this: ButtonLike, cb: (evt: MouseEvent) => unknown): unknown {
  wireOnce(this, this.buttonEl, 'click', () => this.simulateClick__());
  return buttonOnClick.call(this, cb);
};
type DropdownLike = { selectEl: HTMLSelectElement; getValue(): string };
const dropdownProto = DropdownComponent.prototype as unknown as Patchable;
const dropdownOnChange = dropdownProto['onChange'] as (this: DropdownLike, cb: (value: string) => unknown) => unknown;
dropdownProto['onChange'] = function onChange(this: DropdownLike, cb: (value: string) => unknown): unknown {
  wireOnce(this, this.selectEl, 'change', () => cb(this.getValue()));
  return dropdownOnChange.call(this, cb);
};

// Obsidian's `el.isShown()` is `!!el.offsetParent`: false for an element that is not in the
// document or sits inside something with `display: none` (a background tab, a collapsed
// sidebar). happy-dom lays nothing out, so `offsetParent` is missing; this gives the same answer
// from the DOM alone, so "is this view shown?" can be tested.
Object.defineProperty(HTMLElement.prototype, 'offsetParent', {
  configurable: true,
  get(this: HTMLElement): Element | null {
    if (!this.isConnected) return null;
    const hidden = (node: HTMLElement): boolean => node.style.display === 'none' || node.hasAttribute('hidden');
    if (hidden(this)) return null;
    for (let node = this.parentElement; node; node = node.parentElement) if (hidden(node)) return null;
    return this.parentElement ?? this.ownerDocument.body;
  },
});

// Obsidian's keymap: while a modal is open, its scope sees every keydown of the window, wherever
// focus is, and a handler that returns false stops the key there. The mock's Scope keeps no
// handler functions and nothing dispatches to it, so Ctrl/Cmd+Enter could not be tested.
interface ScopeHandler {
  modifiers: string[];
  key: string | null;
  func: (evt: KeyboardEvent, ctx: { key: string | null; modifiers: string }) => unknown;
}
interface ScopeLike {
  handlers: ScopeHandler[];
}
const scopeProto = Scope.prototype as unknown as Patchable;
scopeProto['register'] = function register(this: ScopeLike, modifiers: string[] | null, key: string | null, func: ScopeHandler['func']): ScopeHandler {
  const handler = { modifiers: modifiers ?? [], key, func };
  this.handlers.push(handler);
  return handler;
};
const openScopes: ScopeLike[] = [];
const modalOpen = modalProto['open'] as (this: ModalLike & { scope: ScopeLike }) => void;
modalProto['open'] = function open(this: ModalLike & { scope: ScopeLike }): void {
  openScopes.push(this.scope);
  modalOpen.call(this);
};
const modalClose = modalProto['close'] as (this: ModalLike & { scope: ScopeLike }) => void;
modalProto['close'] = function close(this: ModalLike & { scope: ScopeLike }): void {
  if (this.containerEl.isConnected) {
    const i = openScopes.indexOf(this.scope);
    if (i >= 0) openScopes.splice(i, 1);
  }
  modalClose.call(this);
};
window.addEventListener('keydown', (evt) => {
  const scope = openScopes[openScopes.length - 1];
  if (!scope) return;
  const mod = Platform.isMacOS ? evt.metaKey : evt.ctrlKey;
  const mods = [mod ? 'Mod' : '', evt.altKey ? 'Alt' : '', evt.shiftKey ? 'Shift' : ''].filter((m) => m !== '').sort().join(',');
  for (const h of [...scope.handlers]) {
    if (h.key === null || h.key.toLowerCase() !== evt.key.toLowerCase() || [...h.modifiers].sort().join(',') !== mods) continue;
    if (h.func(evt, { key: evt.key, modifiers: mods }) === false) {
      evt.preventDefault();
      return;
    }
  }
});
