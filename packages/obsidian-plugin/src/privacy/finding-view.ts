/**
 * How one finding is shown: its message, then the words around it with the found text in a
 * `<mark>`. Everything is set as text (createEl), never as HTML.
 */
import type { IdentifierFinding } from '@glimmers/core';

const CONTEXT = 24;

/** Up to `CONTEXT` characters either side of the finding, cut at a space and marked with "…". */
export function excerptContext(text: string, start: number, end: number): { before: string; after: string } {
  let from = Math.max(0, start - CONTEXT);
  let to = Math.min(text.length, end + CONTEXT);
  if (from > 0) {
    const space = text.indexOf(' ', from);
    if (space >= 0 && space < start) from = space + 1;
  }
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    if (space > end) to = space;
  }
  const oneLine = (s: string): string => s.replace(/\s+/g, ' ');
  return {
    before: (from > 0 ? '…' : '') + oneLine(text.slice(from, start)),
    after: oneLine(text.slice(end, to)) + (to < text.length ? '…' : ''),
  };
}

/** The words before and after a finding, and the found text itself. */
export interface ExcerptParts {
  before: string;
  excerpt: string;
  after: string;
}

/** Adds "…call me at <mark>555-867-5309</mark> tomorrow…" as text nodes and a `<mark>`. */
export function renderExcerptParts(parent: HTMLElement, parts: ExcerptParts): HTMLElement {
  const el = parent.createSpan({ cls: 'glimmers-privacy-excerpt' });
  if (parts.before !== '') el.appendText(parts.before);
  el.createEl('mark', { text: parts.excerpt });
  if (parts.after !== '') el.appendText(parts.after);
  return el;
}

/** Adds the excerpt of `finding` in `text` with its surroundings. */
export function renderExcerpt(parent: HTMLElement, text: string, finding: Pick<IdentifierFinding, 'start' | 'end'>): HTMLElement {
  return renderExcerptParts(parent, { ...excerptContext(text, finding.start, finding.end), excerpt: text.slice(finding.start, finding.end) });
}

/** Adds one finding as a list item: the excerpt, then the message. */
export function renderFinding(list: HTMLElement, text: string, finding: IdentifierFinding): HTMLElement {
  const item = list.createEl('li', { cls: 'glimmers-privacy-finding', attr: { 'data-category': finding.category } });
  renderExcerpt(item, text, finding);
  item.createDiv({ cls: 'glimmers-privacy-message', text: finding.message });
  return item;
}
