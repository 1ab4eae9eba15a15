/**
 * Browser entry of the static dashboard page. The CLI bundles this file (esbuild, IIFE) and
 * inlines it after the `glimmers-data` payload; it draws the dashboard once the page is parsed.
 * The first render's duration is left as a User Timing mark (`glimmers:first-render`, its
 * `detail.ms`, with `parse`, `index`, `model` and `render` parts), which stays in the page: nothing is sent anywhere.
 */
import { mountStandalone } from './standalone-app.ts';

function start(): void {
  const { firstRenderMs, parts } = mountStandalone(document);
  performance.mark('glimmers:first-render', { detail: { ms: firstRenderMs, ...parts } });
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
else start();
