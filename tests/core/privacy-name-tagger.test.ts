// The name check's cost cuts (issue #12 item 2) keep its answers: the language library's first pass
// alone finds the same names as its whole pipeline on every labelled sentence and the example vault,
// and the quick answer for text without a capital letter is the answer the full check gives.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import nlp from 'compromise/two';
import { createPersonNameFinder, loadPersonNameFinder, type NameSpan, type NameTagger, type PersonNameFinder } from '@glimmers/core';
import { HOLDOUT_CLEAN, HOLDOUT_NAMES } from './privacy-names-holdout.ts';
import { HOLDOUT3_CLEAN, HOLDOUT3_NAMES } from './privacy-names-holdout-3.ts';
import { TUNING_CLEAN, TUNING_NAMES } from './privacy-names-tuning.ts';
import { CLEAN, WITH_IDENTIFIERS } from './privacy-sentences.ts';
import { HOLDOUT_CLEAN as OLD_CLEAN, HOLDOUT_WITH_IDENTIFIERS as OLD_WITH } from './privacy-holdout.ts';
import { HOLDOUT2_CLEAN as OLD2_CLEAN, HOLDOUT2_WITH_IDENTIFIERS as OLD2_WITH } from './privacy-holdout-2.ts';

const EXAMPLE_VAULT = join(import.meta.dirname, '..', '..', 'examples', 'vault');

function exampleLines(): string[] {
  const files = (readdirSync(EXAMPLE_VAULT, { recursive: true }) as string[]).filter((f) => f.endsWith('.md'));
  return files.flatMap((f) => readFileSync(join(EXAMPLE_VAULT, f), 'utf8').split('\n'));
}

/** The library as the name check used it before: `nlp(line)`, every step of its pipeline. */
function wholePipeline(lexicon: NameTagger['lexicon']): NameTagger {
  return {
    lexicon,
    tag(line) {
      const doc = nlp(line);
      doc.compute('offset');
      const terms = (doc as unknown as { docs: { tags: Set<string>; offset?: { start: number; length: number } }[][] }).docs.flat();
      return terms.flatMap((t) => (t.offset ? [{ start: t.offset.start, end: t.offset.start + t.offset.length, tags: [...t.tags] }] : []));
    },
  };
}

const texts = (spans: NameSpan[], text: string): string[] => spans.map((s) => text.slice(s.start, s.end));

let firstPass: PersonNameFinder;
beforeAll(async () => {
  firstPass = await loadPersonNameFinder();
}, 60_000);

describe('the name check with the library first pass only', () => {
  it('finds the same names as the whole pipeline on every labelled sentence and the example vault', () => {
    const sentences = [
      ...[...TUNING_NAMES, ...HOLDOUT_NAMES, ...HOLDOUT3_NAMES].map((r) => r.text), ...TUNING_CLEAN, ...HOLDOUT_CLEAN, ...HOLDOUT3_CLEAN,
      ...[...CLEAN, ...WITH_IDENTIFIERS, ...OLD_CLEAN, ...OLD_WITH, ...OLD2_CLEAN, ...OLD2_WITH].map((r) => r.text),
      ...exampleLines(),
    ];
    expect(sentences.length).toBeGreaterThan(1_000);
    // The dictionary is the library's either way; only the tagging differs.
    const words = (nlp.world() as { model: { one: { lexicon: Record<string, string | string[]> } } }).model.one.lexicon;
    const lexicon = (word: string): string | undefined => {
      const tag = Object.prototype.hasOwnProperty.call(words, word) ? words[word] : undefined;
      return Array.isArray(tag) ? tag[0] : tag;
    };
    const whole = createPersonNameFinder(wholePipeline(lexicon));
    const differ = sentences.filter((s) => texts(firstPass.find(s), s).join('|') !== texts(whole.find(s), s).join('|'));
    expect(differ).toEqual([]);
    // And it finds names at all (a finder that found nothing would pass the comparison above).
    expect(sentences.filter((s) => firstPass.find(s).length > 0).length).toBeGreaterThan(100);
  });
});

describe('text without a capital letter', () => {
  // "EMDR" is all capitals, never a name: appending it only switches the quick answer off.
  const full = (finder: PersonNameFinder, text: string): NameSpan[] => finder.find(`${text}\nEMDR`);
  const word = fc.constantFrom('she', 'Kwame', 'told', 'me', 'mrs.', 'Mrs.', 'okonkwo', 'her', 'son', 'idris', 'Today', 'when', 'laughed', 'é', 'Ñ', 'ǅ', "o'brien", '.', ',', '!', '\n', '\r\n', ' ');
  const textArb = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.array(word, { maxLength: 30 }).map((w) => w.join(' ')));

  it('gets the answer the full check gives, with and without the library', () => {
    for (const finder of [firstPass, createPersonNameFinder()]) {
      fc.assert(fc.property(textArb, (text) => {
        expect(finder.find(text)).toEqual(full(finder, text));
      }), { numRuns: 300 });
    }
  });

  it('has no names, and needs no library to say so', () => {
    expect(firstPass.find('today kwame laughed, and her son idris did too.')).toEqual([]);
    expect(texts(firstPass.find('When Kwame spoke about his daughter.'), 'When Kwame spoke about his daughter.')).toEqual(['Kwame']);
  });
});
