/**
 * fast-check generators of frontmatter text for the fast scanner's property tests (and the bench's
 * longer fuzz run). Three families:
 * - `trickyFrontmatter`: a grammar biased toward near-misses of the simple shape (numbers-like,
 *   booleans-like and null-like words, `#`, `:`, quotes, escapes, Unicode, odd spacing, lists, comments);
 * - `simpleFrontmatter`: only shapes the scanner promises to read;
 * - `unsureFrontmatter`: a simple frontmatter with one construct outside the subset spliced in.
 */
import fc from 'fast-check';

/** Words that YAML's core schema may type as null, booleans, integers or floats, and near-misses of them. */
export const TYPED_LIKE = [
  '0', '00', '012', '-0', '+0', '+1', '-1', '7', '1.10', '1.0', '1.', '.5', '-.5', '+.5', '0.0', '-0.0',
  '1e3', '1E3', '1e+3', '1.5e-3', '.5e3', '1.e3', '1e', 'e3', '1e3.5', '0o17', '0o8', '0o', '0O17', '0x1F', '0xg',
  '0X1F', '0x', '-0x1', '+0o1', '.inf', '.Inf', '.INF', '-.inf', '+.inf', '.iNf', 'inf', '.nan', '.NaN', '.NAN',
  '-.nan', 'nan', 'NaN', '1_000', '1,000', '0b101', '1:30', '14:22', '14:22:05', '2024-03-05',
  '2024-03-05T10:00', '2024-03-05 10:00', '2026-02-30', '123456789012345678901234', '9007199254740993',
  '1 000', '+', '-', '.', '..', '...', '---', '~', '~~', 'null', 'Null', 'NULL', 'nUll', 'none', 'None',
  'true', 'True', 'TRUE', 'tRUE', 'false', 'False', 'FALSE', 'yes', 'Yes', 'no', 'No', 'NO', 'on', 'off',
  'y', 'n', 'Y', 'N', '=', '<<',
];

const WORDS = [
  'glimmer', 'after-session', 'end-of-day', 'client-growth', 'Hello world', 'Note', 'today', 'a', 'b',
  'chest softened', 'it\'s', 'say "yes"', 'é', 'Émotion', '日本語', '😀 ok', 'a b  c', 'x-y_z', 'C:/path',
  'http://example.org/a?b=c#d', 'a#b', 'ünïcödé', 'Ω',
];

/** Pieces that sit right on the edge of YAML's plain-scalar rules. */
const TRICKY = [
  ' ', '  ', ':', ': ', ' :', ' #', '#', '# ', '-', '- ', '?', '? ', ',', ', ', '[', ']', '{', '}', '"', "'",
  "''", '\\', '\\"', '&', '*', '!', '!!', '|', '>', '%', '@', '`', '__proto__', '\t', '\u00a0', '\r', '\u2028',
  '\ufeff', '\u0085', '\u0007', '\ud800', '\u{1F331}', '...', '---', 'key: ', '#x', ':x',
];

const DQ_PIECES = [
  '\\n', '\\"', '\\\\', '\\/', '\\t', '\\0', '\\x41', '\\xe9', '\\x4', '\\u00e9', '\\u263A', '\\ud83d', '\\U0001F600',
  '\\U00110000', '\\q', '\\ ', '\\_', '\\N', '\\L', '\\e', '\\', '"', "'", '#', ' #', ': ',
];

const SQ_PIECES = ["''", "'", '"', '\\', '\\n', ' #', ': ', '#'];

const piece = (extra: string[]): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...WORDS) },
    { weight: 3, arbitrary: fc.constantFrom(...TYPED_LIKE) },
    { weight: 3, arbitrary: fc.constantFrom(...TRICKY, ...extra) },
    { weight: 1, arbitrary: fc.string({ maxLength: 4 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 3 }) },
  );

const text = (extra: string[] = []): fc.Arbitrary<string> =>
  fc.array(piece(extra), { maxLength: 3 }).map((parts) => parts.join(''));

const spaces = fc.constantFrom('', ' ', ' ', ' ', '  ');

/** Whole values right at an indicator's edge. */
const EDGE_VALUES = [
  '-', '-1', '- a', '-a', '--', '?', '?a', '? a', ':', ':a', ': a', '#', '#a', '...', '---', '~', '"', "'", '""', "''",
  '[', ']', '{', '}', ',', ',a', '&', '&a', '*', '*a', '!', '!a', '|', '>', '%', '@', '`', 'a:', 'a: b', 'a #b', 'a#b',
];

