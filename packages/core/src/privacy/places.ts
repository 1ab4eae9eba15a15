/**
 * Detectors for places smaller than a state: street addresses, and ZIP codes or postcodes where the
 * context says so (HIPAA Safe Harbor identifier 2).
 */
import type { Emit } from './types.ts';
import { eachMatch, isWordCharAt } from './text.ts';
import { detectWorldAddresses, detectWorldPostcodes } from './places-world.ts';

const SUFFIX =
  '(?:Street|St|Avenue|Ave|Road|Rd|Lane|Ln|Drive|Dr|Boulevard|Blvd|Court|Ct|Place|Pl|Way|Terrace|Ter|Close|Crescent|Cres|Parkway|Pkwy|Highway|Hwy|Circle|Cir|Square|Sq|Trail|Trl|Row|Gardens|Gdns|Mews|Grove|Walk|Wharf)';
const NAME_WORD = "[A-Z][\\p{L}'’.-]*";
const UNIT = "(?:,?\\s+(?:Apt|Apartment|Unit|Suite|Flat|#)\\.?\\s*#?[A-Za-z0-9-]+)?";
// A flat or apartment before the number ("Flat 3, 27 Kingsley Road"), a direction after the street ("Queen Street West").
const UNIT_BEFORE = '(?:(?:Flat|Apartment|Apt|Unit|Suite)\\.?\\s*#?\\d+[A-Za-z]?,?\\s+)?';
const DIRECTION_AFTER = '(?:\\s+(?:North|South|East|West)(?![\\p{L}\\p{N}]))?';
const NUMBERED = new RegExp(`\\b${UNIT_BEFORE}\\d{1,5}[A-Za-z]?,?\\s+(?:(?:N|S|E|W|NE|NW|SE|SW)\\.?\\s+)?(?:${NAME_WORD}\\s+){1,3}${SUFFIX}(?![\\p{L}\\p{N}])${DIRECTION_AFTER}\\.?${UNIT}`, 'gu');
const NAMED = new RegExp(`(\\b(?:on|off|at|near|along)\\s+)((?:${NAME_WORD}\\s+){1,2}(?:Street|Avenue|Road|Lane|Drive|Boulevard|Terrace|Crescent|Parkway))(?![\\p{L}\\p{N}])`, 'gu');
const PO_BOX = /\b(?:P\.?\s?O\.?\s?Box|Post\s+Office\s+Box)\s+\d+/gi;
const APARTMENT = /\b(?:Apt|Apartment|Flat)\.?\s*#?\d+[A-Za-z]?\b/g;

/**
 * Street addresses: "123 Maple Street", "42 Elm St., Apt 3B", "on Juniper Road", "PO Box 881",
 * "Apartment 4B". The street name must be capitalised, so "2 long road trips" is not one.
 */
export function detectAddresses(text: string, emit: Emit): void {
  eachMatch(NUMBERED, text, (m) => {
    const value = m[0].replace(/[.,]$/, '');
    emit('address', m.index, m.index + value.length, 70);
  });
  eachMatch(NAMED, text, (m) => {
    const start = m.index + (m[1] ?? '').length;
    emit('address', start, start + (m[2] ?? '').length, 68);
  });
  eachMatch(PO_BOX, text, (m) => emit('address', m.index, m.index + m[0].length, 70));
  eachMatch(APARTMENT, text, (m) => emit('address', m.index, m.index + m[0].length, 68));
  detectWorldAddresses(text, emit);
}

const STATES =
  'AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC|PR';
const STATE_ZIP = new RegExp(`(\\b(?:${STATES}),?\\s+)(\\d{5}(?:-\\d{4})?)\\b`, 'g');
const ZIP_CONTEXT =
  /(\b(?:zip|zip\s*code|zipcode|post\s*code|postal\s+code)\s*(?:#|:|is|was|of)?\s*)([A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}|[A-Z]\d[A-Z]\s?\d[A-Z]\d|\d{4,5}(?:-\d{4})?)(?![\p{L}\p{N}])/giu;
const UK = /\b[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b/g;
const CANADA = /\b[A-Z]\d[A-Z] \d[A-Z]\d\b/g;

/**
 * ZIP codes and postcodes: a number after "ZIP", "postcode" or a US state abbreviation
 * ("ZIP 90210", "Springfield, IL 62704"), and UK or Canadian postcodes by their shape ("SW1A 1AA", "K1A 0B6").
 * A five-digit number alone is not one.
 */
export function detectPostcodes(text: string, emit: Emit): void {
  eachMatch(STATE_ZIP, text, (m) => {
    const start = m.index + (m[1] ?? '').length;
    emit('postcode', start, start + (m[2] ?? '').length, 72);
  });
  eachMatch(ZIP_CONTEXT, text, (m) => {
    const start = m.index + (m[1] ?? '').length;
    const end = start + (m[2] ?? '').length;
    if (!isWordCharAt(text, end)) emit('postcode', start, end, 72);
  });
  for (const pattern of [UK, CANADA]) {
    eachMatch(pattern, text, (m) => emit('postcode', m.index, m.index + m[0].length, 72));
  }
  detectWorldPostcodes(text, emit);
}
