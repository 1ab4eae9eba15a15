/**
 * The weekly and monthly review note (`type: glimmer-review`): the period's figures, counted by the
 * same `GlimmerIndex` query as `glimmer stats`, and a body that looks back on the glimmers. One pure
 * function, so the plugin's "Write this week's review" and `glimmer review` write the same note.
 * A review is not a glimmer: nothing that counts glimmers reads it as one.
 */
import type { Glimmer } from '../format/types.ts';
import { STANDARD_SECTIONS } from '../format/vocabulary.ts';
import { chooseRememberLines } from '../digest/supervision-digest.ts';
import { GlimmerIndex } from '../index/glimmer-index.ts';
import type { IndexEntry, Mean } from '../index/index-query.ts';
import { sectionText } from '../format/sections.ts';
import { dayInWords, dayRangeInWords, monthLabel } from '../words/date-words.ts';
import { themeLabel } from '../words/labels.ts';
import { noteLink } from './review-links.ts';
import type { ReviewPeriod } from './review-period.ts';

/** The `type` of a review note. */
export const REVIEW_TYPE = 'glimmer-review';

/** What a review is written for. */
export interface ReviewOptions {
  period: ReviewPeriod;
  /** Quote the period's "What I'm carrying" lines (only when the person opted in). */
  includeCarrying: boolean;
  /** Labels for theme ids (the person's settings; default the core vocabulary). */
  themeLabels?: Readonly<Record<string, string>>;
}

/** The figures of a review, the same as `glimmer stats --from --to` gives for its days. */
export interface ReviewFigures {
  period: string;
  from: string;
  to: string;
  glimmers: number;
  days: number;
  intensity: Mean;
  weight: Mean;
  byTheme: Record<string, number>;
  grounding: Record<string, number>;
}

/** A composed review: its figures and the note's Markdown. */
export interface ComposedReview {
  figures: ReviewFigures;
  text: string;
}

/** How many "What I want to remember" lines a review quotes at most. */
const MOST = { week: 3, month: 5 } as const;

