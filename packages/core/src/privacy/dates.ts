/**
 * Detectors for dates that carry a day and a month (in any common written form) and for ages over 89,
 * which HIPAA Safe Harbor treats as identifiers. A year alone, a time of day or a duration is not one.
 */
import type { Emit } from './types.ts';
import { eachMatch, isDigitAt, isNumberAlone, isWordCharAt, unitFollows } from './text.ts';

const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};
// Written in lower case these are ordinary words ("she may 3…", "march 5 miles"), so they need a capital.
const NEEDS_CAPITAL = new Set(['may', 'march', 'mar', 'jan', 'feb', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?';
const ORDINAL_WORDS =
  'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty[- ]first|twenty[- ]second|twenty[- ]third|twenty[- ]fourth|twenty[- ]fifth|twenty[- ]sixth|twenty[- ]seventh|twenty[- ]eighth|twenty[- ]ninth|thirtieth|thirty[- ]first';

function monthOk(word: string): boolean {
  const lower = word.replace(/\.$/, '').toLowerCase();
  if (MONTHS[lower] === undefined) return false;
  return !(NEEDS_CAPITAL.has(lower) && word.charAt(0) === word.charAt(0).toLowerCase());
}

function dayOk(day: string): boolean {
  const n = Number(day);
  return n >= 1 && n <= 31;
}

const MONTH_DAY = new RegExp(`\\b${MONTH}\\s+(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?`, 'gi');
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}(?:,?\\s+(\\d{4}))?`, 'gi');
const WORD_DAY_MONTH = new RegExp(`\\b(?:the\\s+)?(?:${ORDINAL_WORDS})\\s+of\\s+${MONTH}(?:,?\\s+(\\d{4}))?`, 'gi');
const MONTH_WORD_DAY = new RegExp(`\\b${MONTH}\\s+(?:the\\s+)?(?:${ORDINAL_WORDS})\\b`, 'gi');
const ISO = /\d{4}([-/.])\d{1,2}\1\d{1,2}/g;
const NUMERIC = /\d{1,2}([-/.])\d{1,2}\1(?:\d{4}|\d{2})/g;
const SHORT_NUMERIC = /(\b(?:on|since|until|till|born|dob|d\.o\.b\.|birthday|birth\s+date|date\s+of\s+birth|dated)\s*:?\s+)(\d{1,2})\/(\d{1,2})/gi;

function plausibleDayMonth(a: number, b: number): boolean {
  return (a >= 1 && a <= 12 && b >= 1 && b <= 31) || (a >= 1 && a <= 31 && b >= 1 && b <= 12);
}

function endsCleanly(text: string, end: number): boolean {
  return !isWordCharAt(text, end) && !(text.charAt(end) === ':' && isDigitAt(text, end + 1)) && !unitFollows(text, end);
}

/**
 * Dates with a day and a month: `07/04/2021`, `4.7.2021`, `2021-07-04`, `July 4th`, `Jul 4, 2021`,
 * `4 July 2021`, `the 4th of July`, `the fourth of July`, and `on 7/4`. Never "in 2019", "in March",
 * "at 9:15" or "a score of 7/10".
 */
export function detectDates(text: string, emit: Emit): void {
  const hasDigit = /[0-9]/.test(text);
  // Most notes name no month at all: one cheap test skips the month-name patterns.
  if (MONTH_WORD.test(text)) detectMonthDates(text, emit, hasDigit);
  if (hasDigit) detectNumericDates(text, emit);
}

const MONTH_WORD = /(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

function detectMonthDates(text: string, emit: Emit, hasDigit: boolean): void {
  if (hasDigit) eachMatch(MONTH_DAY, text, (m) => {
    const [whole, month = '', day = ''] = m;
    if (!monthOk(month) || !dayOk(day)) return;
    const end = m.index + whole.length;
    if (!endsCleanly(text, end)) return;
    emit('date', m.index, end, 75);
  });
  if (hasDigit) eachMatch(DAY_MONTH, text, (m) => {
    const [whole, day = '', month = ''] = m;
    if (!monthOk(month) || !dayOk(day)) return;
    if (isWordCharAt(text, m.index - 1) || (text.charAt(m.index - 1) === '.' && isDigitAt(text, m.index - 2))) return;
    const end = m.index + whole.length;
    if (isWordCharAt(text, end)) return;
    emit('date', m.index, end, 75);
  });
  for (const pattern of [WORD_DAY_MONTH, MONTH_WORD_DAY]) {
    eachMatch(pattern, text, (m) => {
      const month = m[1] ?? '';
      if (!monthOk(month)) return;
      const end = m.index + m[0].length;
      if (!isWordCharAt(text, end)) emit('date', m.index, end, 75);
    });
  }
}

function detectNumericDates(text: string, emit: Emit): void {
  eachMatch(ISO, text, (m) => {
    const parts = m[0].split(/[-/.]/).map(Number);
    const [, month = 0, day = 0] = parts;
    const end = m.index + m[0].length;
    if (month >= 1 && month <= 12 && dayOk(String(day)) && isNumberAlone(text, m.index, end)) emit('date', m.index, end, 75);
  });
  eachMatch(NUMERIC, text, (m) => {
    const [a = 0, b = 0] = m[0].split(/[-/.]/).map(Number);
    const end = m.index + m[0].length;
    if (plausibleDayMonth(a, b) && isNumberAlone(text, m.index, end)) emit('date', m.index, end, 75);
  });
  eachMatch(SHORT_NUMERIC, text, (m) => {
    const a = Number(m[2]);
    const b = Number(m[3]);
    const start = m.index + (m[1] ?? '').length;
    const end = m.index + m[0].length;
    if (!plausibleDayMonth(a, b) || !isNumberAlone(text, start, end)) return;
    if (/^\s*(?:of\b|ths?\b|%)/.test(text.slice(end, end + 6))) return;
    emit('date', start, end, 75);
  });
}

const WORD_AGE =
  '(?:ninety(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|(?:a|one)\\s+hundred(?:\\s+and\\s+(?:one|two|three|four|five|six|seven|eight|nine|ten))?)';
const NUMBER_AGE = '(?:9\\d|1[01]\\d|120)';
const AGE = `(?:${NUMBER_AGE}|${WORD_AGE})`;
const YEARS_OLD = new RegExp(`\\b${AGE}(?:[- ]?(?:years?|yrs?)[- ]old|[- ]?y\\.?o\\.?(?![\\p{L}\\p{N}])|-year-old)`, 'giu');
const AGED = new RegExp(`(\\b(?:aged|age|ages|at\\s+the\\s+age\\s+of|age\\s+of)\\s+)(${AGE})\\b`, 'gi');
const PERSON = '(?:he|she|they|who|i|client|patient|grandma|grandmother|grandfather|grandpa|gran|nana|mother|father|mom|mum|dad|husband|wife|partner|son|daughter|aunt|uncle|neighbou?r|friend)';
const PERSON_IS = new RegExp(
  `(\\b${PERSON}(?:\\s+(?:is|was|'s|’s|turned|turns|just\\s+turned|will\\s+be|would\\s+have\\s+been|is\\s+now|was\\s+now|had\\s+just\\s+turned)|\\s*['’]s|,?\\s+(?:now|then))\\s+)(${AGE})\\b`,
  'gi',
);
const TURNED = new RegExp(`(\\b(?:turned|turning|turns)\\s+)(${AGE})\\b`, 'gi');
const BIRTHDAY = /\b(?:9\d|1[01]\d)(?:st|nd|rd|th)\s+(?:birthday|year)\b/gi;
// "At 94 he learned …", "at 96, she …": an age that opens a clause about a person.
const AT_AGE = new RegExp(`(\\b[Aa]t\\s+)(${AGE})(?=,?\\s+(?:he|she|they|i|we|my|her|his|their)\\b)`, 'g');

/**
 * Ages over 89: "a 94-year-old", "92 years old", "aged 95", "she is 92", "turned 90", "turns 95",
 * "her 91st birthday", "in her 97th year", "at 94 he …", "ninety-two years old". Never "she is 38", "for 90 minutes" or "she was 95 percent sure".
 */
export function detectAges(text: string, emit: Emit): void {
  eachMatch(YEARS_OLD, text, (m) => {
    if (isWordCharAt(text, m.index - 1)) return;
    emit('age', m.index, m.index + m[0].length, 76);
  });
  eachMatch(BIRTHDAY, text, (m) => emit('age', m.index, m.index + m[0].length, 76));
  for (const pattern of [AGED, PERSON_IS, TURNED, AT_AGE]) {
    eachMatch(pattern, text, (m) => {
      const start = m.index + (m[1] ?? '').length;
      const end = start + (m[2] ?? '').length;
      if (!isNumberAlone(text, start, end) || unitFollows(text, end)) return;
      emit('age', start, end, 75);
    });
  }
}
