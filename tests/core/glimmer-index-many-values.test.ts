import { describe, expect, it } from 'vitest';
import { GlimmerIndex, validateFrontmatter } from '@glimmers/core';
import type { Glimmer } from '@glimmers/core';

// The index stores each glimmer's values as small ids, packed tightly while there are at most
// 65,536 distinct values; a vault with more (years of free-text body words) must count the same.
function glimmer(i: number): Glimmer {
  const day = `2026-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
  const { glimmer: g } = validateFrontmatter({
    type: 'glimmer', created: day, moment: i % 3 === 0 ? 'other' : 'after-session',
    themes: i % 2 === 0 ? ['presence'] : ['presence', 'meaning'], body: [`chest ${i}`], feelings: ['calm'],
  });
  return g as Glimmer;
}

describe('an index with more than 65,536 distinct values', () => {
  // Generous timeout: 70,000 glimmers on a busy two-core machine; not a speed test.
  it('counts values, themes and moments of glimmers added before and after the 65,536th value', { timeout: 60_000 }, () => {
    const index = new GlimmerIndex();
    const n = 70_000;
    for (let i = 0; i < n; i++) index.set(`Glimmers/${i}.md`, glimmer(i));
    // Remove some from each side of the boundary, and move one.
    for (let i = 0; i < n; i += 1000) index.delete(`Glimmers/${i}.md`);
    index.rename('Glimmers/69999.md', 'Moved/69999.md');
    const kept = [...Array(n).keys()].filter((i) => i % 1000 !== 0);

    const all = index.query({ recentLimit: 0 });
    expect(all.count).toBe(kept.length);
    expect(all.feelings).toEqual({ calm: kept.length });
    expect(Object.keys(all.body)).toHaveLength(kept.length);
    expect(all.body['chest 69999']).toBe(1);
    expect(all.body['chest 1000']).toBeUndefined();
    expect(all.byTheme).toEqual({ presence: kept.length, meaning: kept.filter((i) => i % 2 === 1).length });

    // A theme and a moment together: the query walks each glimmer's stored ids.
    const both = index.query({ themes: ['meaning'], moment: 'other', recentLimit: 0 });
    const matching = kept.filter((i) => i % 2 === 1 && i % 3 === 0);
    expect(both.count).toBe(matching.length);
    expect(both.body['chest 69993']).toBe(1);
    expect(Object.keys(both.body)).toHaveLength(matching.length);

    // Part of the year: counted from the glimmers of those days.
    const march = index.query({ from: '2026-03-01', to: '2026-03-31', recentLimit: 0 });
    const inMarch = kept.filter((i) => i % 12 === 2);
    expect(march.count).toBe(inMarch.length);
    expect(march.body[`chest ${inMarch[inMarch.length - 1]}`]).toBe(1);
    expect(march.feelings).toEqual({ calm: inMarch.length });
    // 70,000 glimmers take about 3 s alone, more on a machine shared with other test runs.
  });
});
