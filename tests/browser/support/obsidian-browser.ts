/**
 * The `obsidian` module for forms rendered in real Chromium: obsidian-test-mocks (an in-memory
 * vault, components, DOM helpers) with the parts a screen needs made real. The modal builds the DOM
 * Obsidian builds (container, backdrop, dialog, close button, title, content) and attaches it;
 * its scope answers keys pressed anywhere in the window while it is the top modal, as Obsidian's
 * keymap does; `Platform` can be set per page (phone, macOS).
 */
import { App, Component, Notice, Platform } from 'obsidian-test-mocks/obsidian';

export * from 'obsidian-test-mocks/obsidian';

type KeyHandler = (evt: KeyboardEvent, ctx: { key: string | null; modifiers: string | null }) => unknown;
interface Registration {
  modifiers: string[];
  key: string | null;
  func: KeyHandler;
}

/** A key scope: handlers by modifiers and key, as Obsidian's `Scope`. */
export class Scope {
  readonly handlers: Registration[] = [];
  constructor(readonly parent?: Scope) {}
  register(modifiers: string[] | null, key: string | null, func: KeyHandler): Registration {
    const handler = { modifiers: modifiers ?? [], key, func };
    this.handlers.push(handler);
    return handler;
  }
  unregister(handler: Registration): void {
    const i = this.handlers.indexOf(handler);
    if (i >= 0) this.handlers.splice(i, 1);
  }
}

const scopes: Scope[] = [];

function modifiersOf(evt: KeyboardEvent): string[] {
  const mods: string[] = [];
  const mod = Platform.isMacOS ? evt.metaKey : evt.ctrlKey;
  if (mod) mods.push('Mod');
  if (evt.ctrlKey && !(mod && !Platform.isMacOS)) mods.push('Ctrl');
  if (evt.metaKey && !(mod && Platform.isMacOS)) mods.push('Meta');
  if (evt.altKey) mods.push('Alt');
  if (evt.shiftKey) mods.push('Shift');
  return mods;
}

// Obsidian's keymap: the top scope sees every keydown of the window first.
window.addEventListener('keydown', (evt) => {
  const scope = scopes[scopes.length - 1];
  if (!scope) return;
  const mods = modifiersOf(evt).sort().join(',');
  for (let s: Scope | undefined = scope; s; s = s.parent) {
    for (const h of s.handlers) {
      if (h.key !== null && h.key.toLowerCase() !== evt.key.toLowerCase()) continue;
      if (h.key !== null && [...h.modifiers].sort().join(',') !== mods) continue;
      if (h.func(evt, { key: evt.key, modifiers: mods }) === false) {
        evt.preventDefault();
        return;
      }
    }
  }
}, true);

/** Obsidian's modal DOM, attached to the document while open. */
export class Modal {
  app: unknown;
  containerEl: HTMLElement;
  modalEl: HTMLElement;
  titleEl: HTMLElement;
  contentEl: HTMLElement;
  scope: Scope;
  shouldRestoreSelection = true;
  private onCloseCallback: (() => unknown) | null = null;

  constructor(app: unknown) {
    this.app = app;
    this.containerEl = createDiv({ cls: 'modal-container mod-dim' });
    this.containerEl.createDiv({ cls: 'modal-bg' });
    this.modalEl = this.containerEl.createDiv({ cls: 'modal' });
    const close = this.modalEl.createDiv({ cls: 'modal-close-button', attr: { 'aria-label': 'Close', role: 'button', tabindex: '0' } });
    close.addEventListener('click', () => this.close());
    const header = this.modalEl.createDiv({ cls: 'modal-header' });
    this.titleEl = header.createDiv({ cls: 'modal-title' });
    this.contentEl = this.modalEl.createDiv({ cls: 'modal-content' });
    this.scope = new Scope();
    this.scope.register([], 'Escape', () => {
      this.close();
      return false;
    });
  }

  open(): void {
    document.body.appendChild(this.containerEl);
    scopes.push(this.scope);
    void this.onOpen();
  }

  close(): void {
    if (!this.containerEl.isConnected) return;
    const i = scopes.indexOf(this.scope);
    if (i >= 0) scopes.splice(i, 1);
    this.containerEl.remove();
    void this.onClose();
    this.onCloseCallback?.();
  }

  onOpen(): unknown {
    return undefined;
  }

  onClose(): unknown {
    return undefined;
  }

  setTitle(title: string): this {
    this.titleEl.setText(title);
    return this;
  }

  setContent(content: string | DocumentFragment): this {
    if (typeof content === 'string') this.contentEl.setText(content);
    else this.contentEl.appendChild(content);
    return this;
  }

  setCloseCallback(callback: () => unknown): this {
    this.onCloseCallback = callback;
    return this;
  }
}

export { App, Component, Notice, Platform };
