// Item 5 of issue #17, as a property: for generated frontmatter with comments everywhere a person
// puts them, removing or changing one key keeps every comment that is not part of that key's value,
// and every other byte.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editFrontmatter, parseGlimmer } from '@glimmers/core';

type Value = { kind: 'scalar'; text: string } | { kind: 'flow'; items: string[] } | { kind: 'block'; items: string[]; innerComment: boolean };

interface PairSpec {
  value: Value;
  /** A comment on the key's line. */
  trailing: boolean;
  /** Comment lines (at the key's indentation) just before the pair. */
  before: number;
}

const word = fc.stringMatching(/^[a-z][a-z0-9]{0,6}$/);
const value: fc.Arbitrary<Value> = fc.oneof(
  word.map((text) => ({ kind: 'scalar' as const, text })),
  fc.array(word, { minLength: 1, maxLength: 3 }).map((items) => ({ kind: 'flow' as const, items })),
  fc.record({ items: fc.array(word, { minLength: 2, maxLength: 3 }), innerComment: fc.boolean() }).map((v) => ({ kind: 'block' as const, ...v })),
);
const pair: fc.Arbitrary<PairSpec> = fc.record({ value, trailing: fc.boolean(), before: fc.integer({ min: 0, max: 2 }) });
/** A new value: text, a number or a list (never the same as the old one: the marker makes it new). */
const newValue = fc.oneof(word.map((w) => `new${w}`), fc.integer({ min: 10, max: 99 }), fc.array(word.map((w) => `new${w}`), { minLength: 1, maxLength: 3 }));

/** The lines of pair `i` (key `k<i>`); comments are marked with the pair and their role, so each is findable. */
function pairLines(spec: PairSpec, i: number): { lines: string[]; own: string[]; keyLine: string[]; free: string[] } {
  const free = Array.from({ length: spec.before }, (_, n) => `# free ${i}.${n}`);
  const trailing = spec.trailing ? ` # key-line ${i}` : '';
  const v = spec.value;
  const own: string[] = [];
  let lines: string[];
  if (v.kind === 'scalar') lines = [`k${i}: ${v.text}${trailing}`];
  else if (v.kind === 'flow') lines = [`k${i}: [${v.items.join(', ')}]${trailing}`];
  else {
    lines = [`k${i}:${trailing}`, `  - ${v.items[0]}`];
    if (v.innerComment) {
      lines.push(`  # inner ${i}`);
      own.push(`# inner ${i}`);
    }
    lines.push(...v.items.slice(1).map((item) => `  - ${item}`));
  }
  return { lines: [...free, ...lines], own, keyLine: spec.trailing ? [`# key-line ${i}`] : [], free };
}

describe('editing frontmatter with comments', () => {
  it('keeps every comment outside the removed or changed value, in order', () => {
    fc.assert(
      fc.property(
        fc.array(pair, { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 0, max: 2 }),
        fc.nat(),
        fc.option(newValue, { nil: undefined }),
        fc.constantFrom('\n', '\r\n'),
        (specs, endComments, pick, next, eol) => {
          const target = pick % specs.length;
          const parts = specs.map(pairLines);
          const end = Array.from({ length: endComments }, (_, n) => `# end ${n}`);
          const lines = ['---', ...parts.flatMap((p) => p.lines), ...end, '---', '', 'Body.', ''];
          const note = lines.join(eol);
          const edited = editFrontmatter(note, { [`k${target}`]: next });
          expect(edited.issues).toEqual([]);

          // Every comment that must stay is there, in its order; the target's own comments are gone.
          const kept = parts.flatMap((p, i) => [...p.free, ...(i === target ? (next === undefined ? [] : p.keyLine) : [...p.keyLine, ...p.own])]).concat(end);
          const found = edited.text.split(eol).flatMap((line) => /#\s[a-z-]+ [\d.]+$/.exec(line)?.[0] ?? []);
          expect(found).toEqual(kept);
          // The key-line comment of a changed key is still on the key's line.
          if (next !== undefined && specs[target]?.trailing) expect(edited.text).toMatch(new RegExp(`(^|${eol})k${target}:[^\\r\\n]*# key-line ${target}(${eol}|$)`));
          // Every other pair's lines are there as written, and the body is untouched.
          parts.forEach((p, i) => {
            if (i !== target) expect(edited.text).toContain(p.lines.join(eol));
          });
          expect(edited.text.endsWith(`---${eol}${eol}Body.${eol}`)).toBe(true);
          const data = parseGlimmer(edited.text, { sections: false }).frontmatter ?? {};
          if (next === undefined) expect(Object.keys(data)).not.toContain(`k${target}`);
          else expect(data[`k${target}`]).toEqual(next);
        },
      ),
      { numRuns: 1500 },
    );
  });
});
