/**
 * Names for new glimmer notes, the same shape as the plugin's default pattern
 * (`{{date}} {{time}} {{slug}} {{id}}`): readable, and unlikely to collide even across devices
 * thanks to the random part, e.g. `2026-03-14 164012 she-said-it-out-loud k3f9.md`.
 * Collisions that still happen are caught by the exclusive create, which then asks for a new name.
 */
import { randomBytes } from 'node:crypto';

// No 0/o, 1/l/i: the random part is easy to read back.
const ALPHABET = '23456789abcdefghjkmnpqrstuvwxyz';
const MAX_SLUG = 40;

/** `YYYY-MM-DDTHH:mm` in local time: the day a person means when they say "today". */
export function localTimestamp(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/**
 * A short slug of the first words of `text`: letters and digits of any script, lowercased, joined
 * by `-`, at most 40 characters. Characters that file systems or Obsidian links dislike
 * (`/ \ : * ? " < > | # ^ [ ]`) never survive. Empty when no word is left.
 */
export function slugOf(text: string): string {
  const firstLine = text.normalize('NFKC').split('\n').find((line) => line.trim() !== '') ?? '';
  const words = firstLine.toLowerCase().replace(/['\u2019]/g, '').split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
  let slug = '';
  for (const word of words) {
    const next = slug === '' ? word : `${slug}-${word}`;
    if (next.length > MAX_SLUG) {
      if (slug === '') slug = [...word].slice(0, MAX_SLUG).join('');
      break;
    }
    slug = next;
  }
  return slug;
}

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
  const slug = slugOf(words) || 'glimmer';
  return `${day}${time === '' ? '' : ` ${time}`} ${slug} ${randomPart()}.md`;
}
