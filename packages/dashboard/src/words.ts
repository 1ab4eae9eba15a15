/**
 * Words for the dashboard: the calendar and counts in plain English ("4 March 2026", "3 glimmers")
 * and labels for theme and moment ids. Fixed English, not `Intl`, so the static export and the
 * tests read the same everywhere. Every rule here has its home in core; this module only gathers
 * them under the dashboard's names.
 */
import { dayCount, glimmerCount, oneDecimal } from '@glimmers/core';

// Dates in words and the labels of theme and moment ids (unknown ids read as words) live in core (the review notes use them too).
export { longDate, monthLabel, monthShort, shortDate, weekdayShort, themeLabel, momentLabel } from '@glimmers/core';

/** "1 glimmer", "3 glimmers" (core's words, shared with the summary and the command line). */
export const glimmers: (n: number) => string = glimmerCount;

/** "1 day", "9 days". */
export const days: (n: number) => string = dayCount;

/** A mean to one decimal, or "none" (never "NaN"). */
export { oneDecimal };

/** The file name of a path without folders and without `.md`. */
export function noteName(path: string): string {
  const base = path.slice(path.lastIndexOf('/') + 1);
  return base.toLowerCase().endsWith('.md') ? base.slice(0, -3) : base;
}
