/**
 * The dashboard's words: dates in plain English ("4 March 2026"), counts with the right plural,
 * and labels for theme and moment ids. Fixed English, not `Intl`, so the static export and the
 * tests read the same everywhere.
 */
import { DEFAULT_THEMES, MOMENTS, dayCount, glimmerCount, oneDecimal } from '@glimmers/core';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** "4 March 2026" for `2026-03-04`. */
export function longDate(day: string): string {
  const month = MONTHS[Number(day.slice(5, 7)) - 1] ?? '';
  return `${Number(day.slice(8, 10))} ${month} ${Number(day.slice(0, 4))}`;
}

/** "4 Mar" for `2026-03-04`. */
export function shortDate(day: string): string {
  return `${Number(day.slice(8, 10))} ${monthShort(day)}`;
}

/** "March 2026" for `2026-03` or a day in it. */
export function monthLabel(dayOrMonth: string): string {
  return `${MONTHS[Number(dayOrMonth.slice(5, 7)) - 1] ?? ''} ${Number(dayOrMonth.slice(0, 4))}`;
}

/** "Mar" for a day or month in March. */
export function monthShort(dayOrMonth: string): string {
  return (MONTHS[Number(dayOrMonth.slice(5, 7)) - 1] ?? '').slice(0, 3);
}

/** "Mon" for 1. */
export function weekdayShort(weekday: number): string {
  return (WEEKDAYS[((weekday % 7) + 7) % 7] ?? '').slice(0, 3);
}

/** "1 glimmer", "3 glimmers" (core's words, shared with the summary and the command line). */
export const glimmers: (n: number) => string = glimmerCount;

/** "1 day", "9 days". */
export const days: (n: number) => string = dayCount;

/** A mean to one decimal, or "none" (never "NaN"). */
export { oneDecimal };

/**
 * The label of a theme id: the caller's, the core vocabulary's, or else the id as words
 * (`my-own-theme` reads "My own theme"), never a bare id.
 */
export function themeLabel(id: string, labels: Record<string, string> | undefined): string {
  const own = labels && Object.prototype.hasOwnProperty.call(labels, id) ? labels[id] : undefined;
  if (typeof own === 'string' && own.trim() !== '') return own;
  return DEFAULT_THEMES.find((t) => t.id === id)?.label ?? idAsWords(id);
}

/**
 * An id written as a slug (`my-own_theme`) as words ("My own theme"): dashes and underscores
 * become spaces and the first letter a capital. Anything else is already words and stays as written.
 */
export function idAsWords(id: string): string {
  if (!/^[\p{L}\p{N}]+(?:[-_]+[\p{L}\p{N}]+)*$/u.test(id)) return id;
  const words = id.replace(/[-_]+/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The label of a moment id, or the id as words. */
export function momentLabel(id: string): string {
  return MOMENTS.find((m) => m.id === id)?.label ?? idAsWords(id);
}

/** The file name of a path without folders and without `.md`. */
export function noteName(path: string): string {
  const base = path.slice(path.lastIndexOf('/') + 1);
  return base.toLowerCase().endsWith('.md') ? base.slice(0, -3) : base;
}
