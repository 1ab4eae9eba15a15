/**
 * Choosing a glimmer worth rereading, and the next one after it ("Show another"). The walk is one
 * rule ({@link revisitCandidates}); {@link nextRevisit} takes it for callers that know each
 * glimmer's words (the command line, tests), and the plugin takes it while reading notes.
 */
import type { IndexEntry } from '../index/index-query.ts';
import { revisitOrder, type RevisitOptions } from './revisit-order.ts';
import type { RevisitSource } from './revisit-source.ts';
import { revisitText, type RevisitText } from './revisit-text.ts';

/** One glimmer in the walk, with its place in today's order. */
export interface RevisitCandidate {
  entry: IndexEntry;
  /** Its position in today's order (pass it as `after` to continue after it). */
  position: number;
}

/** One glimmer to reread, with its words. */
export interface RevisitChoice extends RevisitCandidate {
  text: RevisitText;
}

/** Options of {@link nextRevisit}. */
export interface NextRevisitOptions extends RevisitOptions {
  /** The position shown last; the next choice comes after it, going round at the end. Default: none shown yet. */
  after?: number;
  /** The words of a glimmer; default {@link revisitText} (its parsed sections). */
  textOf?: (entry: IndexEntry) => RevisitText | null;
}

/**
 * Today's order from just after position `after` to its end, then from its start up to `after`:
 * every glimmer once, so "Show another" shows each before any comes twice. Lazy: stops costing as
 * soon as the caller stops asking.
 */
export function* revisitCandidates(source: RevisitSource, options: RevisitOptions, after = -1): Generator<RevisitCandidate> {
  const from = Number.isInteger(after) && after >= 0 ? after + 1 : 0;
  yield* revisitOrder(source, options, from);
  if (from === 0) return;
  for (const candidate of revisitOrder(source, options)) {
    if (candidate.position >= from) return;
    yield candidate;
  }
}

/**
 * The next glimmer with words to reread after position `after` in today's order (going round to
 * the start after the end), or `null` when no glimmer in the order has words to reread.
 */
export function nextRevisit(source: RevisitSource, options: NextRevisitOptions): RevisitChoice | null {
  const textOf = options.textOf ?? ((entry: IndexEntry) => revisitText(entry.glimmer));
  for (const candidate of revisitCandidates(source, options, options.after)) {
    const text = textOf(candidate.entry);
    if (text !== null) return { ...candidate, text };
  }
  return null;
}

/**
 * Today's glimmer worth rereading: the first in today's order that has words to reread. The same
 * all day for the same glimmers, and unchanged by glimmers written since (they are too recent).
 *
 * @example
 * const choice = chooseRevisit(revisitSourceOf(entries), { today: '2026-06-26' });
 * choice?.text.text; // "Reconnection is often awkward. Awkward is fine."
 */
export function chooseRevisit(source: RevisitSource, options: Omit<NextRevisitOptions, 'after'>): RevisitChoice | null {
  return nextRevisit(source, { ...options, after: -1 });
}
