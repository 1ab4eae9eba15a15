/**
 * The text of a glimmer's section found by its standard heading, as the exports and the digest
 * read it: headings compared without regard to case, spacing or curly apostrophes.
 */
import type { Glimmer } from './types.ts';

const fold = (heading: string): string => heading.replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();

/** The text under a standard section heading (case, spacing and curly apostrophes ignored), or `''`. */
export function sectionText(glimmer: Glimmer, heading: string): string {
  const wanted = fold(heading);
  return glimmer.sections.filter((s) => fold(s.heading) === wanted).map((s) => s.text).join('\n\n');
}
