/**
 * The person-name check (category `name`, on by default): the project's rules about where names
 * stand in a sentence ("Mrs. Okonkwo", "her son Idris", "When Kwame spoke", "Priya told me"),
 * combined with what a language library knows of each word (a first name, a place, an
 * organisation, an ordinary English word) through the {@link NameTagger} port. Without a tagger
 * (before the library has loaded) the rules alone run: titles, kin words and capitalised words in
 * mid-sentence. Only lines with a capitalised word that could be a name reach the library, and
 * each line's answer is remembered, so re-checking as one types costs little.
 */
import { HUMAN_VERBS, NOT_NAMES, TITLES } from './name-words.ts';
import { startsSentence } from './text.ts';
import { classifyWords, type LineWord } from './person-name-rules.ts';

/** One term as the language library sees it: where it is in the text and its tags ("FirstName", "Place" …). */
export interface TaggedTerm {
  start: number;
  end: number;
  tags: readonly string[];
}

/** The port a language library fills (see `load-name-finder.ts`). */
export interface NameTagger {
  /** The terms of one line of text, with UTF-16 offsets into it. */
  tag(line: string): TaggedTerm[];
  /** The library's dictionary tag of a lower-case word ("FirstName", "Singular" …), or `undefined` when it does not know it. */
  lexicon(word: string): string | undefined;
}

/** A stretch of text that is likely a person's name. */
export interface NameSpan {
  start: number;
  end: number;
}

/** Finds likely person names in a text. */
export interface PersonNameFinder {
  /** True when a language library backs it (false: the rules alone). */
  readonly usesLibrary: boolean;
  find(text: string): NameSpan[];
}

