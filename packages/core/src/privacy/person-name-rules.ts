/**
 * The project's own rules for person names, applied to the words of one line (see
 * `person-names.ts`). Each capitalised word is judged by where it stands (after a title or a kin
 * word, after "in" or "the", at the start of a sentence, soon after "read" or "watched") and, when
 * a language library is there, by its tags; then runs of capitalised words are judged together, so
 * "Maria Alvarez" is one name and "Internal Family Systems" or "The Trevor Project" is none.
 */
import {
  HUMAN_VERBS, KIN, METHOD_CUES, NAME_PARTICLES, NOT_NAMES, NOT_PERSON_BEFORE, NOT_PERSON_TAILS, OPENERS, PROPER_NOT_PEOPLE, TITLE_CUES, TITLES,
  USUALLY_NOT_PERSON_BEFORE,
} from './name-words.ts';
import type { NameSpan, NameTagger } from './person-names.ts';
import { isTitleLine, startsSentence } from './text.ts';

/** One word of a line, as the rules see it. */
export interface LineWord {
  text: string;
  /** Lower case, curly apostrophes straightened. */
  lower: string;
  start: number;
  /** End of the word without a possessive "'s". */
  end: number;
  possessive: boolean;
  /** Starts with a capital and is not an all-capitals abbreviation (EMDR, NHS). */
  capitalised: boolean;
  /** The language library's tags for it (empty without the library). */
  tags: string[];
}

const PERSON_TAGS = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName'];
const NAME_LEXICON = new Set(PERSON_TAGS);
const THING_TAGS = [
  'Place', 'Country', 'City', 'Region', 'Address', 'Organization', 'Company', 'School', 'SportsTeam', 'Date', 'Month', 'WeekDay',
  'Holiday', 'Season', 'Demonym', 'Currency', 'Unit', 'Url', 'Email', 'Acronym',
];
// Word endings of English nouns and adjectives that are very rarely names ("Cognitive", "Exposure", "Therapy").
const ENGLISH_ENDINGS = /(?:tion|sion|ness|ment|ity|ism|ogy|apy|ics|ous|ful|less|able|ible|ship|ive|ure|ional|ical|ual|ial|ernal|ental|ural|ies|our)$/;
// Contractions are never names ("Don't", "You've").
const CONTRACTION = /'(?:t|ve|re|ll|d|m)$/;
// Tags the library gives from its dictionary of first names (its "Person" and "LastName" may be guesses).
const FIRST_NAME_TAGS = ['FirstName', 'MaleName', 'FemaleName'];

const hasAny = (tags: readonly string[], wanted: readonly string[]): boolean => wanted.some((t) => tags.includes(t));

