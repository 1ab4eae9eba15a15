/**
 * Property tests (fast-check) of the format's promises. Run counts are set per property (NUM_RUNS)
 * and reported in the closing note of issue 2.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Document, isMap, isScalar, Pair, parseDocument, Scalar, YAMLMap } from 'yaml';
import { editFrontmatter, MOMENTS, parseGlimmer, serializeGlimmer, type Glimmer } from '@glimmers/core';

// FC_NUM_RUNS=10000 runs a longer search locally; the suite uses 1000.
const NUM_RUNS = Number(process.env['FC_NUM_RUNS'] ?? 1000);
// Generous: a thousand full Markdown parses take seconds on a busy two-core machine. Not a speed test.
const TIMEOUT = { timeout: 300_000 };
const KNOWN = ['type', 'created', 'moment', 'themes', 'intensity', 'weight', 'body', 'feelings', 'grounding'];

// ---------- arbitraries ----------

const pad = (n: number, w: number): string => String(n).padStart(w, '0');
const leap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const monthDays = (y: number, m: number): number => (m === 2 ? (leap(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31);

/** Every written form of `created` the format accepts, with real dates only. */
const createdArb = fc
  .record({
    y: fc.integer({ min: 1, max: 9999 }), // the calendar runs from 0001 (year 0000 is an error)
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 31 }),
    time: fc.option(fc.record({ h: fc.integer({ min: 0, max: 23 }), mi: fc.integer({ min: 0, max: 59 }), s: fc.option(fc.integer({ min: 0, max: 59 })) })),
    zone: fc.constantFrom('', 'Z', '+02:00', '-08:30', '+00:00'),
  })
  .map(({ y, m, d, time, zone }) => {
    const day = `${pad(y, 4)}-${pad(m, 2)}-${pad(Math.min(d, monthDays(y, m)), 2)}`;
    if (time === null) return day;
    return `${day}T${pad(time.h, 2)}:${pad(time.mi, 2)}${time.s === null ? '' : `:${pad(time.s, 2)}`}${zone}`;
  });

/** Any text, Unicode and lone surrogates included. */
const anyText = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }));
/** List items: the format drops blank items, so the domain is non-blank strings. */
const item = anyText.filter((s) => s.trim() !== '');
const list = fc.array(item, { maxLength: 4 });

/**
 * Body text that Markdown keeps as written: plain words, lines and paragraphs. Titles, headings
 * and texts with Markdown syntax (`#`, `===`, list markers, leading spaces…) are out of the
 * round-trip domain: Markdown itself would read them as something else.
 */
