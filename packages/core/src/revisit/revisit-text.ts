/**
 * What a glimmer offers to reread: its "What I want to remember" text, or else its "What I
 * witnessed" text. A glimmer with neither is never offered.
 */
import type { Glimmer } from '../format/types.ts';
import { STANDARD_SECTIONS } from '../format/vocabulary.ts';

// TEMPORARY until onehome lands the one sections rule in format/sections.ts: do not land this.
export function standardSectionText(glimmer: Glimmer, heading: string): string | null {
  const fold = (h: string): string => h.replace(/[\u2018\u2019]/g, "'").trim().toLowerCase();
  const found = glimmer.sections.find((s) => fold(s.heading) === fold(heading));
  return found ? found.text.replace(/%%[\s\S]*?%%/g, '').trim() : null;
}

/** The words to reread and the heading they were written under. */
export interface RevisitText {
  /** `What I want to remember` or `What I witnessed`, as the format names them. */
  heading: string;
  /** The section's Markdown as written, without Obsidian comments, trimmed. */
  text: string;
}

/** The sections worth rereading, in order of preference. */
export const REVISIT_SECTIONS: readonly string[] = Object.freeze([STANDARD_SECTIONS[2] as string, STANDARD_SECTIONS[0] as string]);

/**
 * The words a glimmer offers to reread, or `null` when it has none. Reads the glimmer's parsed
 * sections: a glimmer read without its body (only the frontmatter) has none.
 * @example revisitText(glimmer) // { heading: 'What I want to remember', text: 'Awkward is fine.' }
 */
export function revisitText(glimmer: Glimmer): RevisitText | null {
  for (const heading of REVISIT_SECTIONS) {
    const text = standardSectionText(glimmer, heading);
    if (text !== null && text.trim() !== '') return { heading, text: text.trim() };
  }
  return null;
}
