/**
 * `glimmer dashboard [DIR] --out FILE.html`: the same dashboard panels as the plugin, as one
 * self-contained HTML file (inline script, styles and data; a CSP that forbids every request).
 */
import { resolve } from 'node:path';
import { GlimmerIndex, isValidDay, localDate, weekStartDay } from '@glimmers/core';
import { dashboardDataFromIndex, isGlimmersPage, PAGE_HEAD_CHARS, standalonePageHtml } from '@glimmers/dashboard';
import type { RangeOption } from '@glimmers/dashboard';
import { parseCommandArgs, say, stringOption } from '../args.ts';
import type { Command } from '../args.ts';
import { dashboardAssets } from '../dashboard-page.ts';
import { CliError, EXIT_OK } from '../errors.ts';
import { planOut, writeOut } from '../out-file.ts';
import { loadSettings, scanWithProgress, vaultFolder } from '../vault.ts';

const HELP = `Usage: glimmer dashboard [DIR] --out FILE.html [options]

Writes the dashboard of the glimmers under DIR (default: the current folder) as one
self-contained HTML file: open it in any browser. It makes no network requests and loads no
other file (a Content-Security-Policy forbids it).

By default the page holds no titles or section text: dates, themes, moments, intensity, weight,
the body, feelings and grounding words as written, and the paths of the notes. --include-text adds
each glimmer's title and the words it offers to reread: its "What I want to remember" section, or
else "What I witnessed".

Options:
  --out FILE        the HTML file to write (atomically; never a .md file). An existing file is
                    replaced only when it is a dashboard page glimmer wrote before, or with --force
  --include-text    include titles and the words to reread ("What I want to remember", else
                    "What I witnessed")
  --privacy         hide note text until clicked (for screen sharing)
  --range R         the starting range: 30d, 90d, 12m or all (default: all)
  --appearance A    light, dark or auto (default: auto, following the system)
  --title T         the page title (default: Glimmers)
  --today DATE      the day the page treats as today (default: today, local time)
  --force           replace an existing file given as --out (never a link, FIFO or folder)
  -h, --help        show this help
`;

function readRange(raw: string | undefined): RangeOption {
  const value = raw ?? 'all';
  if (value === '30d' || value === '90d' || value === '12m' || value === 'all') return value;
  throw new CliError(`dashboard: --range must be 30d, 90d, 12m or all, not "${value}"`);
}

function readAppearance(raw: string | undefined): 'light' | 'dark' | 'auto' {
  const value = raw ?? 'auto';
  if (value === 'light' || value === 'dark' || value === 'auto') return value;
  throw new CliError(`dashboard: --appearance must be light, dark or auto, not "${value}"`);
}

export const dashboardCommand: Command = {
  name: 'dashboard',
  summary: 'write the dashboard as one self-contained HTML file',
  help: HELP,
  async run(args, context) {
    const parsed = parseCommandArgs(this, args, {
      out: { type: 'string' }, 'include-text': { type: 'boolean' }, privacy: { type: 'boolean' }, range: { type: 'string' },
      appearance: { type: 'string' }, title: { type: 'string' }, today: { type: 'string' }, force: { type: 'boolean' },
    }, 1, context);
    if (!parsed) return EXIT_OK;
    const outArg = stringOption(parsed, 'out');
    if (outArg === undefined) throw new CliError('dashboard: give the file to write with --out FILE.html');
    if (outArg.toLowerCase().endsWith('.md')) throw new CliError(`dashboard: ${outArg} is a Markdown name; the dashboard is HTML (use .html)`);
    const range = readRange(stringOption(parsed, 'range'));
    const appearance = readAppearance(stringOption(parsed, 'appearance'));
    const today = stringOption(parsed, 'today') ?? localDate(context.now());
    if (!isValidDay(today)) throw new CliError(`dashboard: --today must be a date like 2026-03-14, not "${today}"`);
    const out = resolve(context.cwd, outArg);
    // A page written by `glimmer dashboard` before is replaced; any other existing file only with --force.
    const plan = await planOut(out, outArg, { force: parsed.values.force === true, recognise: { headBytes: PAGE_HEAD_CHARS, test: isGlimmersPage } });

    const includeText = parsed.values['include-text'] === true;
    const folder = vaultFolder(context, parsed.positionals[0]);
    const settings = loadSettings(context, folder);
    const [result, assets] = await Promise.all([
      scanWithProgress(context, folder, { sections: includeText, reportSkipped: true, settings }),
      dashboardAssets(),
    ]);
    const index = new GlimmerIndex();
    for (const { path, glimmer } of result.glimmers) index.set(path, glimmer);
    for (const { path, issues } of result.attempted) index.setAttempted(path, issues);
    const data = dashboardDataFromIndex(index, { range, today, weekStart: weekStartDay(settings.plugin.weekStart), privacy: parsed.values.privacy === true, themeLabels: settings.themeLabels }, { includeText });
    const title = stringOption(parsed, 'title');
    const html = standalonePageHtml({ script: assets.script, css: assets.css, data, theme: appearance, ...(title !== undefined ? { title } : {}) });

    // Exactly what the page carries: its words are the notes' own, and paths are file names.
    say(context, `writing the dashboard of ${result.glimmers.length} glimmers to ${outArg}: dates, themes, moments, intensity and weight, ` +
      `the body, feelings and grounding words as written, and the notes' paths; ` +
      (includeText ? 'with titles and the sections "What I witnessed", "What I\'m carrying" and "What I want to remember" (--include-text)' : 'no titles or section text (--include-text adds them)'));
    await writeOut(out, outArg, html, plan);
    return EXIT_OK;
  },
};