/** A scalar as it may be written in block context (plain, quoted, or a near-miss of those). */
const tricyScalar: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...TYPED_LIKE) },
  { weight: 2, arbitrary: fc.constantFrom(...EDGE_VALUES) },
  { weight: 3, arbitrary: text() },
  { weight: 2, arbitrary: text(DQ_PIECES).map((t) => `"${t}"`) },
  { weight: 2, arbitrary: text(SQ_PIECES).map((t) => `'${t}'`) },
  { weight: 1, arbitrary: fc.constantFrom('|', '>-', '&a x', '*a', '!!str x', '!x y', '{a: 1}', '- x', '? x', '{}', '[]') },
);

/** Items that are plain in block context but not inside `[...]`. */
const FLOW_NEAR_MISSES = ['a #b', 'a[b', 'a]b', 'a{b', 'a}b', 'a:b', 'a: b', 'a:', 'a:,', '#a', 'a#', 'a #', '-a', '- a', '-', '"a":b', "'a' b", '? a', ':a'];

const trickyFlow: fc.Arbitrary<string> = fc
  .tuple(
    spaces,
    fc.array(
      fc.oneof(
        { weight: 8, arbitrary: tricyScalar },
        { weight: 3, arbitrary: fc.constantFrom(...FLOW_NEAR_MISSES) },
        { weight: 1, arbitrary: fc.constantFrom('[a]', '{}', '', ' ') },
      ),
      { maxLength: 4 },
    ),
    fc.constantFrom(',', ', ', ', ', ', ', ' , ', ',  ', ',,'),
    fc.constantFrom('', '', '', '', '', '', '', ',', ', '),
    spaces,
  )
  .map(([a, items, sep, trail, b]) => `[${a}${items.join(sep)}${trail}${b}]`);

const comment = fc.constantFrom('', '', '', ' # note', '# x', ' #', '  # a: b', ' #"', ' # [x]');

const KEYS = [
  'type', 'created', 'moment', 'themes', 'intensity', 'weight', 'body', 'feelings', 'grounding', 'tags', 'title',
  'a', 'b', 'key with space', 'é', 'émotion', '日付', 'k-1', 'k_1', 'a:b', 'a#b', 'a #b', 'a[b]', 'a,b', 'a"b',
  '1', '01', '1.5', 'true', 'True', 'no', 'null', '~', '-a', '?a', '.a', '.inf', '__proto__', '<<', '"q"', "'q'",
  '', ' a', '...x', '---x', '... x', '%x', 'constructor', 'toString', 'hasOwnProperty', 'x'.repeat(1001),
];

const trickyKey: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...KEYS) },
  { weight: 2, arbitrary: text() },
);

const colon = fc.constantFrom(':', ':', ':', ' :', '::');
const eol = fc.constantFrom('\n', '\n', '\n', '\r\n');

const trickyValueLine: fc.Arbitrary<string[]> = fc
  .tuple(trickyKey, colon, spaces, fc.oneof({ weight: 5, arbitrary: tricyScalar }, { weight: 2, arbitrary: trickyFlow }, { weight: 1, arbitrary: fc.constant('') }), spaces, comment)
  .map(([k, c, s1, v, s2, cm]) => [`${k}${c}${v === '' ? s1 : s1 || ' '}${v}${s2}${cm}`]);

const indent = fc.constantFrom('', '  ', '  ', '  ', ' ', '    ');

const trickyItem: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom('-', '-', '-', '- -', '-\u00a0'), spaces, fc.oneof({ weight: 6, arbitrary: tricyScalar }, { weight: 1, arbitrary: fc.constant('') }, { weight: 1, arbitrary: trickyFlow }), comment)
  .map(([dash, s, v, cm]) => `${dash}${v === '' ? s : s || ' '}${v}${cm}`);

const trickyListEntry: fc.Arbitrary<string[]> = fc
  .tuple(
    trickyKey,
    comment,
    indent,
    fc.array(
      fc.oneof(
        { weight: 8, arbitrary: trickyItem.map((it) => ({ it, extra: '' })) },
        { weight: 1, arbitrary: fc.tuple(trickyItem, indent).map(([it, extra]) => ({ it, extra })) },
        { weight: 1, arbitrary: fc.constantFrom('', '  ', '# c', '  # c', '  more', '    more').map((it) => ({ it, extra: null })) },
      ),
      { maxLength: 4 },
    ),
  )
  .map(([k, cm, ind, items]) => [
    `${k}:${cm}`,
    ...items.map(({ it, extra }) => (extra === null ? it : `${extra || ind}${it}`)),
  ]);

