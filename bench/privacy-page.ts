/**
 * The page side of the privacy bench (bundled by `privacy-bench.ts` and run in headless Chromium with
 * the CPU throttled): how long the name check's library takes to load, and how long the identifier
 * check of a 2,000-character answer takes when it has just been pasted (every sentence new) and while
 * typing (only the last sentence new), beside the same check without names in the same page.
 */
import { DEFAULT_PRIVACY_CATEGORIES, loadPersonNameFinder, scanForIdentifiers } from '@glimmers/core';

/** What one run measures, in milliseconds. */
export interface PrivacyTimes {
  libraryMs: number;
  pasteMs: number[];
  typingMs: number[];
  patternsOnlyMs: number[];
  findings: number;
}

const PATTERNS_ONLY = DEFAULT_PRIVACY_CATEGORIES.filter((c) => c !== 'name');

async function run(text: string, typedBefore: string, runs: number): Promise<PrivacyTimes> {
  const t0 = performance.now();
  const first = await loadPersonNameFinder();
  const libraryMs = performance.now() - t0;
  const findings = scanForIdentifiers(text, { names: first }).length;
  const pasteMs: number[] = [];
  const typingMs: number[] = [];
  const patternsOnlyMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    // Pasted: a fresh finder has seen none of the sentences.
    const fresh = await loadPersonNameFinder();
    let t = performance.now();
    scanForIdentifiers(text, { names: fresh });
    pasteMs.push(performance.now() - t);
    // Typing: the finder checked the answer at the last pause; only the sentence being typed is new.
    const typing = await loadPersonNameFinder();
    scanForIdentifiers(typedBefore, { names: typing });
    t = performance.now();
    scanForIdentifiers(text, { names: typing });
    typingMs.push(performance.now() - t);
    t = performance.now();
    scanForIdentifiers(text, { categories: PATTERNS_ONLY });
    patternsOnlyMs.push(performance.now() - t);
  }
  return { libraryMs, pasteMs, typingMs, patternsOnlyMs, findings };
}

(window as unknown as { glimmersPrivacyBench: { run: typeof run } }).glimmersPrivacyBench = { run };
