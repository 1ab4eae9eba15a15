// The index's revision: what a caller worked out from older glimmers (the glimmers to revisit)
// is kept while no glimmer of those days changed, and worked out again when one did.
import { describe, expect, it } from 'vitest';
import { GlimmerIndex } from '@glimmers/core';
import { glimmer } from './support/glimmers.ts';

describe('GlimmerIndex revision', () => {
  it('says whether a glimmer of a day up to a given one changed since a revision', () => {
    const index = new GlimmerIndex();
    index.set('old.md', glimmer('2025-06-01', { intensity: 4 }));
    index.set('new.md', glimmer('2026-03-01', { intensity: 2 }));
    const at = index.revision;
    expect(index.changedUpTo('2026-02-15', at)).toBe(false);
    // A recent glimmer changes, one is added today, an attempted glimmer appears: nothing older moved.
    index.set('new.md', glimmer('2026-03-01', { intensity: 5 }));
    index.set('today.md', glimmer('2026-03-04'));
    index.setAttempted('broken.md', [{ severity: 'error', code: 'created-invalid', message: 'created is not a real date.' }]);
    expect(index.revision).toBeGreaterThan(at);
    expect(index.changedUpTo('2026-02-15', at)).toBe(false);
    expect(index.changedUpTo('2026-03-01', at)).toBe(true);
    // An old glimmer changed, removed, or moved onto an older day: it did.
    const later = index.revision;
    index.set('old.md', glimmer('2025-06-01', { intensity: 3 }));
    expect(index.changedUpTo('2026-02-15', later)).toBe(true);
    const after = index.revision;
    index.delete('old.md');
    expect(index.changedUpTo('2025-06-01', after)).toBe(true);
    const moved = index.revision;
    index.set('new.md', glimmer('2024-01-01'));
    expect(index.changedUpTo('2024-01-01', moved)).toBe(true);
    // Renaming moves a glimmer without changing its day: the day counts as changed (the path is part of the choice).
    const renamed = index.revision;
    index.rename('today.md', 'Moved/today.md');
    expect(index.changedUpTo('2026-03-03', renamed)).toBe(false);
    expect(index.changedUpTo('2026-03-04', renamed)).toBe(true);
  });

  it('says "changed" when asked about more changes than it keeps, so nothing stale is kept', () => {
    const index = new GlimmerIndex();
    index.set('old.md', glimmer('2025-06-01'));
    const at = index.revision;
    for (let i = 0; i < 100; i++) index.set('new.md', glimmer('2026-03-01', { intensity: (i % 5) + 1 }));
    expect(index.changedUpTo('2026-02-15', at)).toBe(false);
    for (let i = 0; i < 200; i++) index.set('new.md', glimmer('2026-03-01', { intensity: (i % 5) + 1 }));
    expect(index.changedUpTo('2026-02-15', at)).toBe(true);
    expect(index.changedUpTo('2026-02-15', index.revision - 10)).toBe(false);
  });
});

describe('GlimmerIndex changedDaysSince', () => {
  it('lists the days changed since a revision, and says it cannot tell past what it keeps', () => {
    const index = new GlimmerIndex();
    index.set('a.md', glimmer('2026-03-01'));
    const at = index.revision;
    expect(index.changedDaysSince(at)).toEqual([]);
    index.set('a.md', glimmer('2026-03-02'));
    index.set('b.md', glimmer('2026-02-01'));
    // Moving a glimmer changes the day it left and the day it joined.
    expect([...new Set(index.changedDaysSince(at))].sort()).toEqual(['2026-02-01', '2026-03-01', '2026-03-02']);
    expect(index.changedDaysSince(Number.NaN)).toBeNull();
    for (let i = 0; i < 300; i++) index.set('a.md', glimmer('2026-03-02', { intensity: (i % 5) + 1 }));
    expect(index.changedDaysSince(at)).toBeNull();
  });
});

describe('GlimmerIndex attemptedRevision', () => {
  it('grows when an attempted glimmer is recorded, replaced or dropped, and only then', () => {
    const index = new GlimmerIndex();
    const broken = [{ severity: 'error' as const, code: 'created-invalid', message: 'created is not a real date.' }];
    let at = index.attemptedRevision;
    const changed = (): boolean => {
      const moved = index.attemptedRevision !== at;
      at = index.attemptedRevision;
      return moved;
    };
    index.set('a.md', glimmer('2026-03-01'));
    index.delete('a.md');
    index.delete('nothing.md');
    expect(changed()).toBe(false);
    index.setAttempted('b.md', broken);
    expect(changed()).toBe(true);
    index.rename('b.md', 'c.md');
    expect(changed()).toBe(true);
    index.set('c.md', glimmer('2026-03-02'));
    expect(changed()).toBe(true);
    index.set('c.md', glimmer('2026-03-03'));
    expect(changed()).toBe(false);
    index.setAttempted('d.md', broken);
    changed();
    expect(index.delete('d.md')).toBe(true);
    expect(changed()).toBe(true);
  });
});
