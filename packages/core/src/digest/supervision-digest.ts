/**
 * The de-identified supervision digest, shared by `glimmer export --format markdown` and the
 * plugin's "Export supervision digest": counts, themes, moments, means per period and a few chosen
 * "What I want to remember" lines. Dates are coarsened (weeks by default); file names, titles and the
 * other sections never appear; every quoted line and listed word passes the identifier check first.
 */
import { coarsenDay, type DatePrecision } from '../calendar/coarsen-day.ts';
import { sectionText } from '../format/sections.ts';
import type { Glimmer } from '../format/types.ts';
import { DEFAULT_THEMES, MOMENTS, STANDARD_SECTIONS } from '../format/vocabulary.ts';
import { GlimmerIndex } from '../index/glimmer-index.ts';
import type { IndexAggregates } from '../index/index-query.ts';
import { digestFilter, leftOutSentence, type DigestFilter, type DigestPrivacy, type LeftOut } from './digest-privacy.ts';

/** What the digest shows and how it checks it. */
export interface DigestOptions {
  precision: DatePrecision;
  /** How many "remember" quotes to choose (0 for none). */
  remember: number;
  /** The user's theme labels by id (from the settings); core's labels otherwise. */
  themeLabels?: Record<string, string>;
  /** Parts to leave out: themes, moment, intensity, weight, body, feelings, grounding, remember. */
  omit?: readonly string[];
  /** The identifier check; without it, the default categories and the name rules alone. */
  privacy?: DigestPrivacy;
  /** How the closing line tells the reader to review what was left out. */
  reviewHint?: string;
}

/** The digest and what its check left out. */
export interface DigestResult {
  markdown: string;
  leftOut: LeftOut;
}

/** One glimmer as the digest reads it (the path is only an id for counting). */
export interface DigestGlimmer {
  path: string;
  glimmer: Glimmer;
}

/** What `omit` may name: the parts of the digest. */
export const DIGEST_PARTS: readonly string[] = ['themes', 'moment', 'intensity', 'weight', 'body', 'feelings', 'grounding', 'remember'];

const REMEMBER = STANDARD_SECTIONS[2] ?? 'What I want to remember';
const PERIOD_WORD: Record<DatePrecision, string> = { week: 'Week', month: 'Month', day: 'Day' };
const cell = (text: string): string => text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');
const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
const meanText = (sum: number, count: number): string => (count === 0 ? '-' : (sum / count).toFixed(1));
const byCreated = (a: DigestGlimmer, b: DigestGlimmer): number => (a.glimmer.created < b.glimmer.created ? -1 : a.glimmer.created > b.glimmer.created ? 1 : 0);

/**
 * The glimmers whose "remember" lines are quoted: the highest intensity (newest first among equals),
 * at most `limit`, then shown oldest first. Glimmers with an empty section are never picked.
 */
export function chooseRememberLines<T extends DigestGlimmer>(glimmers: readonly T[], limit: number): T[] {
  if (limit <= 0) return [];
  const withLine = glimmers.filter((g) => sectionText(g.glimmer, REMEMBER).trim() !== '');
  const ranked = [...withLine].sort((a, b) => (b.glimmer.intensity ?? 0) - (a.glimmer.intensity ?? 0) || byCreated(b, a));
  return ranked.slice(0, limit).sort(byCreated);
}

function totalsOf(glimmers: readonly DigestGlimmer[]): IndexAggregates {
  const index = new GlimmerIndex();
  for (const { path, glimmer } of glimmers) index.set(path, glimmer);
  return index.query({ recentLimit: 0 });
}

