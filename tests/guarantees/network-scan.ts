// What "no network" means for a piece of shipped code, as text patterns, and a scanner that reports
// every hit with its surroundings so a failure says exactly where to look.

export interface ForbiddenPattern {
  name: string;
  pattern: RegExp;
}

/** Ways code could reach the network or load a remote resource. */
export const FORBIDDEN: readonly ForbiddenPattern[] = [
  { name: 'fetch()', pattern: /\bfetch\s*\(/g },
  { name: 'XMLHttpRequest', pattern: /XMLHttpRequest/g },
  { name: 'WebSocket', pattern: /WebSocket/g },
  { name: 'EventSource', pattern: /EventSource/g },
  { name: 'sendBeacon', pattern: /sendBeacon/g },
  { name: 'requestUrl', pattern: /requestUrl/g },
  { name: "Obsidian's request()", pattern: /\brequest\s*\(/g },
  { name: 'remote URL', pattern: /\b(?:https?|wss?|ftp):\/\//gi },
  { name: 'protocol-relative URL', pattern: /["'(=]\s*\/\/[a-z0-9-]+\.[a-z]{2,}/gi },
  { name: 'CSS @import', pattern: /@import\b/g },
  { name: 'window.open', pattern: /\bwindow\.open\s*\(/g },
  { name: 'openExternal', pattern: /openExternal/g },
  { name: 'importScripts', pattern: /importScripts/g },
  { name: 'Node network module', pattern: /["'](?:node:)?(?:http|https|http2|net|tls|dgram|dns)["']/g },
];

/**
 * XML namespace names are URIs that are compared as strings, never fetched
 * (https://www.w3.org/TR/xml-names/#iri-use); the dashboard needs the SVG one for createElementNS.
 */
export const NAMESPACE_URIS: readonly string[] = [
  'http://www.w3.org/2000/svg',
  'http://www.w3.org/1999/xlink',
  'http://www.w3.org/1999/xhtml',
  'http://www.w3.org/XML/1998/namespace',
  'http://www.w3.org/2000/xmlns/',
  'http://www.w3.org/1998/Math/MathML',
];

/**
 * URLs that appear as words in a message, never as something loaded, each pinned to the exact
 * words before it so nothing else can slip through. Investigated one by one (see the reason).
 */
export interface TextUrl {
  url: string;
  /** The text right before the URL (whitespace collapsed), which shows it sits inside a message. */
  precededBy: string;
  reason: string;
}

/**
 * esbuild (which `glimmer dashboard` uses to bundle the page in memory) builds the text of the
 * error it throws when its native binary is for another platform; that text names two help pages.
 * It is only ever thrown, never requested: esbuild's JS API has no HTTP client (node_modules/esbuild/lib/main.js).
 */
export const ESBUILD_MESSAGE_URLS: readonly TextUrl[] = [
  { url: 'https://yarnpkg.com/configuration/yarnrc/#supportedArchitectures', precededBy: 'file using the "supportedArchitectures"\nfeature: ', reason: 'esbuild install-error text' },
  { url: 'https://yarnpkg.com/configuration/yarnrc/#supportedArchitectures', precededBy: 'file using the "supportedArchitectures" feature:\n', reason: 'esbuild install-error text' },
  { url: 'https://nodejs.org/en/download/', precededBy: 'the universal installer here should work: ', reason: 'esbuild install-error text' },
];

export interface Hit {
  name: string;
  at: number;
  context: string;
}

function isAllowedText(code: string, at: number, allowed: readonly TextUrl[]): boolean {
  return allowed.some((t) => code.startsWith(t.url, at) && code.slice(Math.max(0, at - t.precededBy.length), at) === t.precededBy);
}

/** Every forbidden pattern in `code`, except the namespace URIs above and the given message URLs. */
export function findNetworkUse(code: string, allowedTextUrls: readonly TextUrl[] = []): Hit[] {
  const hits: Hit[] = [];
  for (const { name, pattern } of FORBIDDEN) {
    for (const m of code.matchAll(pattern)) {
      const at = m.index ?? 0;
      if (name === 'remote URL' && NAMESPACE_URIS.some((uri) => code.startsWith(uri, at))) continue;
      if (name === 'remote URL' && isAllowedText(code, at, allowedTextUrls)) continue;
      hits.push({ name, at, context: code.slice(Math.max(0, at - 80), at + 80).replace(/\s+/g, ' ') });
    }
  }
  return hits;
}

/** A readable list of hits for an assertion message. */
export function describeHits(label: string, hits: Hit[]): string {
  return hits.map((h) => `${label}: ${h.name} at ${h.at}: …${h.context}…`).join('\n');
}
