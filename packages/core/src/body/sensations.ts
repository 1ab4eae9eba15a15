/**
 * Sensation words for the body map, and how a region and a sensation become one `body` entry
 * (`warm chest`, or just `shoulders`): still plain words in the note's `body` list, readable by
 * Dataview and Bases, and read back to the map by `bodyRegionsOf`.
 */
import { bodyRegionsOf } from './body-regions-of.ts';
import { BODY_REGIONS, type BodyRegion, type BodyRegionId } from './regions.ts';

/**
 * The default sensation words, light and heavy side by side: what a region felt like. They read
 * before a region's word (`warm chest`, `tight shoulders`, `teary face and jaw`).
 */
export const DEFAULT_SENSATIONS: readonly string[] = Object.freeze([
  'warm', 'open', 'soft', 'loose', 'light', 'settled', 'tingling', 'buzzing',
  'tight', 'heavy', 'tense', 'achy', 'shaky', 'numb', 'teary',
]);

/** The `body` entry for a region, with a sensation in front when there is one. */
export function composeBodyEntry(region: BodyRegion, sensation?: string): string {
  const words = sensation?.replace(/\s+/g, ' ').trim() ?? '';
  return words === '' ? region.word : `${words} ${region.word}`;
}

/** A `body` entry the body map wrote: a region and its sensation (`''` for none). */
export interface BodyMapEntry {
  region: BodyRegionId;
  sensation: string;
}

/**
 * Reads an entry the body map would write back into its region and sensation: a region's word
 * alone (`shoulders`), or one of `sensations` before it (`warm chest`, case as in the list).
 * Any other entry (`tight jaw`, `a lump in my throat`, `lower back`) gives `null`: the form keeps
 * it as the person's own words.
 */
export function splitBodyEntry(entry: string, sensations: readonly string[]): BodyMapEntry | null {
  const text = entry.replace(/\s+/g, ' ').trim();
  for (const region of BODY_REGIONS) {
    if (text === region.word) return { region: region.id, sensation: '' };
    const suffix = ` ${region.word}`;
    if (!text.endsWith(suffix)) continue;
    const said = text.slice(0, -suffix.length).toLowerCase();
    const sensation = sensations.find((s) => s.replace(/\s+/g, ' ').trim().toLowerCase() === said);
    if (sensation !== undefined) return { region: region.id, sensation };
  }
  return null;
}

/**
 * The sensation words to offer: the person's body list without the words that name a place (the
 * list held places before the body map had regions: `chest`, `breath`, `hands`), or the default
 * sensations when nothing is left.
 */
export function sensationChoices(bodyWords: readonly string[]): string[] {
  const sensations = bodyWords.filter((w) => w.trim() !== '' && bodyRegionsOf(w).length === 0);
  return sensations.length > 0 ? sensations : [...DEFAULT_SENSATIONS];
}