function themeRows(totals: IndexAggregates, labels: Record<string, string>, filter: DigestFilter): string[] {
  const rows: string[] = [];
  for (const [id, n] of Object.entries(totals.byTheme)) {
    const label = labels[id] ?? DEFAULT_THEMES.find((t) => t.id === id)?.label;
    if (!filter.word(label === undefined ? id : `${label} ${id}`)) continue;
    rows.push(`| ${label !== undefined ? `${cell(label)} (\`${cell(id)}\`)` : `\`${cell(id)}\``} | ${n} |`);
  }
  return rows.length === 0 ? ['| none recorded | 0 |'] : rows;
}

function topList(record: Record<string, number>, n: number, filter: DigestFilter): string {
  const entries = Object.entries(record).filter(([word]) => filter.word(word)).slice(0, n);
  return entries.length === 0 ? 'none recorded' : entries.map(([k, v]) => `${cell(k)} (${v})`).join(', ');
}

function periodTable(glimmers: readonly DigestGlimmer[], precision: DatePrecision, means: readonly ('intensity' | 'weight')[]): string[] {
  const periods = new Map<string, { count: number; iSum: number; iCount: number; wSum: number; wCount: number }>();
  for (const { glimmer } of glimmers) {
    const key = coarsenDay(glimmer.day, precision);
    const p = periods.get(key) ?? { count: 0, iSum: 0, iCount: 0, wSum: 0, wCount: 0 };
    p.count += 1;
    if (glimmer.intensity !== undefined) { p.iSum += glimmer.intensity; p.iCount += 1; }
    if (glimmer.weight !== undefined) { p.wSum += glimmer.weight; p.wCount += 1; }
    periods.set(key, p);
  }
  const columns = means.map((m) => `Mean ${m}`);
  const out = [`## By ${precision}`, '', `| ${[PERIOD_WORD[precision], 'Glimmers', ...columns].join(' | ')} |`, `| --- | ---:${' | ---:'.repeat(columns.length)} |`];
  for (const [key, p] of [...periods].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const cells = means.map((m) => (m === 'intensity' ? meanText(p.iSum, p.iCount) : meanText(p.wSum, p.wCount)));
    out.push(`| ${[key, String(p.count), ...cells].join(' | ')} |`);
  }
  out.push('');
  return out;
}

/** The digest as Markdown, with what its identifier check left out. */
export function supervisionDigest(glimmers: readonly DigestGlimmer[], options: DigestOptions): DigestResult {
  const { precision } = options;
  const filter = digestFilter(options.privacy ?? { scan: {}, includeFlagged: false });
  const out: string[] = ['# Glimmers: supervision digest', ''];
  if (glimmers.length === 0) {
    out.push('No glimmers in this period.', '');
    return { markdown: out.join('\n'), leftOut: filter.leftOut };
  }
  const totals = totalsOf(glimmers);
  const keys = [...new Set(glimmers.map((g) => coarsenDay(g.glimmer.day, precision)))].sort();
  const span = keys.length === 1 ? `${keys[0]}` : `${keys[0]} to ${keys[keys.length - 1]}`;
  out.push(`${span}: **${plural(totals.count, 'glimmer', 'glimmers')}** on ${plural(totals.days, 'day', 'days')}, in ${plural(keys.length, precision, `${precision}s`)}.`, '');
  const omit = new Set(options.omit ?? []);
  const shows = (part: string): boolean => !omit.has(part);

  if (shows('themes')) out.push('## Themes', '', '| Theme | Glimmers |', '| --- | ---: |', ...themeRows(totals, options.themeLabels ?? {}, filter), '');
  if (shows('moment')) {
    out.push('## Moments', '');
    for (const [id, n] of Object.entries(totals.byMoment)) {
      // A moment outside the four is the person's own text: checked like any listed word.
      const label = MOMENTS.find((m) => m.id === id)?.label;
      if (label === undefined && !filter.word(id)) continue;
      out.push(`- ${cell(label ?? id)}: ${n}`);
    }
    const noMoment = totals.count - Object.values(totals.byMoment).reduce((a, b) => a + b, 0);
    if (noMoment > 0) out.push(`- Not recorded: ${noMoment}`);
    out.push('');
  }
  const means = (['intensity', 'weight'] as const).filter(shows);
  if (means.length > 0) {
    out.push('## Intensity and weight', '');
    const meanLine = (mean: IndexAggregates['intensity']): string => (mean.mean === null ? 'not recorded' : `${mean.mean.toFixed(1)} of 5 (${plural(mean.count, 'glimmer', 'glimmers')})`);
    if (shows('intensity')) out.push(`- Mean intensity (how much it filled me up): ${meanLine(totals.intensity)}`);
    if (shows('weight')) out.push(`- Mean weight (how heavy the work felt): ${meanLine(totals.weight)}`);
    out.push('');
  }
  out.push(...periodTable(glimmers, precision, means));
  const lists = ([['body', 'Felt in the body'], ['feelings', 'Feelings'], ['grounding', 'Getting back to basics']] as const).filter(([f]) => shows(f));
  if (lists.length > 0) {
    out.push('## In the body, feelings and grounding', '');
    for (const [field, words] of lists) out.push(`- ${words}: ${topList(totals[field], 8, filter)}`);
    out.push('');
  }

  let quoted = 0;
  const quotes: string[] = [];
  for (const { glimmer } of shows('remember') ? chooseRememberLines(glimmers, options.remember) : []) {
    const lines = filter.lines(glimmer, sectionText(glimmer, REMEMBER).trim());
    if (lines.every((line) => line.trim() === '')) continue;
    quoted++;
    for (const line of lines) quotes.push(line.trim() === '' ? '>' : `> ${line}`);
    const themes = shows('themes') && glimmer.themes.length > 0 ? `, ${glimmer.themes.filter((t) => filter.word(t)).map((t) => cell(t)).join(', ')}` : '';
    quotes.push('>', `> (${coarsenDay(glimmer.day, precision)}${themes.replace(/, $/, '')})`, '');
  }
  if (quotes.length > 0) out.push('## What I want to remember', '', ...quotes);

  out.push('---', '');
  const left = omit.size > 0 ? ` Also left out as asked: ${[...omit].join(', ')}.` : '';
  const flagged = leftOutSentence(filter.leftOut, options.reviewHint ?? 'run glimmer lint to review them');
  out.push(`Dates are shown by ${precision}. File names, titles and what was witnessed are left out.${left} ` +
    (quoted > 0 ? 'The lines above are quoted as written after a check for names and other identifiers: read them again before sharing.' : 'No note text is included.') +
    (flagged === '' ? '' : ` ${flagged}`));
  return { markdown: `${out.join('\n')}\n`, leftOut: filter.leftOut };
}
