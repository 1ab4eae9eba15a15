/**
 * Which regions of the body map a `body` entry names: the one rule, used by the form (to show an
 * entry's region as pressed) and by the dashboard's body map (to count entries per region).
 */
import { BODY_REGIONS, type BodyRegionId } from './regions.ts';

/** The longest name, in words (`pelvic floor`, `shoulder blades`). */
const MAX_NAME_WORDS = 3;

interface NameTable {
  /** Each name, as its words joined by one space, to its region. */
  readonly byName: ReadonlyMap<string, BodyRegionId>;
  readonly order: ReadonlyMap<BodyRegionId, number>;
}

function buildTable(): NameTable {
  const byName = new Map<string, BodyRegionId>();
  const order = new Map<BodyRegionId, number>();
  BODY_REGIONS.forEach((r, i) => {
    order.set(r.id, i);
    for (const name of r.names) byName.set(words(name).join(' '), r.id);
  });
  return { byName, order };
}

/**
 * The words of an entry, lower case: letters and digits only, `'s` dropped (`heart's` → `heart`).
 * Apostrophes inside a word (`didn't`) stay part of it.
 */
function words(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2019\u2018]/g, "'")
    .split(/[^\p{L}\p{N}']+/u)
    .map((w) => w.replace(/^'+|'+$/g, '').replace(/'s$/, ''))
    .filter((w) => w !== '');
}

/** Built once when the module loads; never changed afterwards. */
const TABLE: NameTable = buildTable();

/**
 * The body map regions a `body` entry names, in head-to-feet order, each once; `[]` when it
 * names none. Reads whole words, longest name first, so `shoulder blades` is the back, not the
 * shoulders, and `chesterfield` is no chest.
 *
 * @example
 * bodyRegionsOf('warm chest');          // ['chest']
 * bodyRegionsOf('stomach');             // ['belly']
 * bodyRegionsOf('jaw loosened');        // ['face-jaw']
 * bodyRegionsOf('tight jaw, shoulders'); // ['face-jaw', 'shoulders']
 * bodyRegionsOf('calm');                // []
 */
export function bodyRegionsOf(entry: string): BodyRegionId[] {
  const { byName, order } = TABLE;
  const tokens = words(entry);
  const found = new Set<BodyRegionId>();
  let i = 0;
  while (i < tokens.length) {
    let matched = 0;
    for (let n = Math.min(MAX_NAME_WORDS, tokens.length - i); n >= 1; n--) {
      const id = byName.get(tokens.slice(i, i + n).join(' '));
      if (id !== undefined) {
        found.add(id);
        matched = n;
        break;
      }
    }
    i += matched > 0 ? matched : 1;
  }
  return [...found].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
}
