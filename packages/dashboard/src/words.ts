/**
 * The dashboard's words: dates in plain English ("4 March 2026"), counts with the right plural,
 * and labels for theme and moment ids. Fixed English, not `Intl`, so the static export and the
 * tests read the same everywhere.
 */
// Dates in words and the labels of theme and moment ids have one home, in core (the review notes use them too).
export { longDate, monthLabel, monthShort, shortDate, weekdayShort, themeLabel, momentLabel } from '@glimmers/core';

/** "1 glimmer", "3 glimmers". */
export function glimmers(n: number): string {
  return `${n} ${n === 1 ? 'glimmer' : 'glimmers'}`;
}

/** "1 day", "9 days". */
export function days(n: number): string {
  return `${n} ${n === 1 ? 'day' : 'days'}`;
}

/** A mean to one decimal, or "none" (never "NaN"). */
export function oneDecimal(value: number | null): string {
  return value === null ? 'none' : (Math.round(value * 10) / 10).toFixed(1);
}

/** The file name of a path without folders and without `.md`. */
export function noteName(path: string): string {
  const base = path.slice(path.lastIndexOf('/') + 1);
  return base.toLowerCase().endsWith('.md') ? base.slice(0, -3) : base;
}
