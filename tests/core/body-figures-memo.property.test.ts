// The body map's kept sums (BodyFiguresMemo, #13 item 7): a dashboard redrawn after each save reads
// only the days that changed, and must show exactly what a fresh count shows, after any sequence of
// additions, changes, removals and renames, for any range and filters.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BodyFiguresMemo, GlimmerIndex, bodyMapFigures } from '@glimmers/core';
import type { BodyFiguresOptions } from '@glimmers/core';
import { glimmer } from './support/glimmers.ts';

const DAYS = ['2026-01-31', '2026-02-01', '2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02', '2026-03-03'];
const BODY = ['warm chest', 'tight jaw, shoulders', 'everywhere', 'heart open', 'tingling', 'soft belly', 'Feet'];
const THEMES = ['client-hope', 'meaning', 'presence'];

const change = fc.oneof(
  fc.record({
    op: fc.constant('set' as const),
    path: fc.integer({ min: 0, max: 5 }),
    day: fc.constantFrom(...DAYS),
    body: fc.subarray(BODY),
    intensity: fc.option(fc.constantFrom(1, 2.5, 3.3, 4, 5), { nil: undefined }),
    weight: fc.option(fc.constantFrom(0, 0.7, 2, 4.1), { nil: undefined }),
    themes: fc.subarray(THEMES),
  }),
  fc.record({ op: fc.constant('delete' as const), path: fc.integer({ min: 0, max: 5 }) }),
  fc.record({ op: fc.constant('rename' as const), path: fc.integer({ min: 0, max: 5 }), to: fc.integer({ min: 0, max: 5 }) }),
);
const view: fc.Arbitrary<BodyFiguresOptions> = fc.record({
  from: fc.option(fc.constantFrom(...DAYS), { nil: undefined }),
  to: fc.option(fc.constantFrom(...DAYS), { nil: undefined }),
  themes: fc.option(fc.subarray(THEMES, { maxLength: 2 }), { nil: undefined }),
}, { requiredKeys: [] });

describe('BodyFiguresMemo', () => {
  it('gives exactly the figures of a fresh count after every change, for any view', () => {
    fc.assert(fc.property(fc.array(fc.tuple(change, view), { maxLength: 40 }), (steps) => {
      const index = new GlimmerIndex();
      const memo = new BodyFiguresMemo();
      for (const [c, options] of steps) {
        if (c.op === 'set') {
          index.set(`g${c.path}.md`, glimmer(`${c.day}T18:00`, { body: c.body, themes: c.themes, ...(c.intensity !== undefined ? { intensity: c.intensity } : {}), ...(c.weight !== undefined ? { weight: c.weight } : {}) }));
        } else if (c.op === 'delete') index.delete(`g${c.path}.md`);
        else if (c.path !== c.to && index.get(`g${c.to}.md`) === undefined) index.rename(`g${c.path}.md`, `g${c.to}.md`);
        expect(memo.figures(index, options)).toEqual(bodyMapFigures(index, options));
      }
    }), { numRuns: 600 });
  });

  it('works everything out again for another index, and after more changes than the index remembers', () => {
    const memo = new BodyFiguresMemo();
    const a = new GlimmerIndex();
    a.set('a.md', glimmer('2026-03-01', { body: ['warm chest'], intensity: 4 }));
    expect(memo.figures(a).placed).toBe(1);
    const b = new GlimmerIndex();
    b.set('a.md', glimmer('2026-03-01', { body: ['tight jaw'], intensity: 2 }));
    b.set('b.md', glimmer('2026-03-01', { body: ['feet'] }));
    expect(memo.figures(b)).toEqual(bodyMapFigures(b));
    for (let i = 0; i < 300; i++) b.set('a.md', glimmer(i % 2 === 0 ? '2026-03-01' : '2026-03-02', { body: ['chest'], intensity: (i % 5) + 1 }));
    expect(memo.figures(b)).toEqual(bodyMapFigures(b));
  });
});