// Letters and marks, with inner apostrophes and hyphens ("O'Sullivan", "Jean-Baptiste", "Yusuf's").
const WORD = /[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/gu;
const CAPITAL = /^\p{Lu}/u;
const LOWER_LETTER = /\p{Ll}/u;
const ANY_CAPITAL = /\p{Lu}/u;
// Sentences longer than this are read in pieces cut at a space.
const MAX_PIECE = 2_000;
// Answers remembered per finder; forgotten all at once at the limit (simpler than an LRU, as good here).
const CACHE_LIMIT = 5_000;

function wordsOf(line: string): LineWord[] {
  const out: LineWord[] = [];
  const re = new RegExp(WORD.source, WORD.flags);
  let m: RegExpExecArray | null;
  while ((m = re.exec(line)) !== null) {
    let text = m[0];
    const possessive = /['’]s$/.test(text) && text.length > 2;
    if (possessive) text = text.slice(0, -2);
    out.push({
      text,
      lower: text.toLowerCase().replace(/’/g, "'"),
      start: m.index,
      end: m.index + text.length,
      possessive,
      capitalised: CAPITAL.test(text) && (text.length === 1 || LOWER_LETTER.test(text)),
      tags: [],
    });
  }
  return out;
}

function attachTags(words: LineWord[], terms: readonly TaggedTerm[]): void {
  let t = 0;
  for (const word of words) {
    while (t < terms.length && (terms[t]?.end ?? 0) <= word.start) t++;
    const tags: string[] = [];
    for (let k = t; k < terms.length && (terms[k]?.start ?? Infinity) < word.end; k++) tags.push(...(terms[k]?.tags ?? []));
    word.tags = tags;
  }
}

// A sentence ends at ".", "!" or "?" followed by a space and a capital (or a quote), unless the word
// before the dot is a title or a single letter ("Mrs. Okonkwo", "J. Smith").
const SENTENCE_END = /[.!?]["'”’)]?[ \t]+(?=["'“‘(]?\p{Lu})/gu;
const WORD_BEFORE = /([\p{L}]+)\.$/u;

/**
 * Cuts a line into sentences (each answer is remembered per sentence, so typing re-reads only the
 * sentence that changed), and a sentence longer than {@link MAX_PIECE} at a space, so the library's
 * cost stays linear in the text however long one line is.
 */
function pieces(line: string): { text: string; offset: number }[] {
  const out: { text: string; offset: number }[] = [];
  const push = (from: number, to: number): void => {
    while (to - from > MAX_PIECE) {
      const space = line.lastIndexOf(' ', from + MAX_PIECE);
      const cut = space > from + MAX_PIECE / 4 ? space : from + MAX_PIECE;
      out.push({ text: line.slice(from, cut), offset: from });
      from = cut;
    }
    if (to > from) out.push({ text: line.slice(from, to), offset: from });
  };
  let from = 0;
  const re = new RegExp(SENTENCE_END.source, SENTENCE_END.flags);
  let m: RegExpExecArray | null;
  while ((m = re.exec(line)) !== null) {
    const dot = m.index;
    const word = WORD_BEFORE.exec(line.slice(Math.max(from, dot - 12), dot + 1))?.[1]?.toLowerCase() ?? '';
    if (m[0].startsWith('.') && (word.length === 1 || TITLES.has(word))) continue;
    const end = m.index + m[0].length;
    push(from, end);
    from = end;
  }
  push(from, line.length);
  return out;
}

const NAME_LEXICON = new Set(['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName']);

/**
 * Whether word i could turn out to be a name, decided without tagging: a capitalised word that is
 * not a common one, unless it only opens the sentence and is an ordinary English word the dictionary
 * knows, or an adverb, with no speech verb after it ("Small steps…", "Slowly, …": the rules say no).
 */
function couldBeName(piece: string, words: readonly LineWord[], i: number, tagger: NameTagger | undefined): boolean {
  const word = words[i] as LineWord;
  if (!word.capitalised || NOT_NAMES.has(word.lower)) return false;
  if (tagger === undefined || !startsSentence(piece, word.start)) return true;
  const known = tagger.lexicon(word.lower);
  if (NAME_LEXICON.has(known ?? '')) return true;
  const next = words[i + 1];
  if (word.possessive || (next !== undefined && (next.capitalised || HUMAN_VERBS.has(next.lower)))) return true;
  // An unknown word opening a sentence is a name only before a verb ("Kiri noticed"); an adverb
  // ("Slowly, …") never is. The verb may follow one adverb ("Takeshi finally spoke").
  if (known !== undefined || /ly$/.test(word.lower) || next === undefined) return false;
  const verb = /ly$/.test(next.lower) ? words[i + 2] : next;
  return verb === undefined || mayBeVerb(tagger.lexicon(verb.lower));
}

// Dictionary tags of words that are never verbs; anything else (a verb, or a word it does not know) may be one.
const NEVER_VERBS = new Set(['Singular', 'Plural', 'Adjective', 'Preposition', 'Determiner', 'Conjunction', 'Pronoun', 'Copula', 'QuestionWord', 'Date', 'Value', 'Cardinal', 'Ordinal']);

function mayBeVerb(tag: string | undefined): boolean {
  return tag === undefined || !NEVER_VERBS.has(tag);
}

/**
 * Makes a person-name finder: the project's rules, and the language library behind `tagger` when
 * given. See the module comment.
 */
export function createPersonNameFinder(tagger?: NameTagger): PersonNameFinder {
  const cache = new Map<string, NameSpan[]>();
  const findInPiece = (piece: string): NameSpan[] => {
    const known = cache.get(piece);
    if (known !== undefined) return known;
    const words = wordsOf(piece);
    let spans: NameSpan[] = [];
    // Only a sentence with a capitalised word that could be a name is worth the library's time.
    if (words.some((w, i) => couldBeName(piece, words, i, tagger))) {
      if (tagger !== undefined) attachTags(words, tagger.tag(piece));
      spans = classifyWords(piece, words, tagger);
    }
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(piece, spans);
    return spans;
  };
  return {
    usesLibrary: tagger !== undefined,
    find(text: string): NameSpan[] {
      const out: NameSpan[] = [];
      // Every rule starts from a capitalised word: text without a capital letter (most frontmatter
      // values, many lines) has no name, and needs no sentence cutting or cache look-up.
      if (!ANY_CAPITAL.test(text)) return out;
      const lines = /[^\r\n]+/g;
      let m: RegExpExecArray | null;
      while ((m = lines.exec(text)) !== null) {
        for (const piece of pieces(m[0])) {
          const offset = m.index + piece.offset;
          for (const span of findInPiece(piece.text)) out.push({ start: offset + span.start, end: offset + span.end });
        }
      }
      return out;
    },
  };
}
