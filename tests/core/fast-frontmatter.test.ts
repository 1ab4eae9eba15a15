/**
 * The fast frontmatter scanner must never change what a note means: whenever it reads a frontmatter,
 * it gives exactly what the `yaml` package gives with the format's options, and it leaves everything
 * it is not sure of to `yaml`. Generated frontmatters per run: FAST_CHECK_RUNS (default 100,000),
 * split over the three properties; the bench runs more.
 */
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { scanFrontmatter } from '../../packages/core/src/frontmatter/fast-frontmatter.ts';
import { YAML_PARSE_OPTIONS, YAML_TOJS_OPTIONS } from '../../packages/core/src/frontmatter/yaml-options.ts';
import { simpleFrontmatter, trickyFrontmatter, unsureFrontmatter } from './fast-frontmatter-arbitraries.ts';

const TOTAL_RUNS = Number(process.env.FAST_CHECK_RUNS ?? '') || 100_000;
const RUNS = { tricky: Math.ceil(TOTAL_RUNS * 0.6), simple: Math.ceil(TOTAL_RUNS * 0.2), unsure: Math.ceil(TOTAL_RUNS * 0.2) };
const FUZZ_TIMEOUT = Math.max(60_000, TOTAL_RUNS);

type Reference = { ok: true; data: unknown; keyLines: Record<string, number>; warnings: number } | { ok: false };

/** What `yaml` itself makes of the text, with the same options as the core's frontmatter reader. */
function yamlReference(text: string): Reference {
  try {
    const doc = parseDocument(text, YAML_PARSE_OPTIONS);
    if (doc.errors.length > 0) return { ok: false };
    const keyLines: Record<string, number> = Object.create(null) as Record<string, number>;
    const contents = doc.contents as { items?: { key: { value?: unknown; range?: [number, number, number] } }[] } | null;
    for (const pair of contents?.items ?? []) {
      if (pair.key.range) keyLines[String(pair.key.value)] = text.slice(0, pair.key.range[0]).split('\n').length;
    }
    return { ok: true, data: doc.toJS(YAML_TOJS_OPTIONS), keyLines, warnings: doc.warnings.length };
  } catch {
    return { ok: false };
  }
}

/** Accepting means: yaml reads it without error or warning, to the same data and key lines. */
function agreesWithYaml(text: string): boolean {
  const fast = scanFrontmatter(text);
  if (!fast.ok) return true;
  const ref = yamlReference(text);
  if (!ref.ok || ref.warnings > 0) return false;
  return isDeepStrictEqual(fast.data, ref.data) && isDeepStrictEqual(fast.keyLines, ref.keyLines);
}

function explain(text: string): unknown {
  return { text, fast: scanFrontmatter(text), yaml: yamlReference(text) };
}

describe('fast frontmatter scanner: agreement with yaml (property tests)', () => {
  it(`gives exactly what yaml gives whenever it accepts near-miss frontmatter (${RUNS.tricky} runs)`, () => {
    let accepted = 0;
    fc.assert(
      fc.property(trickyFrontmatter, (text) => {
        if (scanFrontmatter(text).ok) accepted++;
        if (!agreesWithYaml(text)) expect(explain(text)).toBe('the scanner to agree with yaml');
      }),
      { numRuns: RUNS.tricky },
    );
    // The generator must exercise the accepting path, or the property says little.
    expect(accepted / RUNS.tricky).toBeGreaterThan(0.1);
  }, FUZZ_TIMEOUT);

  it(`reads every frontmatter of the simple shape, as yaml does (${RUNS.simple} runs)`, () => {
    fc.assert(
      fc.property(simpleFrontmatter, (text) => {
        const fast = scanFrontmatter(text);
        if (!fast.ok || !agreesWithYaml(text)) expect(explain(text)).toBe('accepted and equal to yaml');
      }),
      { numRuns: RUNS.simple },
    );
  }, FUZZ_TIMEOUT);

  it(`declines every frontmatter holding a construct outside the subset (${RUNS.unsure} runs)`, () => {
    fc.assert(
      fc.property(unsureFrontmatter, (text) => {
        if (scanFrontmatter(text).ok) expect(explain(text)).toBe('declined');
      }),
      { numRuns: RUNS.unsure },
    );
  }, FUZZ_TIMEOUT);
});

/** A frontmatter `key: <value>` line read by the scanner, or `'declined'`. */
function fastValue(value: string): unknown {
  const r = scanFrontmatter(`k: ${value}`);
  return r.ok ? r.data?.k : 'declined';
}

function yamlValue(value: string): unknown {
  const ref = yamlReference(`k: ${value}`);
  return ref.ok ? (ref.data as Record<string, unknown>).k : 'error';
}

