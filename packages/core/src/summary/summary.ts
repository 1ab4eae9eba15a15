/**
 * The summary in words: this week and this month in one sentence each, a notably heavier or
 * lighter stretch of the last weeks against the person's own usual, and what helped before.
 * Every figure comes from the person's own history in the index, never from a population norm;
 * the sentences describe and never judge, and nothing counts a streak. The dashboard shows these
 * sentences and `glimmer stats` prints them, so both read the same. Rules: docs/plugin.md
 * ("The summary in words").
 */
import { addDays, addMonths, startOfWeek } from '../calendar/calendar.ts';
import type { GlimmerIndex } from '../index/glimmer-index.ts';
import type { IndexQuery } from '../index/index-query.ts';
import { findStretch, whatHelped } from './stretch.ts';
import type { HelpedSummary, StretchSummary } from './stretch.ts';
import { dayCount, glimmerCount, oneDecimal } from './summary-words.ts';

/** What {@link summarizeHistory} needs besides the index. */
export interface SummaryOptions {
  /** Today's calendar day, `YYYY-MM-DD`, in the person's own time zone. */
  today: string;
  /** First day of the week: 0 = Sunday … 6 = Saturday (default 1, Monday). */
  weekStart?: number;
  /** Only glimmers with one of these themes (as the dashboard's theme filter). */
  themes?: string[];
  /** Only glimmers written at this moment (as the dashboard's moment filter). */
  moment?: string;
}

/** One period (this week, this month) in figures and in one sentence. */
export interface PeriodSummary {
  /** First and last day of the period. */
  from: string;
  to: string;
  count: number;
  /** Days with at least one glimmer. */
  days: number;
  /** Mean intensity and mean weight, `null` when none was noted. */
  intensity: number | null;
  weight: number | null;
  sentence: string;
}

/** The whole summary: figures for callers that draw them, and the sentences in reading order. */
export interface HistorySummary {
  week: PeriodSummary;
  month: PeriodSummary;
  /** A notably heavier or lighter stretch of the last 2 to 6 weeks, or `null`. */
  stretch: StretchSummary | null;
  /** The grounding chosen most on heavy days before, when it is worth naming, or `null`. */
  helped: HelpedSummary | null;
  /** The sentences to show or print, one per line, in this order: week, month, stretch, helped. */
  lines: string[];
}

function period(index: GlimmerIndex, name: 'week' | 'month', from: string, to: string, filter: Pick<IndexQuery, 'themes' | 'moment'>): PeriodSummary {
  const q = index.query({ from, to, ...filter, recentLimit: 0, counts: false, periods: false });
  const intensity = q.intensity.mean;
  const weight = q.weight.mean;
  let sentence: string;
  if (q.count === 0) sentence = `No glimmers this ${name} so far.`;
  else {
    const means = [intensity === null ? '' : `intensity ${oneDecimal(intensity)}`, weight === null ? '' : `weight ${oneDecimal(weight)}`].filter((s) => s !== '');
    sentence = `This ${name}: ${glimmerCount(q.count)} on ${dayCount(q.days)}${means.length > 0 ? `, with ${means.join(' and ')} on average` : ''}.`;
  }
  return { from, to, count: q.count, days: q.days, intensity, weight, sentence };
}

/**
 * The summary sentences for `today` from the glimmers in `index` (with the dashboard's theme and
 * moment filters, if any). Pure: the same index and options always give the same sentences.
 * @example
 * summarizeHistory(index, { today: '2026-03-04', weekStart: 1 }).lines
 * // ['This week: 3 glimmers on 2 days, with intensity 3.7 and weight 2.0 on average.', …]
 */
export function summarizeHistory(index: GlimmerIndex, options: SummaryOptions): HistorySummary {
  const today = options.today;
  const weekStart = typeof options.weekStart === 'number' && Number.isInteger(options.weekStart) && options.weekStart >= 0 && options.weekStart <= 6 ? options.weekStart : 1;
  const filter: Pick<IndexQuery, 'themes' | 'moment'> = {};
  if (Array.isArray(options.themes) && options.themes.length > 0) filter.themes = [...options.themes];
  if (typeof options.moment === 'string' && options.moment !== '') filter.moment = options.moment;

  const weekFrom = startOfWeek(today, weekStart);
  if (weekFrom === null) {
    // Not a real day: no sentence can be about "this week".
    const none: PeriodSummary = { from: today, to: today, count: 0, days: 0, intensity: null, weight: null, sentence: '' };
    return { week: none, month: { ...none }, stretch: null, helped: null, lines: [] };
  }
  const week = period(index, 'week', weekFrom, addDays(weekFrom, 6) as string, filter);
  const monthFrom = `${today.slice(0, 7)}-01`;
  const month = period(index, 'month', monthFrom, addDays(addMonths(monthFrom, 1) as string, -1) as string, filter);
  const stretch = findStretch(index, today, weekStart, filter);
  const helped = whatHelped(index, today, weekStart, stretch, filter);
  const lines = [week.sentence, month.sentence];
  if (stretch) lines.push(stretch.sentence);
  if (helped) lines.push(helped.sentence);
  return { week, month, stretch, helped, lines };
}
