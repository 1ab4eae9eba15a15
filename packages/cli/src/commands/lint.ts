/**
 * `glimmer lint [DIR] [--json]`: every attempted glimmer with an issue (errors and warnings), and
 * every Markdown file that could not be read. Plain notes never appear. Exit 1 when any error.
 */
import { escapeControls, privacyIssues } from '@glimmers/core';
import type { Issue, ScanOptions } from '@glimmers/core';
import { parseCommandArgs, print, stringOption } from '../args.ts';
import type { Command } from '../args.ts';
import { EXIT_OK, EXIT_PROBLEMS } from '../errors.ts';
import { colourEnabled, createPaint } from '../progress.ts';
import { privacyScanOptions } from '../privacy-watch-list.ts';
import type { FileReport, NoteCheck } from '../scan.ts';
import { loadSettings, scanWithProgress, vaultFolder } from '../vault.ts';

const HELP = `Usage: glimmer lint [DIR] [--json] [--watch-list FILE]

Checks every note under DIR (default: the current folder) that means to be a glimmer
(frontmatter with type: glimmer) and reports its errors and warnings, with line numbers.
Markdown files that cannot be read (permissions, broken links, FIFOs and devices, binary,
not UTF-8, too large) are reported too. Plain notes never appear.

Text that looks like a client identifier (a person's name, a phone number, an email address, a
date with day and month, a street address...) is reported as a privacy/<category> warning. Mark
a note you have checked with "privacy-reviewed: true" in its frontmatter to silence its warnings.
The checks are an aid: a note with no warning may still identify someone.

Exit code: 0 when there is no error (warnings are fine), 1 when any error, 2 on a usage or I/O error.

Options:
  --json         one JSON object: { files: [{ path, issues }], summary: { files, errors, warnings } }
  --no-privacy   leave out the privacy/<category> warnings
  --watch-list FILE
                 names or words to flag as privacy/watch-list: a text file with one per line or
                 comma-separated (hashed in memory, never stored), or the plugin's data.json. Default: the
                 vault's .obsidian/plugins/glimmers/data.json, when it has a watch list
  -h, --help     show this help
`;

/** The `--json` object of `glimmer lint`. */
export interface LintJson {
  files: FileReport[];
  summary: { files: number; errors: number; warnings: number };
}

/** Counts errors and warnings over the reports. */
export function lintJson(reports: FileReport[]): LintJson {
  let errors = 0;
  let warnings = 0;
  for (const report of reports) {
    for (const issue of report.issues) {
      if (issue.severity === 'error') errors += 1;
      else warnings += 1;
    }
  }
  return { files: reports, summary: { files: reports.length, errors, warnings } };
}

function where(issue: Issue): string {
  if (issue.line === undefined) return '';
  return issue.column === undefined ? `:${issue.line}` : `:${issue.line}:${issue.column}`;
}

/**
 * The extra checks lint runs on every attempted glimmer: the privacy scan, as `privacy/<category>`
 * warnings (skipped for a note marked `privacy-reviewed: true`).
 */
export function lintChecks(scan: ScanOptions | null): NoteCheck[] {
  if (scan === null) return [];
  return [(note, parsed) => privacyIssues(parsed, { source: note.text, ...scan })];
}

export const lintCommand: Command = {
  name: 'lint',
  summary: 'check glimmers for errors and warnings (exit 1 on any error)',
  help: HELP,
  async run(args, context) {
    const parsed = parseCommandArgs(this, args, { json: { type: 'boolean' }, 'no-privacy': { type: 'boolean' }, 'watch-list': { type: 'string' } }, 1, context);
    if (!parsed) return EXIT_OK;
    const folder = vaultFolder(context, parsed.positionals[0]);
    const privacy = parsed.values['no-privacy'] !== true;
    const listFile = stringOption(parsed, 'watch-list');
    // The plugin's settings give the theme vocabulary, the watch list and whether capitalised words are flagged as names.
    const settings = loadSettings(context, folder);
    const scan = privacy ? await privacyScanOptions(settings, listFile === undefined ? undefined : vaultFolder(context, listFile)) : null;
    const checks = lintChecks(scan);
    const result = await scanWithProgress(context, folder, { sections: false, reportSkipped: false, checks, settings });
    const report = lintJson(result.reports);

    if (parsed.values.json === true) {
      print(context, JSON.stringify(report, null, 2));
    } else {
      const paint = createPaint(colourEnabled(context.stdout, context.env));
      const lines: string[] = [];
      for (const file of report.files) {
        // A file name may hold escape sequences or line breaks: escaped, so it can neither drive the terminal nor forge a line.
        lines.push(paint.bold(escapeControls(file.path)));
        for (const issue of file.issues) {
          const severity = issue.severity === 'error' ? paint.red('error  ') : paint.yellow('warning');
          lines.push(`  ${severity} ${paint.dim(`${issue.code}${where(issue)}`)}  ${escapeControls(issue.message)}`);
        }
      }
      const { files, errors, warnings } = report.summary;
      if (files === 0) {
        const n = `${result.files.glimmers} ${result.files.glimmers === 1 ? 'glimmer' : 'glimmers'}`;
        // Say what was checked, never "no problems": the checks are an aid, not a guarantee.
        lines.push(privacy
          ? `Checked ${n}: no format errors or warnings. No likely identifiers found by the name and pattern checks.`
          : `Checked ${n}: no format errors or warnings. The identifier checks were skipped (--no-privacy).`);
      } else {
        lines.push('', `${errors} ${errors === 1 ? 'error' : 'errors'} and ${warnings} ${warnings === 1 ? 'warning' : 'warnings'} in ${files} ${files === 1 ? 'file' : 'files'}.`);
      }
      print(context, lines.join('\n'));
    }
    return report.summary.errors > 0 ? EXIT_PROBLEMS : EXIT_OK;
  },
};