/** Judges the words of `line`; returns the spans that are likely person names. */
export function classifyWords(line: string, words: LineWord[], tagger: NameTagger | undefined): NameSpan[] {
  const gapBefore = (i: number): string | null => {
    const prev = words[i - 1];
    const word = words[i];
    if (prev === undefined || word === undefined) return null;
    return line.slice(prev.end + (prev.possessive ? 2 : 0), word.start);
  };
  // The word right before, when only spaces (or a title's dot, or a comma after a kin word) separate them.
  const before = (i: number, gap: RegExp): LineWord | undefined => {
    const between = gapBefore(i);
    return between !== null && gap.test(between) && !words[i - 1]?.possessive ? words[i - 1] : undefined;
  };
  const lexiconTag = (word: LineWord): string | undefined => tagger?.lexicon(word.lower);
  const isLexiconName = (word: LineWord): boolean => NAME_LEXICON.has(lexiconTag(word) ?? '');
  const isLexiconFirstName = (word: LineWord): boolean => FIRST_NAME_TAGS.includes(lexiconTag(word) ?? '');
  const englishLike = (word: LineWord): boolean => {
    const tag = lexiconTag(word);
    return (tag !== undefined && !NAME_LEXICON.has(tag)) || ENGLISH_ENDINGS.test(word.lower);
  };
  const titled = (i: number): LineWord | undefined => {
    const prev = before(i, /^\.?[ \t]{1,3}$/);
    return prev !== undefined && TITLES.has(prev.lower) ? prev : undefined;
  };
  const strong = (i: number): boolean => {
    if (titled(i) !== undefined) return true;
    const prev = before(i, /^,?[ \t]{1,3}$/);
    return prev !== undefined && KIN.has(prev.lower);
  };
  // The verb after word i (one adverb may stand between: "Takeshi finally spoke"), or undefined.
  const verbAfter = (i: number): LineWord | undefined => {
    let j = i + 1;
    if (words[i]?.possessive) return undefined;
    if (words[j]?.tags.includes('Adverb') || /ly$/.test(words[j]?.lower ?? '')) j++;
    const next = words[j];
    if (next === undefined || before(j, /^[ \t]{1,3}$/) === undefined) return undefined;
    return HUMAN_VERBS.has(next.lower) || (next.tags.includes('Verb') && !next.tags.includes('Gerund')) ? next : undefined;
  };
  const humanVerbAfter = (i: number): boolean => HUMAN_VERBS.has(verbAfter(i)?.lower ?? '');
  // A verb that a person's name would take: not "is" or "was" (nouns are described, people act), and a
  // present tense only with the "-s" of one person ("Kiri notices", never "Boundaries get").
  const singularVerbAfter = (i: number): boolean => {
    const verb = verbAfter(i);
    if (verb === undefined || verb.tags.includes('Copula')) return false;
    return !(verb.tags.includes('PresentTense') && !/s$/.test(verb.lower));
  };
  // A word before word i that makes it a place or a thing ("in Bradford", "the Cup", "at Tesco").
  const blockedBefore = (i: number): boolean => {
    const word = words[i] as LineWord;
    const prev = before(i, /^[ \t]{1,3}$/);
    if (prev === undefined) return false;
    if (NOT_PERSON_BEFORE.has(prev.lower)) return true;
    if (USUALLY_NOT_PERSON_BEFORE.has(prev.lower) && !isLexiconFirstName(word)) return true;
    // The object of "tried", "practised", "used", "learning" is a method or a thing ("practised Havening").
    if (METHOD_CUES.has(prev.lower)) return true;
    // After a capitalised word that is a proper word of its own, it belongs to that phrase ("Sunday Assembly").
    return prev.capitalised && PROPER_NOT_PEOPLE.has(prev.lower);
  };
  const afterTitleCue = (i: number): boolean => {
    for (let k = Math.max(0, i - 3); k < i; k++) if (TITLE_CUES.has(words[k]?.lower ?? '')) return true;
    return false;
  };

  // Whether word i (in a run that starts a sentence when `atStart`, and ends at word `last`) is likely a name.
  const nameWord = (i: number, atStart: boolean, last: number): boolean => {
    const word = words[i] as LineWord;
    if (!word.capitalised || NOT_NAMES.has(word.lower) || CONTRACTION.test(word.lower)) return false;
    if (strong(i)) return true;
    if (blockedBefore(i) || afterTitleCue(i)) return false;
    if (tagger === undefined) return !atStart && !ENGLISH_ENDINGS.test(word.lower);
    const person = hasAny(word.tags, PERSON_TAGS);
    const thing = hasAny(word.tags, THING_TAGS);
    if (person && !thing) return true;
    // A place or a month that says or laughs is a person ("Guadalupe asked", "June said").
    if (thing) return (person && isLexiconName(word) && !word.tags.includes('Place')) || (!word.tags.includes('Organization') && humanVerbAfter(last));
    if (atStart) {
      const unknown = lexiconTag(word) === undefined && !englishLike(word) && !/ly$/.test(word.lower);
      return humanVerbAfter(last) || (unknown && (singularVerbAfter(last) || (i === last && word.possessive)));
    }
    return !englishLike(word);
  };
  // A run right before a lower-case singular noun is a modifier, not a name ("Zen meditation").
  const modifies = (last: number): boolean => {
    const next = words[last + 1];
    if (next === undefined || next.capitalised || words[last]?.possessive || before(last + 1, /^ $/) === undefined) return false;
    return next.tags.includes('Singular') && !next.tags.includes('Pronoun') && !next.tags.includes('Date') && !hasAny(next.tags, ['Verb', 'Adverb', 'Adjective']);
  };

  const spans: NameSpan[] = [];
  // In a heading-like line where most words are capitalised ("The Dual Nature of Empathy"), only a
  // run with a known first name counts.
  const titleLine = isTitleLine(line);
  let i = 0;
  while (i < words.length) {
    const first = words[i] as LineWord;
    // A title is not part of the run: the name after it is ("Uncle Raffaele", found through `titled`).
    if (!first.capitalised || NOT_NAMES.has(first.lower) || (TITLES.has(first.lower) && words[i + 1]?.capitalised)) {
      i++;
      continue;
    }
    // The run of capitalised words (and surname particles between them) that starts here.
    let end = i;
    while (end + 1 < words.length && !words[end]?.possessive && before(end + 1, /^[ \t]{1,2}$/) !== undefined) {
      const next = words[end + 1] as LineWord;
      const after = words[end + 2];
      if (next.capitalised && !NOT_NAMES.has(next.lower)) end++;
      else if (NAME_PARTICLES.has(next.text) && after?.capitalised && before(end + 2, /^[ \t]{1,2}$/) !== undefined) end += 2;
      else break;
    }
    const run = words.slice(i, end + 1);
    const prev = before(i, /^[ \t]{1,3}$/);
    const opener = prev !== undefined && OPENERS.has(prev.lower) && startsSentence(line, prev.start);
    const atStart = !opener && startsSentence(line, first.start);
    const judged = run.map((_, k) => nameWord(i + k, atStart, end));
    const last = run[run.length - 1] as LineWord;
    const tail = words[end + 1];
    const orgTail = NOT_PERSON_TAILS.has(last.lower) || (tail !== undefined && tail.capitalised && !last.possessive && NOT_PERSON_TAILS.has(tail.lower));
    const vouched = run.some((w, k) => strong(i + k) || hasAny(w.tags, FIRST_NAME_TAGS) || isLexiconName(w));
    const phrase = run.length > 1 && run.some((w) => w.capitalised && englishLike(w)) && !vouched;
    // A word before the run that makes it a place or a thing blocks the whole run ("to Insight Timer").
    const blocked = blockedBefore(i) && !strong(i);
    const modifier = !vouched && modifies(end);
    if (judged.some(Boolean) && !orgTail && !phrase && !blocked && !modifier && (!titleLine || vouched)) {
      const title = titled(i);
      spans.push({ start: title?.start ?? first.start, end: last.end });
    }
    i = end + 1;
  }
  return spans;
}
