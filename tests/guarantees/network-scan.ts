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

export interface Hit {
  name: string;
  at: number;
  context: string;
}

/** Every forbidden pattern in `code`, except the namespace URIs above. */
export function findNetworkUse(code: string): Hit[] {
  const hits: Hit[] = [];
  for (const { name, pattern } of FORBIDDEN) {
    for (const m of code.matchAll(pattern)) {
      const at = m.index ?? 0;
      if (name === 'remote URL' && NAMESPACE_URIS.some((uri) => code.startsWith(uri, at))) continue;
      hits.push({ name, at, context: code.slice(Math.max(0, at - 80), at + 80).replace(/\s+/g, ' ') });
    }
  }
  return hits;
}

/** A readable list of hits for an assertion message. */
export function describeHits(label: string, hits: Hit[]): string {
  return hits.map((h) => `${label}: ${h.name} at ${h.at}: …${h.context}…`).join('\n');
}
