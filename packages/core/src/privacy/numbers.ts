/**
 * Detectors for identifying numbers: Social Security numbers, and record, account, licence, plate,
 * member and other ID numbers (HIPAA Safe Harbor identifiers 7-13 and 18).
 */
import type { Emit } from './types.ts';
import { countDigits, eachMatch, isNumberAlone, isWordCharAt } from './text.ts';

const SSN = /\d{3}([- ])\d{2}\1\d{4}/g;
const SSN_CONTEXT = /(\b(?:SSN|SS#|social\s+security(?:\s+(?:number|no\.?|#))?)\s*(?:#|:|is|was|number|no\.?)?\s*)(\d{3}[- ]?\d{2}[- ]?\d{4})/gi;

/** Social Security numbers: `123-45-6789`, `123 45 6789`, or nine digits after "SSN". */
export function detectSsns(text: string, emit: Emit): void {
  eachMatch(SSN, text, (m) => {
    const start = m.index;
    const end = start + m[0].length;
    if (!isNumberAlone(text, start, end)) return;
    // 000, 666 and 9xx areas, 00 groups and 0000 serials are never issued.
    const area = m[0].slice(0, 3);
    if (area === '000' || area === '666' || area.startsWith('9')) return;
    if (m[0].slice(4, 6) === '00' || m[0].slice(7) === '0000') return;
    emit('ssn', start, end, 85);
  });
  eachMatch(SSN_CONTEXT, text, (m) => {
    const start = m.index + (m[1] ?? '').length;
    const end = start + (m[2] ?? '').length;
    if (isNumberAlone(text, start, end)) emit('ssn', start, end, 88);
  });
}

// Words that say an ID number follows. Matched without regard to case.
const ID_WORDS = [
  'mrn',
  'medical\\s+record(?:\\s+(?:number|no\\.?|#))?',
  'record\\s+(?:number|no\\.?|#)',
  'chart\\s+(?:number|no\\.?|#)',
  '(?:patient|client|case|claim|policy|member(?:ship)?|subscriber|insurance|group|employee|student|badge|certificate|serial|device|reference|account|acct\\.?|customer|beneficiary|health\\s+plan|registration|licen[cs]e|driver\'?s\\s+licen[cs]e|passport|plate|tag|vin)\\s+(?:id|number|no\\.?|#)',
  'account',
  'acct\\.?',
  'medicaid(?:\\s+(?:id|number))?',
  'medicare(?:\\s+(?:id|number))?',
  'nhs\\s+(?:number|no\\.?)',
  'national\\s+insurance(?:\\s+number)?',
  'passport',
  'licen[cs]e(?:\\s+plate)?',
  'driver\'?s\\s+licen[cs]e',
  'plates?',
  'reg(?:istration)?\\s+plate',
  'vin',
  'serial',
  'id\\s+(?:number|no\\.?|#)',
  'identification\\s+number',
];
const ID_CONTEXT = new RegExp(`\\b(?:${ID_WORDS.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
// Upper-case only, so "id" or "vin" in ordinary words and names never count.
const ID_CONTEXT_UPPER = /\b(?:ID|NI|VIN|DL|MRN|NHS)(?![\p{L}\p{N}])/gu;
// Between the words and the number: "#", ":", "is", "number", "ending in" ….
const FILLER = /^(?:\s*(?:#|:|=|is|was|no\.?|number|ending\s+in|ends\s+in|starting\s+with|reads)(?![\p{L}\p{N}]))*\s*/iu;
// The ID itself: letters and digits with at least one digit ("XKD-55821", "7ABC123", "#4471").
const ID_TOKEN = /^#?[A-Z0-9](?:[A-Z0-9]|-(?=[A-Z0-9])|\/(?=[0-9]))*/iu;
// Further space-separated groups: digits ("943 476 5919") or a plate's capital letters ("AB12 CDE").
const ID_GROUP = /^ (?:[0-9]{2,4}|[A-Z]{3})(?![\p{L}\p{N}])/u;

function idTokenOk(token: string): boolean {
  const digits = countDigits(token);
  if (digits < 2 || token.length < 3) return false;
  const bare = token.replace(/^#/, '');
  // A four-digit year alone ("licence since 2019") is not an ID.
  if (/^(?:19|20)\d\d$/.test(bare)) return false;
  // A lower-case word that merely ends in digits is prose, not an ID.
  if (/^[a-z]+$/.test(bare.replace(/[0-9-]/g, '')) && /[a-z]{4,}/.test(bare)) return false;
  return true;
}

function emitAfterContext(text: string, contextEnd: number, emit: Emit): void {
  const rest = text.slice(contextEnd, contextEnd + 60);
  const filler = FILLER.exec(rest);
  const offset = filler ? filler[0].length : 0;
  const token = ID_TOKEN.exec(rest.slice(offset));
  if (!token) return;
  let value = token[0];
  for (let i = 0; i < 3; i++) {
    const group = ID_GROUP.exec(rest.slice(offset + value.length));
    if (!group) break;
    value += group[0];
  }
  // A UK National Insurance number ends with one letter: "QQ 12 34 56 C".
  const suffix = /^[A-Z]{2}(?: \d{2}){3}$/.test(value) ? / [A-D](?![\p{L}\p{N}])/u.exec(rest.slice(offset + value.length)) : null;
  if (suffix !== null && suffix.index === 0) value += suffix[0];
  if (!idTokenOk(value)) return;
  const start = contextEnd + offset;
  const end = start + value.length;
  if (isWordCharAt(text, end)) return;
  emit('id-number', start, end, 85);
}

const LONG_DIGITS = /\d{8,}/g;
const LETTER_CODE = /[A-Z]{1,3}-?\d{5,}[A-Z]{0,2}/g;
const HASH_NUMBER = /#\d{4,}/g;

/**
 * Record, account, licence, plate, member and other ID numbers after words that name them
 * ("MRN 4471932", "member ID: XKD-55821", "plate 7ABC123"); and, without such words, long digit
 * runs (8 or more), letter-prefixed codes (`AB1234567`) and `#12345`-style numbers.
 */
export function detectIdNumbers(text: string, emit: Emit): void {
  eachMatch(ID_CONTEXT, text, (m) => emitAfterContext(text, m.index + m[0].length, emit));
  eachMatch(ID_CONTEXT_UPPER, text, (m) => emitAfterContext(text, m.index + m[0].length, emit));
  eachMatch(LONG_DIGITS, text, (m) => {
    const start = m.index;
    const end = start + m[0].length;
    if (!isWordCharAt(text, start - 1) && !isWordCharAt(text, end)) emit('id-number', start, end, 50);
  });
  eachMatch(LETTER_CODE, text, (m) => {
    const start = m.index;
    const end = start + m[0].length;
    if (!isWordCharAt(text, start - 1) && !isWordCharAt(text, end)) emit('id-number', start, end, 50);
  });
  eachMatch(HASH_NUMBER, text, (m) => {
    const start = m.index;
    const end = start + m[0].length;
    if (isWordCharAt(text, start - 1) || isWordCharAt(text, end)) return;
    if (/^#(?:19|20)\d\d$/.test(m[0])) return;
    emit('id-number', start, end, 50);
  });
}
