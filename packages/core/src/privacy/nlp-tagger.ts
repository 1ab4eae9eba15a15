/**
 * The {@link NameTagger} port filled by `compromise` (MIT), a rule-and-lexicon English tagger that
 * runs offline in any JavaScript engine (no Node or DOM API, no network, no `eval`). Loaded only
 * through `loadPersonNameFinder` (a dynamic import), so the plugin pays for it when a form opens or
 * a check runs, never at start-up.
 */
import nlp from 'compromise/two';
import type { NameTagger, TaggedTerm } from './person-names.ts';

// The steps of compromise's own pipeline (`nlp(text)`) that the tags depend on, after its tokenizer
// (which has already run its "contractions", "alias" and "machine" steps). Left out: "postTagger",
// its second pass of several hundred phrase patterns, which took two thirds of the library's time
// on the bench vault while the rules read only what the dictionary and the first pass give (first
// names, places, organisations, verb forms); and "id", "freeze" and "typeahead", which tag nothing.
// Measured against the whole pipeline: the same names on every labelled set, the example vault and
// the seed text (tests/core/privacy-name-tagger.test.ts, docs/performance.md).
const FIRST_PASS = ['index', 'lexicon', 'preTagger', 'contractionTwo'];

// A term as compromise keeps it: its tags and, once computed, its place in the text.
interface Term {
  tags: Set<string>;
  offset?: { start: number; length: number };
}

/** A tagger backed by compromise: each term of a line with the tags of its dictionary and first pass, and its dictionary. */
export function createNlpTagger(): NameTagger {
  // compromise types its world as `object`; its dictionary lives at model.one.lexicon (word → tag).
  const world = nlp.world() as { model?: { one?: { lexicon?: Record<string, string | string[] | undefined> } } };
  const lexicon = world.model?.one?.lexicon ?? {};
  return {
    tag(line: string): TaggedTerm[] {
      const out: TaggedTerm[] = [];
      // The terms themselves, not `.json()`: the same tags and offsets at a third of the cost.
      const doc = nlp.tokenize(line);
      doc.compute(FIRST_PASS);
      doc.compute('offset');
      for (const terms of (doc as unknown as { docs: Term[][] }).docs) {
        for (const term of terms) {
          if (term.offset !== undefined) out.push({ start: term.offset.start, end: term.offset.start + term.offset.length, tags: [...term.tags] });
        }
      }
      return out;
    },
    lexicon(word: string): string | undefined {
      const tag = Object.prototype.hasOwnProperty.call(lexicon, word) ? lexicon[word] : undefined;
      return Array.isArray(tag) ? tag[0] : tag;
    },
  };
}
