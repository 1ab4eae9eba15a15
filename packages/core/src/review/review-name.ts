/**
 * Review note file names: the period and the word "review", never words from a note, so a file
 * list or a sync log shows nothing private. A second review of the same period gets a number.
 */
import type { ReviewPeriod } from './review-period.ts';

/** How many numbered names a writer tries before giving up. */
export const MAX_REVIEW_NAMES = 1000;

/**
 * The `n`-th name for a review of `period` (1 is the first choice): `2026-W10 review.md`, then
 * `2026-W10 review 2.md`, `2026-W10 review 3.md`, ... A writer tries them in turn and never
 * replaces a file that exists.
 */
export function reviewFileName(period: ReviewPeriod, n = 1): string {
  return n <= 1 ? `${reviewBaseName(period)}.md` : `${reviewBaseName(period)} ${Math.floor(n)}.md`;
}

/** The name of a period's first review without `.md` (`2026-W10 review`), for writers that number taken names themselves. */
export function reviewBaseName(period: ReviewPeriod): string {
  return `${period.label} review`;
}