/** A mean as the frontmatter holds it: two decimals, or empty (as Obsidian writes an empty property). */
function frontmatterMean(mean: Mean): string {
  return mean.mean === null ? '' : ` ${Math.round(mean.mean * 100) / 100}`;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function meanWords(name: string, mean: Mean): string | null {
  return mean.mean === null ? null : `${name} ${(Math.round(mean.mean * 10) / 10).toFixed(1)} of 5 on average`;
}

/** A section's words as a block quote, each line quoted (blank lines too, so it stays one quote). */
function quote(text: string): string[] {
  return text.split('\n').map((line) => (line.trim() === '' ? '>' : `> ${line}`));
}

function byDay(a: IndexEntry, b: IndexEntry): number {
  const x = a.glimmer.created;
  const y = b.glimmer.created;
  return x !== y ? (x < y ? -1 : 1) : a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/** Quotes of one section from the period's glimmers, each followed by a link to its glimmer. */
function quotes(list: readonly { entry: IndexEntry; text: string }[], empty: string): string[] {
  if (list.length === 0) return [empty, ''];
  return list.flatMap(({ entry, text }) => [...quote(text), `> — ${noteLink(entry.path, dayInWords(entry.glimmer.day))}`, '']);
}

function withSection(entries: readonly IndexEntry[], heading: string): { entry: IndexEntry; text: string }[] {
  const out: { entry: IndexEntry; text: string }[] = [];
  for (const entry of entries) {
    const text = sectionText(entry.glimmer, heading);
    if (text) out.push({ entry, text });
  }
  return out;
}

/** The review's title: "Week 10 of 2026" or "March 2026". */
export function reviewTitle(period: ReviewPeriod): string {
  return period.kind === 'week' ? `Week ${Number(period.label.slice(6))} of ${period.label.slice(0, 4)}` : monthLabel(period.label);
}

/**
 * The period's figures from an index that holds its glimmers: one query over its days, the same as
 * `glimmer stats --from --to`. The plugin's live `review` panel asks the vault's index directly.
 */
export function reviewFigures(index: GlimmerIndex, period: ReviewPeriod): ReviewFigures {
  const q = index.query({ from: period.from, to: period.to, recentLimit: 0 });
  return {
    period: period.label, from: period.from, to: period.to, glimmers: q.count, days: q.days,
    intensity: q.intensity, weight: q.weight, byTheme: q.byTheme, grounding: q.grounding,
  };
}

/** The figures in one line: "2 to 8 March 2026 · 3 glimmers on 3 days · intensity 3.7 of 5 on average · …". */
export function reviewSummary(figures: ReviewFigures): string {
  const parts = [
    dayRangeInWords(figures.from, figures.to),
    `${plural(figures.glimmers, 'glimmer', 'glimmers')} on ${plural(figures.days, 'day', 'days')}`,
    meanWords('intensity', figures.intensity),
    meanWords('weight', figures.weight),
  ];
  return parts.filter((s): s is string => s !== null).join(' · ');
}

function glimmerLine(entry: IndexEntry): string {
  const g: Glimmer = entry.glimmer;
  const name = typeof g.title === 'string' && g.title.trim() !== '' ? g.title : 'A glimmer';
  return `- ${dayInWords(g.day)}: ${noteLink(entry.path, name)}`;
}

function counts(record: Record<string, number>, label: (key: string) => string, empty: string): string[] {
  const rows = Object.entries(record);
  return rows.length === 0 ? [empty] : rows.map(([key, n]) => `- ${label(key)}: ${n}`);
}

/**
 * The review of `options.period` over `entries` (glimmers read with their sections; paths
 * vault-relative). Entries outside the period are left out, as `glimmer stats --from --to` does.
 *
 * @example
 * const review = composeReview(entries, { period: weekPeriod('2026-W10')!, includeCarrying: false });
 * review.figures.glimmers; // 3, as `glimmer stats --from 2026-03-02 --to 2026-03-08`
 */
export function composeReview(entries: readonly IndexEntry[], options: ReviewOptions): ComposedReview {
  const { period } = options;
  const index = new GlimmerIndex();
  for (const e of entries) if (e.glimmer.day >= period.from && e.glimmer.day <= period.to) index.set(e.path, e.glimmer);
  const figures = reviewFigures(index, period);
  const inPeriod = index.entries().sort(byDay);
  const span = period.kind === 'week' ? 'this week' : 'this month';
  const next = period.kind === 'week' ? 'next week' : 'next month';
  // The same choice as the supervision digest's: the highest intensity, shown in the order written.
  const filled = withSection(chooseRememberLines(inPeriod, MOST[period.kind]), STANDARD_SECTIONS[2] as string);
  const lines = [
    '---', `type: ${REVIEW_TYPE}`, `period: ${period.label}`, `from: ${period.from}`, `to: ${period.to}`, `glimmers: ${figures.glimmers}`,
    `intensity:${frontmatterMean(figures.intensity)}`, `weight:${frontmatterMean(figures.weight)}`, '---', '',
    `# ${reviewTitle(period)}`, '', reviewSummary(figures), '',
    '## Glimmers', '', ...(inPeriod.length === 0 ? [`No glimmers ${span}. A quiet stretch is part of the rhythm too.`] : inPeriod.map(glimmerLine)), '',
    '## Themes', '', ...counts(figures.byTheme, (id) => themeLabel(id, options.themeLabels), `No themes noted ${span}.`), '',
    '## What filled me up most', '', ...quotes(filled, `No "What I want to remember" lines ${span}.`),
  ];
  if (options.includeCarrying) {
    lines.push('## What I carried', '', ...quotes(withSection(inPeriod, STANDARD_SECTIONS[3] as string), `Nothing noted under "What I'm carrying" ${span}.`));
  }
  lines.push('## What helped', '', ...counts(figures.grounding, (g) => g, `No grounding noted ${span}.`), '', `## What do I want to take into ${next}?`, '', '');
  return { figures, text: lines.join('\n') };
}
