/**
 * The supervision digest of `glimmer export --format markdown`: counts, themes, moments, means
 * per period and a few chosen "What I want to remember" lines. Dates are coarsened (weeks by
 * default); file names, titles and the other sections never appear.
 */
import { DEFAULT_THEMES, MOMENTS } from '@glimmers/core';
import type { IndexAggregates } from '@glimmers/core';
import { coarsenDay, sectionText } from './export-rows.ts';
import type { DatePrecision } from './export-rows.ts';
import type { FoundGlimmer } from './scan.ts';

export interface DigestOptions {
  precision: DatePrecision;
  /** How many "remember" lines to quote (0 for none). */
  remember: number;
  /** The user's theme labels by id (from the plugin's settings); core's labels otherwise. */
  themeLabels?: Record<string, string>;
  /** Parts to leave out: themes, moment, intensity, weight, body, feelings, grounding, remember. */
  omit?: readonly string[];
}

const PERIOD_WORD: Record<DatePrecision, string> = { week: 'Week', month: 'Month', day: 'Day' };

const cell = (text: string): string => text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');
const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
const meanText = (sum: number, count: number): string => (count === 0 ? '-' : (sum / count).toFixed(1));

function themeLabel(id: string, labels: Record<string, string>): string {
  const label = labels[id] ?? DEFAULT_THEMES.find((t) => t.id === id)?.label;
  return label !== undefined ? `${cell(label)} (\`${cell(id)}\`)` : `\`${cell(id)}\``;
}

function momentLabel(id: string): string {
  return MOMENTS.find((m) => m.id === id)?.label ?? id;
}

function topList(record: Record<string, number>, n: number): string {
  const entries = Object.entries(record).slice(0, n);
  return entries.length === 0 ? 'none recorded' : entries.map(([k, v]) => `${cell(k)} (${v})`).join(', ');
}

/**
 * The "remember" lines to quote: from the glimmers with the highest intensity (newest first among
 * equals), at most `limit`, then shown oldest first. Empty sections are never picked.
 */
export function chooseRememberLines(glimmers: readonly FoundGlimmer[], limit: number): FoundGlimmer[] {
  if (limit <= 0) return [];
  const withLine = glimmers.filter((g) => sectionText(g.glimmer, 'What I want to remember').trim() !== '');
  const ranked = [...withLine].sort((a, b) => (b.glimmer.intensity ?? 0) - (a.glimmer.intensity ?? 0) || (a.glimmer.created < b.glimmer.created ? 1 : a.glimmer.created > b.glimmer.created ? -1 : 0));
  return ranked.slice(0, limit).sort((a, b) => (a.glimmer.created < b.glimmer.created ? -1 : a.glimmer.created > b.glimmer.created ? 1 : 0));
}

