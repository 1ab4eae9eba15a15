/**
 * `glimmer list [DIR] [--json] [--from DATE] [--to DATE] [--theme ID]...`: one line (or JSON row)
 * per valid glimmer, oldest first.
 */
import { escapeControls, INTENSITY_SCALE, scaleText, WEIGHT_SCALE, type Glimmer, type ScaleDefinition } from '@glimmers/core';
import { dateRange, listOption, parseCommandArgs, print } from '../args.ts';
import type { Command } from '../args.ts';
import { EXIT_OK } from '../errors.ts';
import { colourEnabled, createPaint } from '../progress.ts';
import { filterGlimmers } from '../scan.ts';
import type { FoundGlimmer } from '../scan.ts';
import { loadSettings, scanWithProgress, vaultFolder } from '../vault.ts';

const HELP = `Usage: glimmer list [DIR] [--json] [--from DATE] [--to DATE] [--theme ID]...

Lists the valid glimmers under DIR (default: the current folder), oldest first.
Notes with errors are left out: run "glimmer lint" to see them.

Options:
  --json         one JSON array, one object per glimmer (see docs/cli.md)
  --from DATE    only glimmers on or after this day (YYYY-MM-DD)
  --to DATE      only glimmers on or before this day (YYYY-MM-DD)
  --theme ID     only glimmers with this theme (repeat, or comma-separate, for any of several)
  -h, --help     show this help
`;

/** The JSON row of one glimmer: its frontmatter fields and path. */
export function glimmerRow(found: FoundGlimmer): Record<string, unknown> {
  const g: Glimmer = found.glimmer;
  const row: Record<string, unknown> = { path: found.path, created: g.created, day: g.day };
  if (g.moment !== undefined) row.moment = g.moment;
  row.themes = g.themes;
  if (g.intensity !== undefined) row.intensity = g.intensity;
  if (g.weight !== undefined) row.weight = g.weight;
  row.body = g.body;
  row.feelings = g.feelings;
  row.grounding = g.grounding;
  row.extra = g.extra;
  return row;
}

/** The widest text a scale column can hold (`5/5 filled me up`), so the columns line up. */
function scaleWidth(scale: ScaleDefinition): number {
  return Math.max(...scale.words.map((_, i) => scaleText(scale, scale.min + i).length));
}

/** A scale value with its word (`4/5 lifted me`), or a dash, padded to the column. */
function scaleColumn(scale: ScaleDefinition, value: number | undefined): string {
  return (value === undefined ? '-' : scaleText(scale, value)).padEnd(scaleWidth(scale));
}

/** Oldest first: by day, then by `created` as written, then by path. */
export function byCreated(a: FoundGlimmer, b: FoundGlimmer): number {
  const ka = `${a.glimmer.day}\u0000${a.glimmer.created}\u0000${a.path}`;
  const kb = `${b.glimmer.day}\u0000${b.glimmer.created}\u0000${b.path}`;
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

export const listCommand: Command = {
  name: 'list',
  summary: 'list glimmers (optionally by date range or theme)',
  help: HELP,
  async run(args, context) {
    const parsed = parseCommandArgs(this, args, {
      json: { type: 'boolean' },
      from: { type: 'string' },
      to: { type: 'string' },
      theme: { type: 'string', multiple: true },
    }, 1, context);
    if (!parsed) return EXIT_OK;
    const range = dateRange(this, parsed);
    const themes = listOption(parsed, 'theme');
    const folder = vaultFolder(context, parsed.positionals[0]);
    const settings = loadSettings(context, folder);
    const result = await scanWithProgress(context, folder, { sections: false, reportSkipped: true, settings });
    const rows = filterGlimmers(result.glimmers, { ...range, themes }).sort(byCreated);

    if (parsed.values.json === true) {
      print(context, JSON.stringify(rows.map(glimmerRow), null, 2));
      return EXIT_OK;
    }
    const paint = createPaint(colourEnabled(context.stdout, context.env));
    const lines = rows.map(({ path, glimmer }) => {
      const themesText = glimmer.themes.length > 0 ? glimmer.themes.join(', ') : '-';
      const scales = `${scaleColumn(INTENSITY_SCALE, glimmer.intensity)}  ${scaleColumn(WEIGHT_SCALE, glimmer.weight)}`;
      // Moments, themes and file names may hold control characters: shown escaped, one line per glimmer.
      return `${paint.dim(glimmer.day)}  ${scales}  ${escapeControls(glimmer.moment ?? '-').padEnd(13)}  ${escapeControls(themesText).padEnd(28)}  ${escapeControls(path)}`;
    });
    if (lines.length > 0) print(context, lines.join('\n'));
    const noun = rows.length === 1 ? 'glimmer' : 'glimmers';
    context.stderr.write(`${rows.length} ${noun}\n`);
    return EXIT_OK;
  },
};
