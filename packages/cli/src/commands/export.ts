/**
 * `glimmer export [DIR] --format csv|json|markdown [--out FILE]`: one row per glimmer (CSV, JSON)
 * or a supervision digest (Markdown). De-identified by default: dates coarsened to ISO weeks, no
 * file names, no note text unless asked for; says what leaves the vault before writing a file.
 */
import { resolve } from 'node:path';
import { dateRange, listOption, parseCommandArgs, say, stringOption } from '../args.ts';
import type { Command } from '../args.ts';
import { DIGEST_PARTS, digestFilter, supervisionDigest } from '@glimmers/core';
import { privacyScanOptions } from '../privacy-watch-list.ts';
import { CliError, EXIT_OK } from '../errors.ts';
import { checkRowText, digestContents, exportContents, hasFreeText, leftOutNotice } from '../export-free-text.ts';
import { ALL_FIELDS, exportRow, needsSections, readFieldList, readPrecision, toCsv } from '../export-rows.ts';
import { planOut, writeOut, type OutPlan } from '../out-file.ts';
import { filterGlimmers } from '../scan.ts';
import { loadSettings, scanWithProgress, vaultFolder } from '../vault.ts';
import { byCreated } from './list.ts';

const HELP = `Usage: glimmer export [DIR] --format csv|json|markdown [--out FILE] [options]

Exports the valid glimmers under DIR (default: the current folder).
  csv, json   one row per glimmer, oldest first
  markdown    a digest for supervision: counts, themes, moments, means per week, and a few
              "What I want to remember" lines

De-identified by default: dates are coarsened to ISO weeks (2026-W11), no file name, exact date,
title or section is exported unless you ask for it with --fields, and the free text that is (the
moment, theme, body, feeling, grounding and tag words; titles and section lines asked for) is
checked for names and other identifiers first: what the check flags is left out and counted on
stderr. Before writing a file, the command says on stderr exactly what leaves the vault.
--dates day warns that exact days can identify a session.

Options:
  --format F       csv, json or markdown (may be left out when --out ends in .csv, .json or .md)
  --out FILE       write to FILE (atomically) instead of standard output; an existing file is
                   never replaced unless --force is given
  --dates P        week (default), month or day
  --fields LIST    csv/json columns, comma-separated, from: date, moment, themes, intensity,
                   weight, body, feelings, grounding (the default), created, path, tags, title,
                   witnessed, felt, remember, carrying, basics
  --omit LIST      fields to leave out, comma-separated (the fields you keep private). csv/json:
                   any field above; markdown: themes, moment, intensity, weight, body, feelings,
                   grounding, remember
  --remember N     markdown: how many "What I want to remember" quotes to choose (default 5; 0 for
                   none). They come from the glimmers with the highest intensity. Every line is
                   checked for names and other identifiers first: a line with a finding is left
                   out, and the digest ends by saying how many were (run glimmer lint to review them)
  --include-flagged
                   keep the words and lines the check flags (after you have reviewed them). Notes
                   marked privacy-reviewed: true are always exported as written
  --watch-list FILE
                   the watch list for the check, as for glimmer lint
  --from DATE      only glimmers on or after this day (YYYY-MM-DD)
  --to DATE        only glimmers on or before this day (YYYY-MM-DD)
  --theme ID       only glimmers with this theme (repeat for any of several)
  --force          replace an existing file given as --out (never a link, FIFO or folder)
  -h, --help       show this help
`;

type Format = 'csv' | 'json' | 'markdown';

function readFormat(raw: string | undefined, out: string | undefined): Format {
  if (raw === 'csv' || raw === 'json' || raw === 'markdown') return raw;
  if (raw === 'md') return 'markdown';
  if (raw !== undefined) throw new CliError(`export: --format must be csv, json or markdown, not "${raw}"`);
  const ext = out?.toLowerCase().match(/\.(csv|json|md)$/)?.[1];
  if (ext === 'csv' || ext === 'json') return ext;
  if (ext === 'md') return 'markdown';
  throw new CliError('export: give --format csv, json or markdown (see glimmer export --help)');
}

function readCount(raw: string | undefined): number {
  if (raw === undefined) return 5;
  if (!/^\d+$/.test(raw)) throw new CliError(`export: --remember must be a whole number, not "${raw}"`);
  return Number(raw);
}