/** The digest as Markdown. */
export function supervisionDigest(glimmers: readonly FoundGlimmer[], totals: IndexAggregates, options: DigestOptions): string {
  const { precision } = options;
  const periods = new Map<string, { count: number; iSum: number; iCount: number; wSum: number; wCount: number }>();
  for (const { glimmer } of glimmers) {
    const key = coarsenDay(glimmer.day, precision);
    const p = periods.get(key) ?? { count: 0, iSum: 0, iCount: 0, wSum: 0, wCount: 0 };
    p.count += 1;
    if (glimmer.intensity !== undefined) { p.iSum += glimmer.intensity; p.iCount += 1; }
    if (glimmer.weight !== undefined) { p.wSum += glimmer.weight; p.wCount += 1; }
    periods.set(key, p);
  }
  const keys = [...periods.keys()].sort();
  const out: string[] = ['# Glimmers: supervision digest', ''];
  if (glimmers.length === 0) {
    out.push('No glimmers in this period.', '');
    return out.join('\n');
  }
  const span = keys.length === 1 ? `${keys[0]}` : `${keys[0]} to ${keys[keys.length - 1]}`;
  out.push(`${span}: **${plural(totals.count, 'glimmer', 'glimmers')}** on ${plural(totals.days, 'day', 'days')}, in ${plural(keys.length, precision, `${precision}s`)}.`, '');

  const omit = new Set(options.omit ?? []);
  const shows = (field: string): boolean => !omit.has(field);

  if (shows('themes')) {
    out.push('## Themes', '', '| Theme | Glimmers |', '| --- | ---: |');
    for (const [id, n] of Object.entries(totals.byTheme)) out.push(`| ${themeLabel(id, options.themeLabels ?? {})} | ${n} |`);
    if (Object.keys(totals.byTheme).length === 0) out.push('| none recorded | 0 |');
    out.push('');
  }

  if (shows('moment')) {
    out.push('## Moments', '');
    for (const [id, n] of Object.entries(totals.byMoment)) out.push(`- ${cell(momentLabel(id))}: ${n}`);
    const noMoment = totals.count - Object.values(totals.byMoment).reduce((a, b) => a + b, 0);
    if (noMoment > 0) out.push(`- Not recorded: ${noMoment}`);
    out.push('');
  }

  const means = (['intensity', 'weight'] as const).filter(shows);
  if (means.length > 0) {
    out.push('## Intensity and weight', '');
    const meanLine = (mean: IndexAggregates['intensity']) => (mean.mean === null ? 'not recorded' : `${mean.mean.toFixed(1)} of 5 (${plural(mean.count, 'glimmer', 'glimmers')})`);
    if (shows('intensity')) out.push(`- Mean intensity (how much it filled me up): ${meanLine(totals.intensity)}`);
    if (shows('weight')) out.push(`- Mean weight (how heavy the work felt): ${meanLine(totals.weight)}`);
    out.push('');
  }

  const columns = means.map((m) => `Mean ${m}`);
  out.push(`## By ${precision}`, '', `| ${[PERIOD_WORD[precision], 'Glimmers', ...columns].join(' | ')} |`, `| --- | ---:${' | ---:'.repeat(columns.length)} |`);
  for (const key of keys) {
    const p = periods.get(key) as { count: number; iSum: number; iCount: number; wSum: number; wCount: number };
    const cells = means.map((m) => (m === 'intensity' ? meanText(p.iSum, p.iCount) : meanText(p.wSum, p.wCount)));
    out.push(`| ${[key, String(p.count), ...cells].join(' | ')} |`);
  }
  out.push('');

  const lists = ([['body', 'Felt in the body'], ['feelings', 'Feelings'], ['grounding', 'Getting back to basics']] as const).filter(([f]) => shows(f));
  if (lists.length > 0) {
    out.push('## In the body, feelings and grounding', '');
    for (const [field, words] of lists) out.push(`- ${words}: ${topList(totals[field], 8)}`);
    out.push('');
  }

  const chosen = shows('remember') ? chooseRememberLines(glimmers, options.remember) : [];
  if (chosen.length > 0) {
    out.push('## What I want to remember', '');
    for (const { glimmer } of chosen) {
      const text = sectionText(glimmer, 'What I want to remember').trim();
      for (const line of text.split(/\r?\n/)) out.push(line.trim() === '' ? '>' : `> ${line}`);
      const themes = shows('themes') && glimmer.themes.length > 0 ? `, ${glimmer.themes.map((t) => cell(t)).join(', ')}` : '';
      out.push(`>`, `> (${coarsenDay(glimmer.day, precision)}${themes})`, '');
    }
  }

  out.push('---', '');
  const left = omit.size > 0 ? ` Also left out on request: ${[...omit].join(', ')}.` : '';
  out.push(`Dates are shown by ${precision}. File names, titles and what was witnessed are left out.${left} ` +
    (chosen.length > 0 ? 'The lines above are quoted as written: read them for client details before sharing.' : 'No note text is included.'));
  return `${out.join('\n')}\n`;
}
