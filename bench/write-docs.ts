/**
 * Puts the latest figures into docs/performance.md, between the `bench:results` markers; the prose
 * around them is written by hand. `npm run bench` does this after a full run (or with `--docs`).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { BenchResults } from './run.ts';
import { markdownTable, type Row } from './report.ts';

const START = '<!-- bench:results:start (written by npm run bench; edit the prose around it, not this block) -->';
const END = '<!-- bench:results:end -->';

function resultsBlock(r: BenchResults, rows: Row[]): string {
  const m = r.machine;
  const budgets = rows.filter((row) => row.budget !== undefined);
  const met = budgets.filter((row) => row.pass).length;
  const fuzz = r.fuzz ? `${r.fuzz.runs.toLocaleString('en')} generated frontmatters, ${r.fuzz.passed ? 'all agreeing with `yaml`' : 'FAILED'} (${r.fuzz.seconds.toFixed(0)} s)` : 'not run';
  return [
    START,
    '',
    `Latest run: ${r.date.slice(0, 16).replace('T', ' ')} UTC, mode \`${r.mode}\`, ${r.durationSeconds ?? '?'} s in all.`,
    `Machine: ${m.nproc} cores (\`nproc\`), ${m.cpu}, ${m.memoryGB} GB, Node ${m.node}, ${m.os}. Load average (1/5/15 min) ${m.loadBefore.join(' / ')} before, ${(m.loadAfter ?? []).join(' / ')} after${m.loadBefore[0] !== undefined && m.loadBefore[0] > m.nproc ? ' — the machine was busy with other work, so absolute times are inflated; the same-run ratios are the steadier figures' : ''}.`,
    `Fast frontmatter property tests in this run: ${fuzz}.`,
    r.renderSkipped ? `Render: skipped (${r.renderSkipped}).` : '',
    '',
    markdownTable(rows),
    '',
    `Budgets met: ${met} of ${budgets.length}.`,
    '',
    END,
  ].filter((line, i, all) => !(line === '' && all[i - 1] === '')).join('\n');
}

/** Replaces the generated block of `file` (or appends one when the markers are missing). */
export function updateDocs(file: string, results: BenchResults, rows: Row[]): void {
  const block = resultsBlock(results, rows);
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '# Performance\n';
  const a = text.indexOf(START);
  const b = text.indexOf(END);
  const next = a >= 0 && b > a ? text.slice(0, a) + block + text.slice(b + END.length) : `${text.trimEnd()}\n\n${block}\n`;
  writeFileSync(file, next);
}
