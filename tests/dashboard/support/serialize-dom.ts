/**
 * A normalised, readable serialisation of a DOM subtree for approval files: one element per
 * line, attributes sorted, whitespace-only text dropped, text and attribute values escaped.
 * Stable across DOM implementations, unlike `outerHTML` formatting.
 */
import { join } from 'node:path';
import { expectApprovedFile } from '../../core/support/approved.ts';

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The subtree under `node`, indented two spaces per level. */
export function serializeDom(node: Node, depth = 0): string {
  const pad = '  '.repeat(depth);
  if (node.nodeType === 3) {
    const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
    return text ? `${pad}${escape(text)}\n` : '';
  }
  if (node.nodeType !== 1) return '';
  const el = node as Element;
  const tag = el.tagName.toLowerCase();
  const attrs = Array.from(el.attributes)
    .map((a) => [a.name, a.value] as const)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([name, value]) => ` ${name}="${escape(value)}"`)
    .join('');
  const children = Array.from(el.childNodes).map((c) => serializeDom(c, depth + 1)).join('');
  return children ? `${pad}<${tag}${attrs}>\n${children}${pad}</${tag}>\n` : `${pad}<${tag}${attrs}></${tag}>\n`;
}

const APPROVED = join(import.meta.dirname, '..', '__approved__');

/** Compares `received` with `__approved__/<name>.html` (see `expectApprovedFile`). */
export function expectApproved(name: string, received: string): void {
  expectApprovedFile(APPROVED, name, 'html', received);
}