export const exportCommand: Command = {
  name: 'export',
  summary: 'export glimmers as CSV, JSON or a supervision digest (de-identified by default)',
  help: HELP,
  async run(args, context) {
    const parsed = parseCommandArgs(this, args, {
      format: { type: 'string' }, out: { type: 'string' }, dates: { type: 'string' }, fields: { type: 'string', multiple: true },
      omit: { type: 'string', multiple: true }, remember: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, theme: { type: 'string', multiple: true },
      force: { type: 'boolean' }, 'include-flagged': { type: 'boolean' }, 'watch-list': { type: 'string' },
    }, 1, context);
    if (!parsed) return EXIT_OK;
    const outArg = stringOption(parsed, 'out');
    const format = readFormat(stringOption(parsed, 'format'), outArg);
    const precision = readPrecision(stringOption(parsed, 'dates'));
    const fieldsGiven = listOption(parsed, 'fields');
    if (format === 'markdown' && fieldsGiven.length > 0) throw new CliError('export: --fields applies to csv and json; the markdown digest has its own layout');
    const omit = listOption(parsed, 'omit');
    const omittable = format === 'markdown' ? DIGEST_PARTS : ALL_FIELDS;
    const unknown = omit.find((f) => !omittable.includes(f));
    if (unknown !== undefined) throw new CliError(`export: --omit ${unknown}: not a field${format === 'markdown' ? ' of the digest' : ''}; choose from ${omittable.join(', ')}`);
    const fields = readFieldList(fieldsGiven).filter((f) => !omit.includes(f));
    if (fields.length === 0) throw new CliError('export: every field is left out; nothing to export');
    const remember = readCount(stringOption(parsed, 'remember'));
    const range = dateRange(this, parsed);
    const themes = listOption(parsed, 'theme');
    // Checked before the work, so a refusal comes at once; an export carries no mark to be recognised by.
    let out: { path: string; shown: string; plan: OutPlan } | undefined;
    if (outArg !== undefined) {
      const path = resolve(context.cwd, outArg);
      out = { path, shown: outArg, plan: await planOut(path, outArg, { force: parsed.values.force === true }) };
    }

    const folder = vaultFolder(context, parsed.positionals[0]);
    const sections = format === 'markdown' ? remember > 0 && !omit.includes('remember') : needsSections(fields);
    const settings = loadSettings(context, folder);
    const result = await scanWithProgress(context, folder, { sections, reportSkipped: true, settings });
    const glimmers = filterGlimmers(result.glimmers, { ...range, themes }).sort(byCreated);

    // Exact days are the one date precision that can point at a session: say so, wherever the export goes.
    if (precision === 'day' && (format === 'markdown' || fields.includes('date'))) {
      say(context, 'warning: --dates day exports the exact day of each glimmer, which can identify a session; the default, --dates week, does not');
    }
    // Every format's free text passes the same identifier check (the digest's), unless --include-flagged;
    // rows without free text need no check (nor its name library).
    const listFile = stringOption(parsed, 'watch-list');
    const checked = format === 'markdown' || hasFreeText(fields);
    const scan = checked ? await privacyScanOptions(settings, listFile === undefined ? undefined : resolve(context.cwd, listFile)) : {};
    const includeFlagged = parsed.values['include-flagged'] === true;
    let text: string;
    let leaving: string;
    if (format === 'markdown') {
      const digest = supervisionDigest(glimmers, { precision, remember, themeLabels: settings.themeLabels, omit, privacy: { scan, includeFlagged } });
      text = digest.markdown;
      leaving = digestContents(precision, omit, remember, digest.leftOut, includeFlagged);
    } else {
      const filter = digestFilter({ scan, includeFlagged });
      const rows = glimmers.map((g) => {
        const row = exportRow(g.path, g.glimmer, fields, precision);
        checkRowText(row, g.glimmer, filter);
        return row;
      });
      text = format === 'csv' ? toCsv(rows, fields) : `${JSON.stringify(rows, null, 2)}\n`;
      leaving = exportContents(rows.length, fields, precision, filter.leftOut, includeFlagged);
      // On stdout the rows cannot say what they lack: one line on stderr does, when anything was left out.
      const notice = out === undefined ? leftOutNotice(filter.leftOut) : '';
      if (notice !== '') say(context, notice);
    }

    if (out === undefined) {
      context.stdout.write(text);
      return EXIT_OK;
    }
    say(context, `exporting ${glimmers.length} ${glimmers.length === 1 ? 'glimmer' : 'glimmers'} to ${out.shown}: ${leaving}`);
    await writeOut(out.path, out.shown, text, out.plan);
    return EXIT_OK;
  },
};
