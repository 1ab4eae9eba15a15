import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GlimmerIndex, SUMMARY_RULES, summarizeHistory } from '@glimmers/core';
import type { IndexEntry } from '@glimmers/core';
import { expectApprovedFile } from './support/approved.ts';
import { glimmer } from './support/glimmers.ts';
import { HISTORY_NAMES, HISTORY_TODAY, history } from './support/histories.ts';

const APPROVED = join(import.meta.dirname, '__approved__');

function indexOf(entries: readonly IndexEntry[]): GlimmerIndex {
  const index = new GlimmerIndex();
  for (const e of entries) index.set(e.path, e.glimmer);
  return index;
}

/** Words that would judge, compare with other people, or count a streak. */
const NEVER = /streak|in a row|missed|lost|should|norm|average person|other people|good job|well done|bad|poor|failed/i;

describe('summarizeHistory: approved sentences for fixture histories', () => {
  for (const name of HISTORY_NAMES) {
    it(`says the right things for ${name}`, () => {
      const summary = summarizeHistory(indexOf(history(name)), { today: HISTORY_TODAY, weekStart: 1 });
      expectApprovedFile(APPROVED, `summary-${name}`, 'txt', `${summary.lines.join('\n')}\n`);
      for (const line of summary.lines) expect(line).not.toMatch(NEVER);
    });
  }

  it('names a heavy stretch with its figures, and what helped on heavy days before it', () => {
    const s = summarizeHistory(indexOf(history('heavy-stretch')), { today: HISTORY_TODAY, weekStart: 1 });
    expect(s.stretch).toMatchObject({ direction: 'heavier', weeks: 6, from: '2026-01-26', to: '2026-03-08' });
    expect(s.stretch?.usual).toBeCloseTo(2, 5);
    expect(s.helped).toMatchObject({ grounding: 'walk' });
  });

  it('names a light stretch as lighter, over the weeks that lean that way only', () => {
    const s = summarizeHistory(indexOf(history('light-stretch')), { today: HISTORY_TODAY, weekStart: 1 });
    expect(s.stretch).toMatchObject({ direction: 'lighter', weeks: 4 });
    expect(s.helped).toBeNull();
  });

  it('says nothing comparative for a steady year, a new person or after a pause', () => {
    for (const name of ['steady', 'new-person', 'gap-of-three-weeks'] as const) {
      const s = summarizeHistory(indexOf(history(name)), { today: HISTORY_TODAY, weekStart: 1 });
      expect(s.stretch, name).toBeNull();
      expect(s.lines, name).toHaveLength(2);
    }
  });
});

describe('summarizeHistory: what "notably" means', () => {
  /** `usualWeight` for 30 weeks (3 a week), then `recent` weights for the last `weeks` weeks. */
  function index(usualWeight: number, recent: number[][]): GlimmerIndex {
    const entries: IndexEntry[] = [];
    const weeks = 30 + recent.length;
    for (let w = 0; w < weeks; w++) {
      const monday = new Date(Date.UTC(2026, 2, 2 - 7 * (weeks - 1 - w))).toISOString().slice(0, 10);
      const weights = w < 30 ? [usualWeight, usualWeight, usualWeight] : (recent[w - 30] as number[]);
      weights.forEach((weight, k) => entries.push({ path: `${monday}-${k}.md`, glimmer: glimmer(`${monday}T1${k}:00`, { weight }) }));
    }
    return indexOf(entries);
  }
  const today = '2026-03-03';

  it('needs a whole step of the scale between the stretch and the usual', () => {
    const just = summarizeHistory(index(2, [[3, 3, 3], [3, 3, 3]]), { today });
    expect(just.stretch).toMatchObject({ direction: 'heavier', weeks: 2, weight: 3, usual: 2 });
    expect(summarizeHistory(index(2, [[2.9, 2.9, 2.9], [2.9, 2.9, 2.9]]), { today }).stretch).toBeNull();
    expect(SUMMARY_RULES.notableDifference).toBe(1);
  });

  it('needs enough weights in the stretch, over more than one week', () => {
    expect(summarizeHistory(index(1, [[], [4, 4, 4, 4, 4]]), { today }).stretch).toBeNull();
    expect(summarizeHistory(index(1, [[4, 4], [4, 4]]), { today }).stretch).toBeNull();
    expect(summarizeHistory(index(1, [[4, 4, 4], [4, 4]]), { today }).stretch).not.toBeNull();
  });

  it('does not let one odd week make a stretch', () => {
    // Three weeks at a mean of 3.3 against 2, but the middle week is lighter than usual.
    expect(summarizeHistory(index(2, [[5, 5, 5], [1, 1, 1], [4, 4, 4]]), { today }).stretch).toBeNull();
    expect(summarizeHistory(index(2, [[5, 5, 5], [2.5, 2.5, 2.5], [4, 4, 4]]), { today }).stretch).toMatchObject({ weeks: 3, direction: 'heavier' });
  });

  it('follows the first day of the week, the theme filter and an impossible day without throwing', () => {
    const idx = index(2, [[4, 4, 4], [4, 4, 4]]);
    expect(summarizeHistory(idx, { today, weekStart: 0 }).week.from).toBe('2026-03-01');
    expect(summarizeHistory(idx, { today, themes: ['none-such'] }).lines).toEqual(['No glimmers this week so far.', 'No glimmers this month so far.']);
    expect(summarizeHistory(idx, { today: '2026-02-30' }).lines).toEqual([]);
  });
});
