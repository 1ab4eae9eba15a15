/**
 * What a glimmer offers to reread: its "What I want to remember" text, or else its "What I
 * witnessed" text. A glimmer with neither is never offered.
 */
import type { Glimmer } from '../format/types.ts';
import { sectionText } from '../format/sections.ts';
import { STANDARD_SECTIONS } from '../format/vocabulary.ts';

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
    // Core's one rule for a section by its heading (comments left out, trimmed).
    const text = sectionText(glimmer, heading);
    if (text !== '') return { heading, text };
  }
  return null;
}
