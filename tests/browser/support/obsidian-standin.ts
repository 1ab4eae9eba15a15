/**
 * A small stand-in for the parts of Obsidian the care cards use, for drawing them in real Chromium:
 * Obsidian's DOM helpers (`createEl`, `createDiv`, `empty`, ...), and `Modal`, `Notice` and
 * `MarkdownRenderChild` building the same element structure and class names Obsidian does. It is
 * bundled instead of `obsidian` (which ships types only); the in-memory Obsidian of the plugin
 * tests needs Node, this runs in a page.
 */
type Options = { cls?: string | string[]; text?: string; attr?: Record<string, string | number | boolean | null> };

function make<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, o?: Options | string): HTMLElementTagNameMap[K] {
  const el = doc.createElement(tag);
  const options: Options = typeof o === 'string' ? { cls: o } : (o ?? {});
  if (options.cls) el.className = Array.isArray(options.cls) ? options.cls.join(' ') : options.cls;
  if (options.text !== undefined) el.textContent = options.text;
  for (const [k, v] of Object.entries(options.attr ?? {})) if (v !== null && v !== false) el.setAttribute(k, String(v));
  return el;
}

/** Adds Obsidian's DOM helpers to the page's prototypes and `createFragment` to the window. */
export function installDomHelpers(win: Window & typeof globalThis): void {
  const node = win.Node.prototype as unknown as Record<string, unknown>;
  node['createEl'] = function (this: Node, tag: keyof HTMLElementTagNameMap, o?: Options) {
    return this.appendChild(make(win.document, tag, o));
  };
  node['createDiv'] = function (this: Node, o?: Options) {
    return this.appendChild(make(win.document, 'div', o));
  };
  node['createSpan'] = function (this: Node, o?: Options) {
    return this.appendChild(make(win.document, 'span', o));
  };
  node['empty'] = function (this: Node) {
    while (this.firstChild) this.removeChild(this.firstChild);
  };
  node['setText'] = function (this: Node, text: string) {
    this.textContent = text;
  };
  node['appendText'] = function (this: Node, text: string) {
    this.appendChild(win.document.createTextNode(text));
  };
  const el = win.Element.prototype as unknown as Record<string, unknown>;
  el['addClass'] = function (this: Element, ...cls: string[]) {
    this.classList.add(...cls);
  };
  el['toggleClass'] = function (this: Element, cls: string, on: boolean) {
    this.classList.toggle(cls, on);
  };
  el['hasClass'] = function (this: Element, cls: string) {
    return this.classList.contains(cls);
  };
  el['setAttr'] = function (this: Element, name: string, value: string) {
    this.setAttribute(name, value);
  };
  (win as unknown as Record<string, unknown>)['createFragment'] = () => win.document.createDocumentFragment();
  (win as unknown as Record<string, unknown>)['activeDocument'] = win.document;
}

/** Obsidian's modal: `.modal-container > .modal-bg + .modal > .modal-close-button, .modal-title, .modal-content`. */
export class Modal {
  containerEl: HTMLElement;
  modalEl: HTMLElement;
  titleEl: HTMLElement;
  contentEl: HTMLElement;

  constructor(readonly app: unknown) {
    const doc = document;
    this.containerEl = make(doc, 'div', 'modal-container mod-dim');
    this.containerEl.appendChild(make(doc, 'div', 'modal-bg'));
    this.modalEl = this.containerEl.appendChild(make(doc, 'div', 'modal'));
    this.modalEl.appendChild(make(doc, 'div', { cls: 'modal-close-button', attr: { role: 'button', tabindex: 0, 'aria-label': 'Close' } }));
    this.titleEl = this.modalEl.appendChild(make(doc, 'div', 'modal-title'));
    this.contentEl = this.modalEl.appendChild(make(doc, 'div', 'modal-content'));
  }

  setTitle(title: string): this {
    this.titleEl.textContent = title;
    return this;
  }

  open(): void {
    document.body.appendChild(this.containerEl);
    this.onOpen();
  }

  close(): void {
    this.containerEl.remove();
    this.onClose();
  }

  onOpen(): void {}

  onClose(): void {}
}

/** Obsidian's notice: `.notice-container > .notice > .notice-message`. */
export class Notice {
  noticeEl: HTMLElement;
  messageEl: HTMLElement;

  constructor(message: string | DocumentFragment, readonly duration?: number) {
    let container = document.querySelector<HTMLElement>('.notice-container');
    if (!container) container = document.body.appendChild(make(document, 'div', 'notice-container'));
    this.noticeEl = container.appendChild(make(document, 'div', 'notice'));
    this.messageEl = this.noticeEl.appendChild(make(document, 'div', 'notice-message'));
    if (typeof message === 'string') this.messageEl.textContent = message;
    else this.messageEl.appendChild(message);
  }

  hide(): void {
    this.noticeEl.remove();
  }
}

/** Enough of a component for a code block panel: `load()` runs `onload()`. */
export class MarkdownRenderChild {
  constructor(readonly containerEl: HTMLElement) {}

  register(_cleanup: () => void): void {}

  registerInterval(id: number): number {
    return id;
  }

  load(): void {
    this.onload();
  }

  onload(): void {}
}

/** Every version is new enough in the stand-in. */
export function requireApiVersion(_version: string): boolean {
  return true;
}

/** Obsidian's keymap, as far as the dashboard's links use it: Ctrl or Cmd (or a middle click) asks for a new tab. */
export const Keymap = {
  isModEvent(event?: MouseEvent | KeyboardEvent | null): 'tab' | false {
    if (!event) return false;
    if (event instanceof MouseEvent && event.button === 1) return 'tab';
    return event.ctrlKey || event.metaKey ? 'tab' : false;
  },
};
