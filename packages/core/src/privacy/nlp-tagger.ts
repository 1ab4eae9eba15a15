/**
 * The {@link NameTagger} port filled by `compromise` (MIT), a rule-and-lexicon English tagger that
 * runs offline in any JavaScript engine (no Node or DOM API, no network, no `eval`). Loaded only
 * through `loadPersonNameFinder` (a dynamic import), so the plugin pays for it when a form opens or
 * a check runs, never at start-up.
 */
import nlp from 'compromise';
import type { NameTagger, TaggedTerm } from './person-names.ts';

interface TermJson {
  tags: string[];
  offset: { start: number; length: number };
}

/** A tagger backed by compromise: each term of a line with its tags, and its dictionary. */
export function createNlpTagger(): NameTagger {
  // compromise types its world as `object`; its dictionary lives at model.one.lexicon (word → tag).
  const world = nlp.world() as { model?: { one?: { lexicon?: Record<string, string | string[] | undefined> } } };
  const lexicon = world.model?.one?.lexicon ?? {};
  return {
    tag(line: string): TaggedTerm[] {
      const out: TaggedTerm[] = [];
      const sentences = nlp(line).json({ offset: true, terms: { offset: true } }) as { terms: TermJson[] }[];
      for (const sentence of sentences) {
        for (const term of sentence.terms) out.push({ start: term.offset.start, end: term.offset.start + term.offset.length, tags: term.tags });
      }
      return out;
    },
    lexicon(word: string): string | undefined {
      const tag = Object.prototype.hasOwnProperty.call(lexicon, word) ? lexicon[word] : undefined;
      return Array.isArray(tag) ? tag[0] : tag;
    },
  };
}
