/** The summary in words: the door of `summary/`. */
export { summarizeHistory, type HistorySummary, type PeriodSummary, type SummaryOptions } from './summary.ts';
export { SUMMARY_RULES, type HelpedSummary, type StretchSummary } from './stretch.ts';
export { dayCount, glimmerCount, oneDecimal } from './summary-words.ts';
