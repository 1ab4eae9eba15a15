/**
 * Names for new glimmer notes, the same shape as the plugin's default pattern
 * (`{{date}} {{time}} {{slug}} {{id}}`): readable, and unlikely to collide even across devices
 * thanks to the random part, e.g. `2026-03-14 164012 she-said-it-out-loud k3f9.md`.
 * Collisions that still happen are caught by the exclusive create, which then asks for a new name.
 */
import { randomBytes } from 'node:crypto';
import { FALLBACK_SLUG, slugify } from '@glimmers/core';

// No 0/o, 1/l/i: the random part is easy to read back.
const ALPHABET = '23456789abcdefghjkmnpqrstuvwxyz';

/** Four random characters from a readable alphabet. */
export function randomPart(): string {
  return [...randomBytes(4)].map((b) => ALPHABET[b % ALPHABET.length]).join('');
}

/** `HHmmss` in local time, for file names. */
export function localTimeOfDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getHours())}${pad(date.getMinutes())}${pad(date.getSeconds())}`;
}

/**
 * The file name of a new glimmer: `day` (`YYYY-MM-DD`), `time` (`HHmmss`, or `''` to leave out),
 * a slug of `words`, and a fresh random part.
 */
export function newFileName(day: string, time: string, words: string): string {
  const slug = slugify(words) || FALLBACK_SLUG;
  return `${day}${time === '' ? '' : ` ${time}`} ${slug} ${randomPart()}.md`;
}
