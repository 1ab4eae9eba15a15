/**
 * The static dashboard page as one self-contained HTML string: stand-in theme and dashboard CSS,
 * the payload, and the bundled `standalone.ts`, all inline. A Content-Security-Policy forbids
 * every network request (no remote image, font, script or connection can load), so even a
 * tampered payload cannot reach out. Pure string building: no DOM, no Node.
 */
import type { DashboardData } from './data.ts';
import { serializeDashboardData } from './data.ts';
import { DATA_ELEMENT_ID, MOUNT_ELEMENT_ID } from './standalone-app.ts';

/** What goes into the page. */
export interface StandalonePageParts {
  /** The bundled `standalone.ts` (an IIFE). */
  script: string;
  /** `theme-standin.css` followed by `styles.css`. */
  css: string;
  data: DashboardData;
  /** The page title (default "Glimmers"). */
  title?: string;
  /** `auto` (default) follows the system's light or dark setting. */
  theme?: 'light' | 'dark' | 'auto';
}

/** Nothing may load from anywhere: inline script and style only, images only as `data:`. */
export const STANDALONE_CSP = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/**
 * The page's generator mark, in its head: how `glimmer dashboard --out` recognises a page it wrote
 * before (and may replace without `--force`), never a page that merely quotes the mark in its text.
 */
export const PAGE_GENERATOR_META = '<meta name="generator" content="Glimmers dashboard">';

/** How many characters of a file's start {@link isGlimmersPage} needs: the mark comes before the styles. */
export const PAGE_HEAD_CHARS = 2048;

/**
 * Whether `head` (the start of a file) is the start of a page {@link standalonePageHtml} wrote:
 * the doctype first, then the mark as a line of its head, before any style, script or body.
 */
export function isGlimmersPage(head: string): boolean {
  if (!head.startsWith('<!doctype html>\n')) return false;
  const at = head.indexOf(`\n${PAGE_GENERATOR_META}\n`);
  if (at < 0) return false;
  return !/<(style|script|body)\b/i.test(head.slice(0, at));
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The page. Script and style text cannot end their element early (`</script` is escaped). */
export function standalonePageHtml(parts: StandalonePageParts): string {
  const theme = parts.theme === 'light' ? ' class="theme-light"' : parts.theme === 'dark' ? ' class="theme-dark"' : '';
  const script = parts.script.replace(/<\/(script)/gi, '<\\/$1');
  const css = parts.css.replace(/<\/(style)/gi, '<\\/$1');
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${STANDALONE_CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    PAGE_GENERATOR_META,
    `<title>${escapeText(parts.title ?? 'Glimmers')}</title>`,
    `<style>${css}</style>`,
    '</head>',
    `<body${theme}>`,
    `<main class="glimmers-standalone" id="${MOUNT_ELEMENT_ID}"><h1 class="glimmers-page-title">${escapeText(parts.title ?? 'Glimmers')}</h1></main>`,
    `<script type="application/json" id="${DATA_ELEMENT_ID}">${serializeDashboardData(parts.data)}</script>`,
    `<script>${script}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
