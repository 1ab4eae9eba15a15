/**
 * The self-contained dashboard page's script and styles. The CLI build (scripts/packages/build-cli.mjs)
 * bundles `@glimmers/dashboard/standalone` into one browser script and joins the stand-in theme and
 * the panel styles, beside the command's bundle in `page/`; here they are only read. The dashboard's
 * own `standalonePageHtml` inlines them with the data (and adds the strict CSP).
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { CliError, describeFsError } from './errors.ts';

/** The page's files, made by the CLI build next to dist/main.mjs. */
const PAGE_FOLDER = new URL('./page/', import.meta.url);

/** The bundled browser script and the CSS (stand-in Obsidian theme first, then the panels). */
export async function dashboardAssets(): Promise<{ script: string; css: string }> {
  try {
    const [script, css] = await Promise.all(['standalone.js', 'dashboard.css'].map((name) => readFile(new URL(name, PAGE_FOLDER), 'utf8')));
    return { script: script as string, css: css as string };
  } catch (error) {
    throw new CliError(`${fileURLToPath(PAGE_FOLDER)}: could not read the dashboard page (is the command built? npm run build): ${describeFsError(error)}`);
  }
}
