/**
 * Turns the bench's measurements into rows (figure, value, same-run reference, ratio, budget)
 * and prints them as a table. The same rows go into results.json and docs/performance.md.
 */

export interface Row {
  figure: string;
  /** Milliseconds unless `unit` says otherwise. */
  value: number;
  unit: 'ms' | 'MB' | 'KB' | '%' | 'count';
  reference: string;
  referenceValue: number | null;
  /** value / referenceValue (or the other way round when `ratioNote` says so). */
  ratio: number | null;
  ratioNote?: string;
  budget?: string;
  pass?: boolean;
}

export function fmt(x: number, unit: Row['unit']): string {
  if (unit === 'count') return Number.isInteger(x) ? String(x) : x.toFixed(1);
  if (unit === '%') return `${x.toFixed(1)} %`;
  if (unit === 'MB') return `${x.toFixed(1)} MB`;
  if (unit === 'KB') return `${x.toFixed(1)} KB`;
  if (x >= 100) return `${x.toFixed(0)} ms`;
  if (x >= 1) return `${x.toFixed(1)} ms`;
  if (x >= 0.01) return `${x.toFixed(3)} ms`;
  return `${(x * 1000).toFixed(2)} µs`;
}

export function ratioText(row: Row): string {
  if (row.ratio === null) return '';
  const r = row.ratio >= 10 ? row.ratio.toFixed(0) : row.ratio >= 1 ? row.ratio.toFixed(2) : row.ratio.toFixed(3);
  return `${r}x${row.ratioNote ? ` ${row.ratioNote}` : ''}`;
}

function cells(row: Row): string[] {
  const ref = row.referenceValue === null ? row.reference : `${row.reference}: ${fmt(row.referenceValue, row.unit)}`;
  const verdict = row.pass === undefined ? '' : row.pass ? 'pass' : 'NOT MET';
  return [row.figure, fmt(row.value, row.unit), ref, ratioText(row), row.budget ? `${row.budget} ${verdict}` : ''];
}

const HEAD = ['Figure', 'Value', 'Reference (same run)', 'Ratio', 'Budget'];

/** A plain-text table for the terminal. */
export function textTable(rows: Row[]): string {
  const all = [HEAD, ...rows.map(cells)];
  const widths = HEAD.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]): string => r.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  return [line(all[0] as string[]), widths.map((w) => '-'.repeat(w)).join('  '), ...all.slice(1).map(line)].join('\n');
}

/** The same table in Markdown, for docs/performance.md. */
export function markdownTable(rows: Row[]): string {
  const esc = (s: string): string => s.replace(/\|/g, '\\|');
  return [
    `| ${HEAD.join(' | ')} |`,
    `|${HEAD.map((_, i) => (i === 1 || i === 3 ? '---:' : '---')).join('|')}|`,
    // Sub-rows are indented with two spaces in the terminal; Markdown would drop them, so mark them.
    ...rows.map((r) => `| ${cells({ ...r, figure: r.figure.replace(/^ {2}/, '↳ ') }).map(esc).join(' | ')} |`),
  ].join('\n');
}