const otherLines = fc.constantFrom(
  [''], ['  '], ['# comment'], ['  # indented comment'], ['#'], ['---'], ['...'], ['%YAML 1.2'], ['  nested: x'],
  ['  continuation'], ['- item'], ['? k'], [': v'], ['k:v'], ['\tk: v'], ['k:\tv'], ['k: "open'], ['  close"'],
  ['k: |', '  block'], ['k: >', '  folded'], ['k: &a x'], ['k: *a'],
);

// ---- The subset the scanner promises to read -------------------------------------------------------

const SAFE_WORDS = [
  'glimmer', 'after-session', 'client growth', 'Note - today', 'it\'s fine', 'é', '日本語',
  '😀', 'a#b', 'x:y', 'C:/path', 'say "yes"', 'Ω ok', 'a [b] {c}', 'a, b',
];

const safePlain = fc.oneof(
  fc.constantFrom(...SAFE_WORDS),
  fc.constantFrom(...TYPED_LIKE.filter((w) => !/^[-?:,[\]{}#&*!|>'"%@`]|: |:$| #/.test(w) && w !== '' && !w.includes(' #'))),
  fc.stringMatching(/^[A-Za-z][A-Za-z0-9 _.\-/]{0,12}[A-Za-z0-9]$/),
);
const safeFlowPlain = fc.oneof(
  fc.constantFrom('glimmer', 'client-growth', 'é', '日本語', '1', '2.5', 'true', 'null', '~', 'a b', '14:22'),
  fc.stringMatching(/^[A-Za-z][A-Za-z0-9 _.\-/]{0,8}[A-Za-z0-9]$/),
);
const dqSafe = fc.array(fc.constantFrom('a', ' ', 'é', '#', ': ', "'", '\\"', '\\\\', '\\n', '\\t', '\\u00e9', '\\x41', '\\/'), { maxLength: 6 }).map((p) => `"${p.join('')}"`);
const sqSafe = fc.array(fc.constantFrom('a', ' ', 'é', '#', ': ', "''", '"', '\\'), { maxLength: 6 }).map((p) => `'${p.join('')}'`);
const safeScalar = fc.oneof({ weight: 4, arbitrary: safePlain }, { weight: 1, arbitrary: dqSafe }, { weight: 1, arbitrary: sqSafe });
const safeFlow = fc
  .tuple(fc.array(fc.oneof({ weight: 3, arbitrary: safeFlowPlain }, { weight: 1, arbitrary: dqSafe }, { weight: 1, arbitrary: sqSafe }), { maxLength: 4 }), fc.constantFrom(',', ', ', ' , '))
  .map(([items, sep]) => `[${items.join(sep)}]`);
const safeComment = fc.constantFrom('', '', ' # note', '  # a: b', ' #');
const safeKey = fc.oneof(
  fc.constantFrom('type', 'created', 'moment', 'themes', 'intensity', 'weight', 'body', 'feelings', 'grounding', 'tags', 'title', 'é', 'key with space', 'a:b', 'a#b'),
  fc.stringMatching(/^[a-z][a-z0-9_-]{0,10}$/).filter((k) => typeof k === 'string' && !/^(?:null|true|false|nan|inf)$/i.test(k)),
);

interface Entry {
  key: string;
  lines: (key: string) => string[];
}

const safeEntry: fc.Arbitrary<Entry> = fc.oneof(
  fc.tuple(safeKey, fc.oneof(safeScalar, safeFlow, fc.constant('')), safeComment).map(([key, v, cm]) => ({ key, lines: (k: string) => [`${k}:${v === '' ? '' : ' '}${v}${cm}`] })),
  fc
    .tuple(safeKey, fc.constantFrom('', '  ', '    '), fc.array(fc.oneof(safeScalar, fc.constant('')), { minLength: 1, maxLength: 4 }), safeComment)
    .map(([key, ind, items, cm]) => ({ key, lines: (k: string) => [`${k}:${cm}`, ...items.map((v) => `${ind}-${v === '' ? '' : ' '}${v}`)] })),
);

const filler = fc.constantFrom([] as string[], [''], ['# comment'], ['  # indented'], ['   ']);

const simpleEntries = fc.uniqueArray(safeEntry, { selector: (e) => e.key, maxLength: 7 });

function assemble(entries: Entry[], fillers: string[][], nl: string, trailing: boolean, splice?: { at: number; lines: string[] }): string {
  const out: string[] = [];
  entries.forEach((e, i) => {
    if (splice && splice.at === i) out.push(...splice.lines);
    out.push(...(fillers[i] ?? []), ...e.lines(e.key));
  });
  if (splice && splice.at >= entries.length) out.push(...splice.lines);
  return out.join(nl) + (trailing ? nl : '');
}

/** Frontmatter made only of shapes the scanner must read (distinct plain keys, simple values, comments). */
export const simpleFrontmatter: fc.Arbitrary<string> = fc
  .tuple(simpleEntries, fc.array(filler, { maxLength: 8 }), eol, fc.boolean())
  .map(([entries, fillers, nl, trailing]) => assemble(entries, fillers, nl, trailing));

/** Constructs outside the subset. Each is a real value (or an error) wherever it is spliced in. */
const UNSURE: ((key: string) => string[])[] = [
  (k) => [`${k}: &anchor value`],
  (k) => [`${k}: &a v`, `${k}2: *a`],
  (k) => [`${k}: !!str 12`],
  (k) => [`${k}: !custom x`],
  (k) => [`${k}: |`, '  line one', '  line two'],
  (k) => [`${k}: >-`, '  folded'],
  (k) => [`${k}: first`, '  continued'],
  (k) => [`${k}: first`, '', '  after blank'],
  (k) => [`${k}: "open`, '  close"'],
  (k) => [`${k}: 'open`, "  close'"],
  (k) => [`${k}:`, '  nested: map'],
  (k) => [`${k}:`, '  - a: b'],
  (k) => [`${k}:`, '  - - a'],
  (k) => [`${k}:`, '  - [a]'],
  (k) => [`${k}:`, '  - a', '    b'],
  (k) => [`${k}:`, '  - a', '   - b'],
  (k) => [`${k}: {a: 1}`],
  (k) => [`${k}: [[a]]`],
  (k) => [`${k}: [a: b]`],
  (k) => [`${k}: [a, b,]`],
  (k) => [`${k}: [a,`, '  b]'],
  (k) => [`${k}: a: b`],
  (k) => [`${k}: a:`],
  (k) => [`${k}:\tvalue`],
  (k) => [`\t${k}: value`],
  (k) => [`${k}: value`, `${k}: again`],
  (k) => [`? ${k}`, ': v'],
  (k) => [`"${k}": quoted key`],
  (k) => [`'${k}': quoted key`],
  (k) => ['1: numeric key', `${k}: v`],
  (k) => ['true: bool key', `${k}: v`],
  (k) => ['__proto__: x', `${k}: v`],
  (k) => ['<<: x', `${k}: v`],
  (k) => [`${k}: a\u0007b`],
  (k) => [`${k}: a\rb`],
  (k) => [`${k}: \ufeffx`],
  (k) => ['---', `${k}: v`],
  (k) => ['...', `${k}: v`],
  (k) => ['%YAML 1.2', '---', `${k}: v`],
  (k) => [`- ${k}: v`],
  (k) => [`  ${k}: indented map`],
  (k) => [`${k}: "bad \\q escape"`],
  (k) => [`${k}: - item`],
  (k) => [`${k}: value # ok`, `${k}-x: "x" y`],
];

/** A simple frontmatter with one construct outside the subset spliced in between two entries. */
export const unsureFrontmatter: fc.Arbitrary<string> = fc
  .tuple(simpleEntries, fc.array(filler, { maxLength: 8 }), eol, fc.boolean(), fc.nat(), fc.nat({ max: UNSURE.length - 1 }), fc.constantFrom('zz', 'yy-key', 'ü'))
  .map(([entries, fillers, nl, trailing, at, which, key]) => {
    const make = UNSURE[which] as (key: string) => string[];
    const rest = entries.filter((e) => !e.key.startsWith(key));
    return assemble(rest, fillers, nl, trailing, { at: at % (rest.length + 1), lines: make(key) });
  });

/** Frontmatter text drawn from a grammar biased toward near-misses of the simple shape. */
export const trickyFrontmatter: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(
      fc.oneof(
        { weight: 6, arbitrary: trickyValueLine },
        { weight: 2, arbitrary: trickyListEntry },
        { weight: 2, arbitrary: otherLines },
        // Simple entries around the tricky ones, so many accepted texts have several keys.
        { weight: 6, arbitrary: safeEntry.map((e) => e.lines(e.key)) },
      ),
      { maxLength: 6 },
    ),
    eol,
    fc.boolean(),
  )
  .map(([entries, nl, trailing]) => entries.flat().join(nl) + (trailing ? nl : ''));