describe('fast frontmatter scanner: known pitfalls', () => {
  it.each([
    ['no', 'no'], ['No', 'No'], ['yes', 'yes'], ['off', 'off'], ['y', 'y'],
    ['true', true], ['False', false], ['TRUE', true], ['tRUE', 'tRUE'],
    ['~', null], ['null', null], ['Null', null], ['nUll', 'nUll'], ['', null],
    ['2024-03-05', '2024-03-05'], ['2024-03-05T10:00:00Z', '2024-03-05T10:00:00Z'], ['14:22', '14:22'], ['1:30', '1:30'],
    ['012', 12], ['-0', -0], ['+1', 1], ['1.10', 1.1], ['1.', 1], ['.5', 0.5], ['1e3', 1000], ['1E3', 1000], ['1.e3', 1000],
    ['0o17', 15], ['0o8', '0o8'], ['0O17', '0O17'], ['0x1F', 31], ['0X1F', '0X1F'], ['-0x1', '-0x1'],
    ['.inf', Infinity], ['-.Inf', -Infinity], ['+.INF', Infinity], ['.nan', NaN], ['NaN', 'NaN'], ['1_000', '1_000'],
    ['a #b', 'a'], ['a#b', 'a#b'], ["'it''s'", "it's"], ['"say \\"hi\\""', 'say "hi"'], ['"caf\\u00e9"', 'café'],
    ['"\\U0001F331"', '\u{1F331}'], ['[a, 1, "b c", ~]', ['a', 1, 'b c', null]], ['[]', []], ['[14:22]', ['14:22']],
    ['\u00a0spaced\u00a0', '\u00a0spaced\u00a0'],
  ])('k: %s reads as yaml reads it', (value, expected) => {
    expect(yamlValue(value)).toStrictEqual(expected);
    expect(fastValue(value)).toStrictEqual(expected);
  });

  it.each([
    'Note: today', 'a: b', 'a:', '&a x', '*a', '!!str 1', '|', '>', '{a: 1}', '[a, b,]', '[[a]]', '[a: b]', '- a',
    '"open', '"bad \\q"', '[a #b]', '[a[b]', '[a, b', '[a]b', '["a":b]', '? x', ': x', '%x', '@x', '`x`', '"a" b', "'a'b",
  ])('k: %s is left to yaml', (value) => {
    expect(fastValue(value)).toBe('declined');
  });

  it('reads what serializeGlimmer writes: flat keys, block lists, CRLF', () => {
    const text = [
      'type: glimmer', 'created: 2026-03-05T14:22', 'moment: after-session', 'themes:', '  - client-growth',
      '  - perspective', 'intensity: 4', 'weight: 2', 'body:', '  - chest softened', 'feelings: []', 'tags:',
    ].join('\r\n');
    const r = scanFrontmatter(text);
    expect(r).toStrictEqual({ ok: true, data: yamlReference(text).ok ? (yamlReference(text) as { data: unknown }).data : null, keyLines: expect.anything() as unknown });
    expect(r.ok && r.data).toStrictEqual({
      type: 'glimmer', created: '2026-03-05T14:22', moment: 'after-session', themes: ['client-growth', 'perspective'],
      intensity: 4, weight: 2, body: ['chest softened'], feelings: [], tags: null,
    });
    expect(r.ok && r.keyLines.themes).toBe(4);
  });

  it('reads hand-written shapes: comments, flow lists, quotes, blank lines, lists at column 0', () => {
    const text = '# my glimmer\ntype: glimmer   # yes\n\ncreated: "2026-03-05"\nthemes: [meaning, "client-hope"]\nbody:\n- warm hands\n-\n  # between\n- \'steady breath\'\n';
    const r = scanFrontmatter(text);
    expect(r.ok && r.data).toStrictEqual({
      type: 'glimmer', created: '2026-03-05', themes: ['meaning', 'client-hope'], body: ['warm hands', null, 'steady breath'],
    });
    expect(agreesWithYaml(text)).toBe(true);
  });

  it('answers null for empty or comment-only frontmatter, as yaml does', () => {
    for (const text of ['', '\n', '# only a comment', '  \n# c\n']) {
      const r = scanFrontmatter(text);
      expect(r.ok && r.data).toBeNull();
      expect(r.ok && Object.keys(r.keyLines)).toStrictEqual([]);
      expect(yamlReference(text)).toMatchObject({ ok: true, data: null });
    }
  });

  it('declines duplicate keys, tabs, nested maps, multi-line values and prototype keys', () => {
    for (const text of ['a: 1\na: 2', 'a:\tb', 'a:\n  b: c', 'a: b\n  c', 'a: "b\n  c"', '__proto__: x', '<<: x', 'true: x', '1: x', '"a": b', '? a\n: b', 'a: b\r']) {
      expect(scanFrontmatter(text)).toStrictEqual({ ok: false });
    }
  });
});
