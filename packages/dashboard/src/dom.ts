/**
 * Small DOM and SVG builders. Text always goes in through `textContent` (never parsed as HTML);
 * classes through `setAttribute('class', …)`, which works for SVG too. Everything is created in
 * the container's own document, so Obsidian's pop-out windows get their own nodes.
 */

const SVG_NS = 'http://www.w3.org/2000/svg' as const;

/** Attribute values; `null`/`undefined`/`false` leave the attribute out. */
export type Attrs = Record<string, string | number | boolean | null | undefined>;

function setAttrs(node: Element, attrs: Attrs | undefined): void {
  if (!attrs) return;
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? '' : String(value));
  }
}

/** An HTML element with a class, optional text (as text) and attributes. */
export function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, cls?: string, text?: string | null, attrs?: Attrs): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (cls) node.setAttribute('class', cls);
  if (text !== undefined && text !== null) node.textContent = text;
  setAttrs(node, attrs);
  return node;
}

/** An SVG element with attributes (class included). */
export function svg<K extends keyof SVGElementTagNameMap>(doc: Document, tag: K, attrs?: Attrs): SVGElementTagNameMap[K] {
  const node = doc.createElementNS(SVG_NS, tag);
  setAttrs(node, attrs);
  return node;
}

/** An SVG `<title>` (the tooltip and accessible name of its parent). */
export function svgTitle(doc: Document, text: string): SVGTitleElement {
  const t = svg(doc, 'title');
  t.textContent = text;
  return t;
}

/** Appends children, skipping `null`s; returns the parent. */
export function append<T extends Node>(parent: T, ...children: (Node | null | undefined | false)[]): T {
  for (const child of children) if (child) parent.appendChild(child);
  return parent;
}

/** A `<button type="button">` that calls `onPress` on click (Enter and Space click buttons natively). */
export function button(doc: Document, cls: string, text: string, onPress: (event: Event) => void, attrs?: Attrs): HTMLButtonElement {
  const b = el(doc, 'button', cls, text, { type: 'button', ...attrs });
  b.addEventListener('click', onPress);
  return b;
}

/** Whether a keyboard event means "activate" on a non-button (Enter or Space). */
export function isActivation(event: KeyboardEvent): boolean {
  return event.key === 'Enter' || event.key === ' ' || event.key === 'Spacebar';
}
