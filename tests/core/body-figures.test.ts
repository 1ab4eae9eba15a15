// The body map's figures (issue #13 item 2): per region, how many glimmers noted it and the mean
// intensity and weight of those glimmers, through the one region rule (bodyRegionsOf).
import { describe, expect, it } from 'vitest';
import { BODY_REGIONS, GlimmerIndex, bodyMapFigures, revisitSourceOf } from '@glimmers/core';
import type { BodyRegionFigures } from '@glimmers/core';
import { glimmer } from './support/glimmers.ts';

function byRegion(figures: BodyRegionFigures[], id: string): BodyRegionFigures {
  return figures.find((r) => r.region === id) as BodyRegionFigures;
}

function index(): GlimmerIndex {
  const i = new GlimmerIndex();
  i.set('a.md', glimmer('2026-03-01', { body: ['warm chest', 'heart open'], intensity: 4, weight: 1, themes: ['client-hope'], moment: 'after-session' }));
  i.set('b.md', glimmer('2026-03-02', { body: ['tight jaw, shoulders'], intensity: 2, themes: ['meaning'] }));
  i.set('c.md', glimmer('2026-03-03', { body: ['Chest', 'everywhere'], weight: 3, themes: ['client-hope'], moment: 'end-of-day' }));
  i.set('d.md', glimmer('2026-03-04', { body: ['everywhere', 'everywhere', 'tingling'] }));
  i.set('e.md', glimmer('2025-12-01', { body: ['feet'], intensity: 5 }));
  return i;
}

describe('bodyMapFigures', () => {
  it('counts each glimmer once per region, with the means of the glimmers that have a value', () => {
    const f = bodyMapFigures(index(), { from: '2026-03-01', to: '2026-03-31' });
    expect(f.regions.map((r) => r.region)).toEqual(BODY_REGIONS.map((r) => r.id));
    // a.md names the chest twice (warm chest, heart open): one glimmer.
    expect(byRegion(f.regions, 'chest')).toMatchObject({ count: 2, intensitySum: 4, intensityCount: 1, weightSum: 4, weightCount: 2, meanIntensity: 4, meanWeight: 2 });
    expect(byRegion(f.regions, 'face-jaw')).toMatchObject({ count: 1, meanIntensity: 2, meanWeight: null });
    expect(byRegion(f.regions, 'shoulders').count).toBe(1);
    // Outside the range.
    expect(byRegion(f.regions, 'feet').count).toBe(0);
    expect(f.placed).toBe(3);
    // Entries naming no region, one count per glimmer however often it names them.
    expect(f.elsewhere).toEqual({ everywhere: 2, tingling: 1 });
  });

  it('applies the theme and moment filters as the index does, and reads any source of days', () => {
    const i = index();
    expect(bodyMapFigures(i, { themes: ['client-hope'] }).placed).toBe(2);
    expect(bodyMapFigures(i, { themes: ['client-hope'], moment: 'end-of-day' }).placed).toBe(1);
    expect(bodyMapFigures(i, { themes: ['client-hope'] }).placed).toBe(i.query({ themes: ['client-hope'], recentLimit: 0 }).count);
    const all = bodyMapFigures(i);
    expect(byRegion(all.regions, 'feet')).toMatchObject({ count: 1, meanIntensity: 5 });
    const entries = ['a.md', 'b.md', 'c.md', 'd.md', 'e.md'].map((path) => ({ path, glimmer: i.get(path)! }));
    expect(bodyMapFigures(revisitSourceOf(entries))).toEqual(all);
  });

  it('is all zeros for no glimmers', () => {
    const f = bodyMapFigures(new GlimmerIndex());
    expect(f.placed).toBe(0);
    expect(f.regions.every((r) => r.count === 0 && r.meanIntensity === null && r.meanWeight === null)).toBe(true);
    expect(f.elsewhere).toEqual({});
  });
});
