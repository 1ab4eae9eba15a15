/**
 * Links from a review note to the glimmers it looks back on, written so that Obsidian resolves
 * them whatever the file is called.
 */

/** Characters a wiki link's target cannot hold (they end or split the link). */
const NOT_IN_WIKI_TARGET = /[[\]|#^]/;

/** An alias without the characters that would end the link, on one line. */
function cleanAlias(alias: string): string {
  return alias.replace(/[[\]|]/g, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * A link to the note at `path` (vault-relative, with `.md`) shown as `alias`: a wiki link
 * (`[[Glimmers/2026-03-02 a step|Monday 2 March]]`), or a Markdown link with the path encoded when
 * the name holds a character a wiki link cannot (`[`, `]`, `|`, `#`, `^`).
 */
export function noteLink(path: string, alias: string): string {
  const shown = cleanAlias(alias) || path;
  if (!NOT_IN_WIKI_TARGET.test(path)) return `[[${path.replace(/\.md$/i, '')}|${shown}]]`;
  // Parentheses too, which encodeURIComponent keeps but would end the link's destination.
  const encoded = path.split('/').map((part) => encodeURIComponent(part).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)).join('/');
  return `[${shown.replace(/[[\]]/g, '')}](${encoded})`;
}
