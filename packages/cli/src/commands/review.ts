/**
 * `glimmer review [DIR] [--week 2026-W10 | --month 2026-03] [--json]`: writes one new weekly or
 * monthly review note, composed by core's `composeReview` (the same note the plugin's "Write this
 * week's review" writes), and prints its path. Never overwrites: a second review of a period gets a
 * numbered name.
 */
import { mkdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { composeReview, escapeControls, localDate, MAX_REVIEW_NAMES, monthPeriod, reviewFileName, reviewPeriodOf, weekPeriod } from '@glimmers/core';
import type { ReviewFigures, ReviewPeriod } from '@glimmers/core';
import { parseCommandArgs, print, stringOption } from '../args.ts';
import type { CliContext, Command } from '../args.ts';
import { createFileExclusive } from '../atomic-write.ts';
import { CliError, EXIT_OK, describeFsError } from '../errors.ts';
import { loadSettings, scanWithProgress, vaultFolder } from '../vault.ts';

const HELP = `Usage: glimmer review [DIR] [--week YYYY-Www | --month YYYY-MM] [--json]

Writes one new review note looking back on a week or a month of the glimmers under DIR (default:
the current folder), and prints its path. Without --week or --month: the current week.

The note (type: glimmer-review) holds the period's figures (the same as "glimmer stats" gives for
its days), links to its glimmers, the themes, what filled you up most, what helped, and a question
to take into the next week or month. "What I'm carrying" lines are quoted only when the plugin's
setting for reviews says so. It is written in the plugin's review folder (Glimmers/Reviews unless
changed in its settings) of the vault holding DIR, or under DIR when it is not in a vault.
An existing file is never replaced: a second review of a week gets "2026-W10 review 2.md".

Options:
  --week W       an ISO week, Monday to Sunday, written like 2026-W10
  --month M      a calendar month, written like 2026-03
  --json         print the figures as one JSON object (keys: path, period, from, to, glimmers, days,
                 intensity, weight, byTheme, grounding; see docs/cli.md) instead of the path
  -h, --help     show this help
`;

/** The `--json` object of `glimmer review`: the note's path, then its figures. */
export interface ReviewJson extends ReviewFigures {
  path: string;
}

function periodFrom(command: Command, week: string | undefined, month: string | undefined, context: CliContext): ReviewPeriod {
  if (week !== undefined && month !== undefined) throw new CliError(`${command.name}: give --week or --month, not both`);
  if (week !== undefined) {
    const period = weekPeriod(week.trim());
    if (!period) throw new CliError(`${command.name}: --week must be an ISO week written like 2026-W10, not "${week}"`);
    return period;
  }
  if (month !== undefined) {
    const period = monthPeriod(month.trim());
    if (!period) throw new CliError(`${command.name}: --month must be a month written like 2026-03, not "${month}"`);
    return period;
  }
  return reviewPeriodOf('week', localDate(context.now())) as ReviewPeriod;
}

/** A path shown to the person: relative to where they are, unless that climbs out. */
function shown(context: CliContext, target: string): string {
  const rel = relative(context.cwd, target);
  return rel.startsWith('..') ? target : rel;
}

export const reviewCommand: Command = {
  name: 'review',
  summary: 'write a weekly or monthly review note and print its path',
  help: HELP,
  async run(args, context) {
    const parsed = parseCommandArgs(this, args, { week: { type: 'string' }, month: { type: 'string' }, json: { type: 'boolean' } }, 1, context);
    if (!parsed) return EXIT_OK;
    const period = periodFrom(this, stringOption(parsed, 'week'), stringOption(parsed, 'month'), context);
    const folder = vaultFolder(context, parsed.positionals[0]);
    const settings = loadSettings(context, folder);
    const result = await scanWithProgress(context, folder, { sections: true, reportSkipped: true, settings });
    // Links are written from the vault's root, where Obsidian resolves them.
    const root = settings.vaultRoot ?? folder;
    const entries = result.glimmers.map((g) => ({ path: relative(root, join(folder, g.path)).split(sep).join('/'), glimmer: g.glimmer }));
    const care = settings.plugin.care;
    const review = composeReview(entries, { period, includeCarrying: care.reviewCarrying, themeLabels: settings.themeLabels });
    const dir = join(root, care.reviewFolder);
    try {
      await mkdir(dir, { recursive: true });
    } catch (error) {
      throw new CliError(`${dir}: ${describeFsError(error)}; nothing was written`);
    }
    for (let n = 1; n <= MAX_REVIEW_NAMES; n++) {
      const target = join(dir, reviewFileName(period, n));
      if (!(await createFileExclusive(target, review.text))) continue;
      if (parsed.values.json === true) {
        const out: ReviewJson = { path: shown(context, target), ...review.figures };
        print(context, JSON.stringify(out, null, 2));
      } else print(context, escapeControls(shown(context, target)));
      return EXIT_OK;
    }
    throw new CliError(`${dir}: every name for a review of ${period.label} is taken; nothing was written`);
  },
};
