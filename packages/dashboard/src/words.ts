/**
 * The dashboard's words: dates in plain English ("4 March 2026"), counts with the right plural,
 * and labels for theme and moment ids. Fixed English, not `Intl`, so the static export and the
 * tests read the same everywhere.
 */
import { DEFAULT_THEMES, MOMENTS } from '@glimmers/core';

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

/** The label of a theme id: the caller's, the core vocabulary's, or the id itself. */
export function themeLabel(id: string, labels: Record<string, string> | undefined): string {
  const own = labels && Object.prototype.hasOwnProperty.call(labels, id) ? labels[id] : undefined;
  if (typeof own === 'string' && own.trim() !== '') return own;
  return DEFAULT_THEMES.find((t) => t.id === id)?.label ?? id;
}

/** The label of a moment id, or the id itself. */
export function momentLabel(id: string): string {
  return MOMENTS.find((m) => m.id === id)?.label ?? id;
}

/** The file name of a path without folders and without `.md`. */
export function noteName(path: string): string {
  const base = path.slice(path.lastIndexOf('/') + 1);
  return base.toLowerCase().endsWith('.md') ? base.slice(0, -3) : base;
}
