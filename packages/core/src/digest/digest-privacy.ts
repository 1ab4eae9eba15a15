/**
 * The privacy check of what leaves the vault (the digest, and the command line's CSV and JSON rows):
 * every line it would quote and every word it would list is scanned for identifiers first, and what
 * has a finding is left out (unless the person has reviewed it and asks for it with "include
 * flagged"). A glimmer marked `privacy-reviewed: true` is trusted as it is.
 */
import type { Glimmer } from '../format/types.ts';
import { PRIVACY_REVIEWED_KEY } from '../privacy/issues.ts';
import { scanForIdentifiers, type ScanOptions } from '../privacy/scan.ts';

/** How the digest checks what it quotes. */
export interface DigestPrivacy {
  /** The identifier check's options (watch list, categories, the person-name finder). */
  scan: ScanOptions;
  /** Keep lines and words with findings (for a person who has reviewed them). */
  includeFlagged: boolean;
}

/** What the check left out, counted for the digest's closing line. */
export interface LeftOut {
  lines: number;
  words: number;
}

/** A filter shared by one digest: it checks and counts. */
export interface DigestFilter {
  /** The lines of `text` to quote from `glimmer` (flagged ones removed unless included or reviewed). */
  lines(glimmer: Glimmer, text: string): string[];
  /** Whether a listed word (a feeling, a body word, a grounding phrase, a theme label, a moment of one's own) may be shown. */
  word(word: string): boolean;
  readonly leftOut: LeftOut;
}

/** True when the glimmer's frontmatter says `privacy-reviewed: true` (the YAML boolean). */
export function glimmerReviewed(glimmer: Glimmer): boolean {
  return glimmer.extra[PRIVACY_REVIEWED_KEY] === true;
}

/** Makes the filter of one digest. */
export function digestFilter(privacy: DigestPrivacy): DigestFilter {
  const leftOut: LeftOut = { lines: 0, words: 0 };
  const flagged = (text: string): boolean => !privacy.includeFlagged && scanForIdentifiers(text, privacy.scan).length > 0;
  const words = new Map<string, boolean>();
  return {
    leftOut,
    lines(glimmer, text) {
      const lines = text.split(/\r?\n/);
      if (glimmerReviewed(glimmer)) return lines;
      return lines.filter((line) => {
        if (line.trim() === '' || !flagged(line)) return true;
        leftOut.lines++;
        return false;
      });
    },
    word(word) {
      const known = words.get(word);
      if (known !== undefined) return known;
      const ok = !flagged(word);
      if (!ok) leftOut.words++;
      words.set(word, ok);
      return ok;
    },
  };
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/**
 * The closing sentence about what the check left out, or `''` when nothing was: "2 lines and 1 listed
 * word were left out because they may identify someone; run glimmer lint to review them."
 */
export function leftOutSentence(leftOut: LeftOut, reviewHint: string): string {
  const parts = [
    ...(leftOut.lines > 0 ? [plural(leftOut.lines, 'line', 'lines')] : []),
    ...(leftOut.words > 0 ? [plural(leftOut.words, 'listed word', 'listed words')] : []),
  ];
  if (parts.length === 0) return '';
  const were = leftOut.lines + leftOut.words === 1 ? 'was' : 'were';
  return `${parts.join(' and ')} ${were} left out because ${leftOut.lines + leftOut.words === 1 ? 'it' : 'they'} may identify someone; ${reviewHint}.`;
}
