/**
 * `glimmer stats [DIR] [--json] [--from DATE] [--to DATE] [--today DATE]`: the summary in words
 * (the same sentences as the dashboard, from core's `summarizeHistory`), then counts, themes,
 * moments, ISO weeks and means over the valid glimmers, computed by core's `GlimmerIndex` (the
 * same numbers as the dashboard).
 */
import { escapeControls, GlimmerIndex, isValidDay, localDate, oneDecimal, summarizeHistory, weekStartDay } from '@glimmers/core';
import type { IndexAggregates, Mean } from '@glimmers/core';
import { dateRange, parseCommandArgs, print, stringOption } from '../args.ts';
import type { Command } from '../args.ts';
import { CliError, EXIT_OK } from '../errors.ts';
import { colourEnabled, createPaint } from '../progress.ts';
import type { FileCounts, FoundGlimmer } from '../scan.ts';
import { loadSettings, scanWithProgress, vaultFolder } from '../vault.ts';

const HELP = `Usage: glimmer stats [DIR] [--json] [--from DATE] [--to DATE]

Summarises the valid glimmers under DIR (default: the current folder): this week and this
month in words, a notably heavier or lighter stretch of the last weeks, what helped on heavy
days before, then the figures.

Options:
  --json         one JSON object (keys: glimmers, days, byTheme, byMoment, byWeek, intensity,
                 weight, body, feelings, grounding, files; see docs/cli.md)
  --from DATE    only glimmers on or after this day (YYYY-MM-DD)
  --to DATE      only glimmers on or before this day (YYYY-MM-DD)
  --today DATE   the day the sentences treat as today (default: today, local time)
  -h, --help     show this help
`;

/** The `--json` object of `glimmer stats`, key for key as documented. */
export interface StatsJson {
  glimmers: number;
  days: number;
  byTheme: Record<string, number>;
  byMoment: Record<string, number>;
  byWeek: Record<string, number>;
  intensity: Mean;
  weight: Mean;
  body: Record<string, number>;
  feelings: Record<string, number>;
  grounding: Record<string, number>;
  files: FileCounts;
}

/** Core's index over the glimmers found. */
export function indexOf(glimmers: FoundGlimmer[]): GlimmerIndex {
  const index = new GlimmerIndex();
  for (const { path, glimmer } of glimmers) index.set(path, glimmer);
  return index;
}

/** Aggregates the glimmers with core's index, for the range asked. */
export function aggregate(glimmers: FoundGlimmer[] | GlimmerIndex, range: { from?: string; to?: string }): IndexAggregates {
  return (glimmers instanceof GlimmerIndex ? glimmers : indexOf(glimmers)).query({ ...range, recentLimit: 0 });
}

/** The stats JSON from aggregates and file counts. */
export function statsJson(aggregates: IndexAggregates, files: FileCounts): StatsJson {
  return {
    glimmers: aggregates.count,
    days: aggregates.days,
    byTheme: aggregates.byTheme,
    byMoment: aggregates.byMoment,
    byWeek: Object.fromEntries(aggregates.perWeek.map((w) => [w.week, w.count])),
    intensity: aggregates.intensity,
    weight: aggregates.weight,
    body: aggregates.body,
    feelings: aggregates.feelings,
    grounding: aggregates.grounding,
    files,
  };
}

function top(record: Record<string, number>, n: number): string {
  const entries = Object.entries(record).slice(0, n);
  return entries.length === 0 ? '-' : entries.map(([k, v]) => `${escapeControls(k)} (${v})`).join(', ');
}

function meanText(mean: Mean, scale: string): string {
  return mean.mean === null ? '-' : `${oneDecimal(mean.mean)} ${scale} (${mean.count} glimmers)`;
}

function readable(stats: StatsJson, sentences: readonly string[], range: { from?: string; to?: string }, bold: (s: string) => string): string {
  const weeks = Object.keys(stats.byWeek);
  const span = range.from !== undefined || range.to !== undefined ? ` from ${range.from ?? 'the start'} to ${range.to ?? 'today'}` : '';
  const lines = [
    // Words first: the same sentences as the dashboard's summary.
    ...sentences,
    ...(sentences.length > 0 ? [''] : []),
    bold(`${stats.glimmers} ${stats.glimmers === 1 ? 'glimmer' : 'glimmers'} on ${stats.days} ${stats.days === 1 ? 'day' : 'days'}${span}`),
    `  weeks with a glimmer  ${weeks.length}${weeks.length > 0 ? ` (${weeks[0]} to ${weeks[weeks.length - 1]})` : ''}`,
    `  themes                ${top(stats.byTheme, 8)}`,
    `  moments               ${top(stats.byMoment, 4)}`,
    `  intensity             ${meanText(stats.intensity, 'of 5')}`,
    `  weight                ${meanText(stats.weight, 'of 5')}`,
    `  in the body           ${top(stats.body, 5)}`,
    `  feelings              ${top(stats.feelings, 5)}`,
    `  grounding             ${top(stats.grounding, 5)}`,
    `  files                 ${stats.files.scanned} Markdown files, ${stats.files.glimmers} glimmers, ${stats.files.invalid} need attention, ${stats.files.skipped} skipped`,
  ];
  if (stats.files.invalid > 0) lines.push('', `${stats.files.invalid} ${stats.files.invalid === 1 ? 'note looks like a glimmer but has' : 'notes look like glimmers but have'} an error; run "glimmer lint" to see what to fix.`);
  return lines.join('\n');
}

export const statsCommand: Command = {
  name: 'stats',
  summary: 'summarise glimmers: counts, themes, weeks, intensity and weight',
  help: HELP,
  async run(args, context) {
    const parsed = parseCommandArgs(this, args, { json: { type: 'boolean' }, from: { type: 'string' }, to: { type: 'string' }, today: { type: 'string' } }, 1, context);
    if (!parsed) return EXIT_OK;
    const range = dateRange(this, parsed);
    const today = stringOption(parsed, 'today') ?? localDate(context.now());
    if (!isValidDay(today)) throw new CliError(`stats: --today must be a date like 2026-03-14, not "${today}"`);
    const folder = vaultFolder(context, parsed.positionals[0]);
    const settings = loadSettings(context, folder);
    const result = await scanWithProgress(context, folder, { sections: false, reportSkipped: true, settings });
    const index = indexOf(result.glimmers);
    const stats = statsJson(aggregate(index, range), result.files);
    if (parsed.values.json === true) {
      print(context, JSON.stringify(stats, null, 2));
    } else {
      const sentences = summarizeHistory(index, { today, weekStart: weekStartDay(settings.plugin.weekStart) }).lines;
      print(context, readable(stats, sentences, range, createPaint(colourEnabled(context.stdout, context.env)).bold));
    }
    return EXIT_OK;
  },
};
