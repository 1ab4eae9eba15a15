/**
 * The {@link NameTagger} port filled by `compromise` (MIT), a rule-and-lexicon English tagger that
 * runs offline in any JavaScript engine (no Node or DOM API, no network, no `eval`). Loaded only
 * through `loadPersonNameFinder` (a dynamic import), so the plugin pays for it when a form opens or
 * a check runs, never at start-up.
 */
import nlp from 'compromise/two';
import type { NameTagger, TaggedTerm } from './person-names.ts';

// A term as compromise keeps it: its tags and, once computed, its place in the text.
interface Term {
  tags: Set<string>;
  offset?: { start: number; length: number };
}

/** A tagger backed by compromise: each term of a line with its tags, and its dictionary. */
export function createNlpTagger(): NameTagger {
  // compromise types its world as `object`; its dictionary lives at model.one.lexicon (word → tag).
  const world = nlp.world() as { model?: { one?: { lexicon?: Record<string, string | string[] | undefined> } } };
  const lexicon = world.model?.one?.lexicon ?? {};
  return {
    tag(line: string): TaggedTerm[] {
      const out: TaggedTerm[] = [];
      // The terms themselves, not `.json()`: the same tags and offsets at a third of the cost.
      const doc = nlp(line);
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
