/**
 * The few words the summary sentences are built from, shared with the dashboard and the command
 * line so a figure reads the same everywhere: means to one decimal, counts with their plural.
 */

/** A mean to one decimal ("3.7"), or "none" for a missing mean (never "NaN"). */
export function oneDecimal(value: number | null): string {
  return value === null || !Number.isFinite(value) ? 'none' : (Math.round(value * 10) / 10).toFixed(1);
}

/** "1 glimmer", "3 glimmers". */
export function glimmerCount(n: number): string {
  return `${n} ${n === 1 ? 'glimmer' : 'glimmers'}`;
}

/** "1 day", "9 days". */
export function dayCount(n: number): string {
  return `${n} ${n === 1 ? 'day' : 'days'}`;
}