const word = fc.stringMatching(/^[A-Za-z\u00C0-\u024F\u3040-\u30FF][A-Za-z0-9\u00C0-\u024F\u3040-\u30FF',]{0,7}$/);
const words = fc.array(word, { minLength: 1, maxLength: 6 }).map((w) => w.join(' '));
const sectionText = fc.array(fc.array(words, { minLength: 1, maxLength: 3 }).map((l) => l.join('\n')), { maxLength: 3 }).map((p) => p.join('\n\n'));

/** Extra keys: anything but the format's own keys, values any JSON-like data. */
const extraArb = fc
  .uniqueArray(fc.tuple(anyText.filter((k) => !KNOWN.includes(k)), fc.jsonValue({ maxDepth: 3 })), { selector: ([k]) => k, maxLength: 4 })
  .map((pairs) => {
    const extra: Record<string, unknown> = {};
    for (const [k, v] of pairs) Object.defineProperty(extra, k, { value: v, enumerable: true, writable: true, configurable: true });
    return extra;
  });

const glimmerArb: fc.Arbitrary<Glimmer> = fc
  .record(
    {
      created: createdArb,
      moment: fc.oneof(fc.constantFrom(...MOMENTS.map((m) => m.id)), anyText.filter((s) => s !== '')),
      themes: fc.array(fc.oneof(fc.constantFrom('client-hope', 'meaning', 'presence'), item), { maxLength: 4 }),
      intensity: fc.integer({ min: 1, max: 5 }),
      weight: fc.integer({ min: 0, max: 5 }),
      body: list,
      feelings: list,
      grounding: list,
      extra: extraArb,
      title: words,
      sections: fc.array(fc.record({ heading: words, text: sectionText }), { maxLength: 5 }),
    },
    { requiredKeys: ['created', 'themes', 'body', 'feelings', 'grounding', 'extra', 'sections'] },
  )
  .map((g) => ({ ...g, day: g.created.slice(0, 10) }) as Glimmer);

// ---------- properties ----------

describe('serializeGlimmer / parseGlimmer', () => {
  it('parseGlimmer(serializeGlimmer(g)).glimmer deep-equals g', TIMEOUT, () => {
    fc.assert(
      fc.property(glimmerArb, (g) => {
        const r = parseGlimmer(serializeGlimmer(g));
        expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
        expect(r.glimmer).toEqual(g);
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

describe('parseGlimmer never throws', () => {
  // Fragments that steer random text into frontmatter, YAML and Markdown code paths.
  const fragment = fc.oneof(
    anyText,
    fc.constantFrom('---', '---\n', '\r\n', '\n', '\r', '\uFEFF', 'type: glimmer\n', 'created: 2026-02-03\n', 'themes:\n  - a\n', '\t', ': ', '- ', '[', ']', '{', '}', '&a ', '*a', '"', "'", '#', '## x\n', '```\n', '|\n', '? ', '!!str ', '%YAML 1.2\n', '...\n'),
  );
  const noteish = fc.array(fragment, { maxLength: 30 }).map((parts) => parts.join(''));

  it('on arbitrary strings, and always returns a well-formed result', TIMEOUT, () => {
    fc.assert(
      fc.property(fc.oneof(anyText, noteish), (text) => {
        const r = parseGlimmer(text);
        expect(Array.isArray(r.issues)).toBe(true);
        expect(typeof r.body).toBe('string');
        // A plain note never has issues; a glimmer never has errors.
        if (!r.attempted) expect(r.issues).toEqual([]);
        if (r.glimmer !== null) expect(r.issues.some((i) => i.severity === 'error')).toBe(false);
      }),
      { numRuns: NUM_RUNS * 2 },
    );
  });
});

describe('editFrontmatter', () => {
  it('with no changes returns the input byte for byte, for arbitrary strings', TIMEOUT, () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(editFrontmatter(text, {})).toEqual({ text, issues: [] });
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('on any input either leaves it unchanged or keeps the body byte for byte', TIMEOUT, () => {
    const fragment = fc.oneof(anyText, fc.constantFrom('---\n', '\r\n', '\n', 'a: 1\n', 'b: [x]\n', '# c\n', '  - y\n', '\t', '"', ': '));
    const input = fc.array(fragment, { maxLength: 20 }).map((p) => p.join(''));
    fc.assert(
      fc.property(input, anyText, fc.jsonValue({ maxDepth: 2 }), (text, key, value) => {
        const r = editFrontmatter(text, { [key]: value });
        if (r.text !== text) {
          expect(r.issues).toEqual([]);
          const before = parseGlimmer(text, { sections: false });
          const after = parseGlimmer(r.text, { sections: false });
          expect(after.body).toBe(before.body);
        } else if (r.issues.length === 0) {
          // Unchanged without a word only when the key already had that value.
          expect(parseGlimmer(text, { sections: false }).frontmatter?.[key]).toEqual(value);
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  /** Frontmatter written in many styles: comments, quoting, flow lists, blank lines, CRLF, BOM. */
  const styledNote = fc
    .record({
      data: fc.uniqueArray(fc.tuple(fc.stringMatching(/^[a-z][a-z0-9_-]{0,8}$/), fc.jsonValue({ maxDepth: 2 })), { selector: ([k]) => k, minLength: 1, maxLength: 6 }),
      styles: fc.array(fc.constantFrom('block', 'flow', 'comment', 'blank', 'quoted-key', 'trailing-comment'), { minLength: 6, maxLength: 6 }),
      crlf: fc.boolean(),
      bom: fc.boolean(),
      body: anyText,
    })
    .map(({ data, styles, crlf, bom, body }) => {
      const lines: string[] = [];
      data.forEach(([key, value], i) => {
        const style = styles[i % styles.length];
        const doc = new Document(new YAMLMap());
        const keyNode = new Scalar(key);
        if (style === 'quoted-key') keyNode.type = 'QUOTE_DOUBLE';
        (doc.contents as YAMLMap).items.push(new Pair(keyNode, doc.createNode(value, { flow: style === 'flow' })));
        let text = doc.toString({ lineWidth: 0 }).replace(/\n$/, '');
        if (style === 'comment') lines.push('# a comment about ' + key);
        if (style === 'blank') lines.push('');
        if (style === 'trailing-comment' && !text.includes('\n') && !/[|>]/.test(text)) text += '   # why';
        lines.push(...text.split('\n'));
      });
      const eol = crlf ? '\r\n' : '\n';
      return { text: (bom ? '\uFEFF' : '') + ['---', ...lines, '---', body].join(eol), data: Object.fromEntries(data) };
    });

  it('setting one key gives that value, keeps every other key, and changes only that key', TIMEOUT, () => {
    const change = fc.tuple(styledNote, fc.oneof(fc.stringMatching(/^[a-z][a-z0-9_-]{0,8}$/), fc.constant('__new')), fc.jsonValue({ maxDepth: 2 }));
    fc.assert(
      fc.property(change, ([note, pick, value]) => {
        const keys = Object.keys(note.data);
        const key = pick === '__new' ? pick : keys[pick.length % keys.length] ?? pick;
        const r = editFrontmatter(note.text, { [key]: value });
        expect(r.issues).toEqual([]);
        const after = parseGlimmer(r.text, { sections: false });
        expect(after.frontmatter?.[key]).toEqual(value);
        for (const other of keys.filter((k) => k !== key)) expect(after.frontmatter?.[other]).toEqual(note.data[other]);
        // Only the touched key's span differs: the rest is a common prefix and suffix.
        let p = 0;
        while (p < note.text.length && note.text[p] === r.text[p]) p++;
        // From the start of that line, so an indented nested key (`  w:`) is not read as a top-level one.
        while (p > 0 && note.text[p - 1] !== '\n' && note.text[p - 1] !== '\r') p--;
        let s = 0;
        while (s < note.text.length - p && note.text[note.text.length - 1 - s] === r.text[r.text.length - 1 - s]) s++;
        const changed = note.text.slice(p, note.text.length - s);
        const before = parseGlimmer(note.text, { sections: false });
        const lines = changed.split(/\r\n|\r|\n/).filter((l) => l.trim() !== '');
        for (const other of keys.filter((k) => k !== key)) {
          // No other key's line is inside the changed span.
          expect(lines.some((l) => new RegExp(`^"?${other}"?:`).test(l))).toBe(false);
        }
        expect(after.body).toBe(before.body);
        expect(r.text.startsWith('\uFEFF')).toBe(note.text.startsWith('\uFEFF'));
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('deleting a key removes only that key', TIMEOUT, () => {
    fc.assert(
      fc.property(styledNote, fc.nat(), (note, n) => {
        const keys = Object.keys(note.data);
        const key = keys[n % keys.length] as string;
        const r = editFrontmatter(note.text, { [key]: undefined });
        expect(r.issues).toEqual([]);
        const fm = parseGlimmer(r.text, { sections: false }).frontmatter ?? {};
        const expected = { ...note.data };
        delete expected[key];
        expect(fm).toEqual(expected);
        const doc = parseDocument(r.text.replace(/^\uFEFF/, '').split(/\r?\n---/)[0] ?? '');
        expect(isMap(doc.contents) && doc.contents.items.some((p) => isScalar(p.key) && p.key.value === key)).toBe(false);
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
