/**
 * "Before you go": which of the person's own grounding practices to suggest after a save, ordered
 * by what they chose before after similar days. Pure: the plugin hands in the glimmers it knows.
 */

/** What a past glimmer tells about grounding: its day, its weight, and what was chosen. */
export interface GroundingHistoryItem {
  /** The glimmer's calendar day, `YYYY-MM-DD`. */
  readonly day: string;
  readonly weight?: number;
  readonly grounding: readonly string[];
}

/** What {@link suggestGrounding} needs. */
export interface GroundingSuggestionInput {
  /** The person's toolkit ("What helps me get back to basics"), in their order. */
  readonly toolkit: readonly string[];
  /** Past glimmers, in any order. */
  readonly history: Iterable<GroundingHistoryItem>;
  /** The weight of the glimmer just saved, when it has one. */
  readonly weight?: number;
  /** How many to suggest (default 3). */
  readonly limit?: number;
  /** What the new glimmer already names in `grounding`: never suggested again. */
  readonly chosen?: readonly string[];
}

/** How far apart two weights may be and still count as similar days. */
const SIMILAR_WEIGHT = 1;

interface Score {
  similar: number;
  any: number;
  lastDay: string;
}

const key = (word: string): string => word.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Up to `limit` practices from the toolkit, most helpful first: chosen most often after days of a
 * similar weight (within one step; every day counts when the new glimmer has no weight), then most
 * often at all, then most recently, then in the toolkit's own order. Only the toolkit's words are
 * suggested, written as the toolkit writes them, leaving out what the glimmer already names; with
 * no history the toolkit's first ones lead.
 *
 * @example
 * suggestGrounding({ toolkit: ['a slow breath', 'a short walk'], weight: 4,
 *   history: [{ day: '2026-03-02', weight: 4, grounding: ['A short walk'] }] });
 * // ['a short walk', 'a slow breath']
 */
export function suggestGrounding(input: GroundingSuggestionInput): string[] {
  const limit = Math.max(0, input.limit ?? 3);
  const scores = new Map<string, Score>();
  const toolkit: string[] = [];
  const chosen = new Set((input.chosen ?? []).map(key));
  for (const word of input.toolkit) {
    const k = key(word);
    if (k === '' || scores.has(k) || chosen.has(k)) continue;
    scores.set(k, { similar: 0, any: 0, lastDay: '' });
    toolkit.push(word);
  }
  for (const item of input.history) {
    const similar = input.weight === undefined || (item.weight !== undefined && Math.abs(item.weight - input.weight) <= SIMILAR_WEIGHT);
    const seen = new Set<string>();
    for (const word of item.grounding) {
      const k = key(word);
      const score = scores.get(k);
      if (score === undefined || seen.has(k)) continue;
      seen.add(k);
      score.any++;
      if (similar) score.similar++;
      if (item.day > score.lastDay) score.lastDay = item.day;
    }
  }
  const ranked = toolkit.map((word, order) => ({ word, order, score: scores.get(key(word)) as Score }));
  ranked.sort((a, b) =>
    b.score.similar - a.score.similar
    || b.score.any - a.score.any
    || (a.score.lastDay < b.score.lastDay ? 1 : a.score.lastDay > b.score.lastDay ? -1 : 0)
    || a.order - b.order);
  return ranked.slice(0, limit).map((r) => r.word);
}
