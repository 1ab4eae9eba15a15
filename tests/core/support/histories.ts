/**
 * Fixture histories for the summary in words: a year of glimmers before {@link HISTORY_TODAY}
 * written the same way every week, then a last stretch that differs (or not). Deterministic:
 * no randomness, so the approved sentences only change when the rules do.
 */
import type { IndexEntry } from '@glimmers/core';
import { addDays } from '@glimmers/core';
import { glimmer } from './glimmers.ts';

/** A Wednesday; weeks start on Monday 2026-03-02. */
export const HISTORY_TODAY = '2026-03-04';

/** The names of the fixture histories, as their approval files are named. */
export type HistoryName = 'steady' | 'heavy-stretch' | 'light-stretch' | 'new-person' | 'gap-of-three-weeks';

interface Week {
  /** Weights of the week's glimmers, Monday, Tuesday, Thursday, Friday (missing: fewer glimmers). */
  weights: number[];
  /** One intensity for every glimmer of the week, or one per glimmer (in turn). */
  intensity: number | number[];
  grounding: string[];
}

const DAY_OFFSETS = [0, 1, 3, 4];

/** Glimmers for `weeks` weeks ending with the week of today, newest week last. */
function build(weeks: Week[]): IndexEntry[] {
  const out: IndexEntry[] = [];
  const thisMonday = '2026-03-02';
  weeks.forEach((week, i) => {
    const monday = addDays(thisMonday, -7 * (weeks.length - 1 - i)) as string;
    week.weights.forEach((weight, k) => {
      const day = addDays(monday, DAY_OFFSETS[k] as number) as string;
      if (day > HISTORY_TODAY) return;
      const grounding = week.grounding[k % week.grounding.length];
      const intensity = typeof week.intensity === 'number' ? week.intensity : (week.intensity[k % week.intensity.length] as number);
      out.push({
        path: `Glimmers/${day}-${k}.md`,
        glimmer: glimmer(`${day}T17:${String(10 + k).padStart(2, '0')}`, {
          themes: ['client-hope'], moment: 'after-session', intensity, weight,
          grounding: grounding === undefined ? [] : [grounding],
        }),
      });
    });
  });
  return out;
}

/** A usual week: weights around 2 (mean 2.0 over a month), now and then a heavy day with a walk. */
function usualWeek(n: number): Week {
  const heavy = n % 5 === 0;
  return heavy
    ? { weights: [2, 4, 1, 1], intensity: 3, grounding: ['tea', 'walk', 'music', 'tea'] }
    : { weights: [2, 3, 1, 2], intensity: 4, grounding: ['tea', 'music', 'stretch'] };
}

function year(weeks = 52): Week[] {
  return Array.from({ length: weeks }, (_, i) => usualWeek(i));
}

/** The glimmers of one fixture history. */
export function history(name: HistoryName): IndexEntry[] {
  switch (name) {
    case 'steady':
      return build([...year(52), usualWeek(52), usualWeek(53)]);
    case 'heavy-stretch': {
      // Six heavy weeks (the current one up to Wednesday): weight about 3.7, intensity about 1.5.
      const heavy = (w: number[]): Week => ({ weights: w, intensity: [1, 2], grounding: ['breathing', 'walk'] });
      return build([...year(52), heavy([4, 4, 3, 4]), heavy([3, 4, 4, 4]), heavy([4, 3, 4, 4]), heavy([4, 4, 3, 4]), heavy([3, 4, 4, 4]), heavy([4, 4])]);
    }
    case 'light-stretch': {
      const light = (w: number[]): Week => ({ weights: w, intensity: 4, grounding: ['music'] });
      return build([...year(52), light([0, 1, 1, 0]), light([1, 0, 1, 1]), light([0, 1, 0, 0]), light([1, 0])]);
    }
    case 'new-person':
      return build([{ weights: [1, 3], intensity: 4, grounding: ['walk'] }]);
    case 'gap-of-three-weeks':
      // The usual year, then three empty weeks ending with this one.
      return build([...year(52), { weights: [], intensity: 1, grounding: [] }, { weights: [], intensity: 1, grounding: [] }, { weights: [], intensity: 1, grounding: [] }]);
  }
}

/** Every fixture history's name. */
export const HISTORY_NAMES: readonly HistoryName[] = ['steady', 'heavy-stretch', 'light-stretch', 'new-person', 'gap-of-three-weeks'];
