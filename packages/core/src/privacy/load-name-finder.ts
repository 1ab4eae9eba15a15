/**
 * Loads the person-name check with its language library. The library is imported only here, on
 * demand: in the Obsidian plugin (one bundled file) esbuild turns this dynamic import into code that
 * runs the first time it is called, so start-up never pays for it.
 */
import { createPersonNameFinder, type PersonNameFinder } from './person-names.ts';

/**
 * The person-name finder with its language library (compromise). Resolves once the library is
 * ready (a few hundred milliseconds the first time); later calls reuse the loaded module.
 */
export async function loadPersonNameFinder(): Promise<PersonNameFinder> {
  const { createNlpTagger } = await import('./nlp-tagger.ts');
  return createPersonNameFinder(createNlpTagger());
}
