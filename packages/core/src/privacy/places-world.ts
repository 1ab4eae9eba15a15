/**
 * Street addresses and postcodes as they are written outside the English-speaking world: the
 * street word of the language before or inside the name ("12 rue des Lilas", "Via Roma 22",
 * "Hauptstraße 45", "Calle Mayor 8") and a postcode next to its town ("75011 Paris", "10115 Berlin",
 * "Amsterdam, 1012 AB"). A street word with no number ("walked down the rue") is not an address.
 */
import type { Emit } from './types.ts';
import { eachMatch, isWordCharAt, unitFollows } from './text.ts';

// A capitalised word of a street name, or a small linking word ("de", "des", "della", "da").
const LINK = "(?:de|des|du|del|della|delle|dei|di|da|do|dos|das|la|le|les|el|l['’]|d['’]|von|der|am|an|im)";
const CAP = "\\p{Lu}[\\p{L}'’.-]*";
const STREET_NAME = `(?:${LINK}\\s+)?${CAP}(?:\\s+(?:${LINK}\\s+)?${CAP}){0,3}`;
// French-style: number, street word (any case), name. "8 bis avenue Victor Hugo", "12 rue des Lilas".
const NUMBER_FIRST = new RegExp(
  `\\b\\d{1,4}(?:\\s?(?:bis|ter|[a-z]))?,?\\s+(?:rue|avenue|av\\.|boulevard|bd|place|allée|allee|chemin|impasse|quai|cours|route|Rue|Avenue|Boulevard|Place|Allée|Chemin|Impasse|Quai|Cours|Route)\\s+${STREET_NAME}`,
  'gu',
);
// Italian, Spanish, Portuguese, Dutch, German street words before the name, the number after.
const WORD_FIRST = new RegExp(
  `\\b(?:Via|Viale|Piazza|Corso|Vicolo|Calle|Carrer|Avenida|Avda\\.|Paseo|Plaza|Camino|Rua|Travessa|Largo|Praça|Rambla|Straße|Strasse|Platz)\\s+${STREET_NAME},?\\s+\\d{1,4}[a-zA-Z]?(?![\\p{L}\\p{N}])`,
  'gu',
);
// One word with the street word at its end, then the number: "Hauptstraße 45", "Lindenallee 7", "Kerkstraat 12".
const COMPOUND = /\b\p{Lu}\p{L}*(?:straße|strasse|str\.|weg|allee|platz|gasse|damm|ring|ufer|chaussee|straat|laan|gracht|plein|kade|gade|gatan|vägen|veien)\s+\d{1,4}[a-zA-Z]?(?![\p{L}\p{N}])/gu;

/** Street addresses with street words of other languages (see the module comment). */
export function detectWorldAddresses(text: string, emit: Emit): void {
  for (const pattern of [NUMBER_FIRST, WORD_FIRST, COMPOUND]) {
    eachMatch(pattern, text, (m) => {
      const value = m[0].replace(/[.,]+$/, '');
      emit('address', m.index, m.index + value.length, 70);
    });
  }
}

// Four or five digits right before a capitalised town name ("75011 Paris", "1010 Wien").
const CODE_TOWN = /\b(\d{4,5})\s+\p{Lu}\p{Ll}+/gu;
// A Dutch postcode: four digits and two capitals ("1012 AB"), never "AD", "BC", "AM" or "PM".
const DUTCH = /\b[1-9]\d{3} ?(?!AD|BC|CE|AM|PM|SA|SD|SS)[A-Z]{2}(?![\p{L}\p{N}])/gu;
const YEAR = /^(?:1[89]|20)\d\d$/;

/** Postcodes of continental Europe next to their town, and Dutch postcodes by their shape. */
export function detectWorldPostcodes(text: string, emit: Emit): void {
  eachMatch(CODE_TOWN, text, (m) => {
    const code = m[1] ?? '';
    if (YEAR.test(code) || isWordCharAt(text, m.index - 1)) return;
    const before = text.charAt(m.index - 1);
    if (before === ',' || before === '.' || before === '/' || before === ':') return;
    emit('postcode', m.index, m.index + code.length, 72);
  });
  eachMatch(DUTCH, text, (m) => {
    if (isWordCharAt(text, m.index - 1) || YEAR.test(m[0].slice(0, 4)) || unitFollows(text, m.index + 4)) return;
    emit('postcode', m.index, m.index + m[0].length, 72);
  });
}
