import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { GlimmerIndex } from '@glimmers/core';
import type { Glimmer, IndexQuery } from '@glimmers/core';
import { glimmer, reference } from './support/glimmers.ts';

// Few paths, days and values, so operations collide: the same path set twice, renamed onto a
// taken path, deleted when it holds an attempted glimmer, several glimmers on one day.
const pathArb = fc.constantFrom('a.md', 'b.md', 'c.md', 'd/e.md', 'f.md');
const dayArb = fc.constantFrom('2025-12-28', '2025-12-31', '2026-01-01', '2026-01-31', '2026-02-01', '2026-02-28', '2026-03-01', '2026-03-04', '2026-12-31', '2027-01-01');
const glimmerArb: fc.Arbitrary<Glimmer> = fc
  .record({
    day: dayArb,
    time: fc.option(fc.constantFrom('T08:00', 'T23:59', 'T12:00:30'), { nil: undefined }),
    themes: fc.array(fc.constantFrom('meaning', 'presence', 'self-care'), { maxLength: 3 }),
    moment: fc.option(fc.constantFrom('after-session', 'end-of-day'), { nil: undefined }),
    intensity: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
    weight: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
    body: fc.array(fc.constantFrom('chest', 'breath'), { maxLength: 2 }),
    feelings: fc.array(fc.constantFrom('hope', 'awe', 'calm'), { maxLength: 2 }),
    grounding: fc.array(fc.constantFrom('walk', 'tea'), { maxLength: 1 }),
  })
  .map(({ day, time, moment, intensity, weight, ...lists }) => {
    const g = glimmer(day + (time ?? ''), lists);
    if (moment !== undefined) g.moment = moment;
    if (intensity !== undefined) g.intensity = intensity;
    if (weight !== undefined) g.weight = weight;
    return g;
  });

type Op =
  | { op: 'set'; path: string; glimmer: Glimmer }
  | { op: 'attempt'; path: string }
  | { op: 'delete'; path: string }
  | { op: 'rename'; from: string; to: string };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ op: fc.constant('set' as const), path: pathArb, glimmer: glimmerArb }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('attempt' as const), path: pathArb }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('delete' as const), path: pathArb }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('rename' as const), from: pathArb, to: pathArb }) },
);

const queries: IndexQuery[] = [
  {},
  { from: '2026-01-01', to: '2026-02-28' },
  { from: '2026-01-15', to: '2026-03-01', recentLimit: 3 },
  { themes: ['meaning'] },
  { themes: ['meaning'], from: '2026-02-01' },
  { moment: 'end-of-day', to: '2026-02-28' },
  { themes: ['presence', 'self-care'] },
  { themes: ['presence'], moment: 'after-session' },
  { today: '2027-01-01', seed: 3 },
  { today: '2026-03-04', seed: 9, themes: ['meaning'] },
  { weekStart: 0, from: '2026-01-01' },
  { weekStart: 4, themes: ['presence', 'self-care'] },
];

const issue = { severity: 'error' as const, code: 'created-invalid', message: 'created is not a date' };

describe('GlimmerIndex property: incremental updates equal a fresh build', () => {
  it('after any sequence of set/attempt/delete/rename, every query matches an index built from the final state', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 40 }), (ops) => {
        const live = new GlimmerIndex();
        // The model: what each path should hold at the end.
        const model = new Map<string, { glimmer: Glimmer } | { attempted: true }>();
        for (const o of ops) {
          if (o.op === 'set') {
            live.set(o.path, o.glimmer);
            model.set(o.path, { glimmer: o.glimmer });
          } else if (o.op === 'attempt') {
            live.setAttempted(o.path, [issue]);
            model.set(o.path, { attempted: true });
          } else if (o.op === 'delete') {
            live.delete(o.path);
            model.delete(o.path);
          } else {
            live.rename(o.from, o.to);
            const held = model.get(o.from);
            if (held && o.from !== o.to) {
              model.delete(o.from);
              model.set(o.to, held);
            }
          }
        }
        const fresh = new GlimmerIndex();
        const finalEntries: { path: string; glimmer: Glimmer }[] = [];
        for (const [path, held] of model) {
          if ('glimmer' in held) {
            fresh.set(path, held.glimmer);
            finalEntries.push({ path, glimmer: held.glimmer });
          } else fresh.setAttempted(path, [issue]);
        }
        expect(live.size).toBe(fresh.size);
        expect(live.entries()).toEqual(fresh.entries());
        expect(live.attempted()).toEqual(fresh.attempted());
        expect(live.facets()).toEqual(fresh.facets());
        expect(live.span()).toEqual(fresh.span());
        for (const q of queries) {
          const got = live.query(q);
          expect(got).toEqual(fresh.query(q));
          const { resurface: _resurface, ...rest } = got;
          expect(rest).toEqual(reference(finalEntries, q));
        }
      }),
      { numRuns: 300, seed: 20260304 },
    );
    // 300 runs of 12 queries each, checked against a brute-force reference: seconds on a busy machine.
  }, 60_000);
});
