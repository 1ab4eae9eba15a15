/**
 * Fixture vaults for the dashboard tests: a seeded, deterministic vault of generated glimmers
 * (titles, "What I witnessed", "What I want to remember" and, for a third, "What I'm carrying"),
 * plus hostile glimmers whose text is HTML or script, and attempted glimmers with errors.
 */
import { GlimmerIndex } from '@glimmers/core';
import type { AttemptedEntry, IndexEntry } from '@glimmers/core';
import { generateVault, glimmer, prng } from '../../core/support/glimmers.ts';

/** The day every fixture treats as today. */
export const TODAY = '2026-03-04';

/** Each of these must show as text, never run: every one would set `window.__glimmersPwned`. */
export const HOSTILE = {
  title: '<img src=x onerror="window.__glimmersPwned=1">',
  remember: '<script>window.__glimmersPwned=2</script> Still here: </script><b>not bold</b>',
  feeling: '<img src=x onerror=window.__glimmersPwned=3>',
  theme: '<svg onload=window.__glimmersPwned=4>',
  message: '</script><script>window.__glimmersPwned=5</script>',
  path: 'Glimmers/<b onmouseover=window.__glimmersPwned=6>odd</b>.md',
} as const;

const TITLES = ['A small step', 'She laughed', 'The boundary', 'Back to the garden', 'First time in weeks', 'Quiet strength'];
const CARRYING = ['The court date next week.', 'His story of the crossing.', 'How tired I am by Thursday.'];

/**
 * `count` glimmers over the three years before {@link TODAY}, with titles and sections, plus the
 * hostile ones: the newest glimmer (hostile title and feeling, hostile theme) and the only
 * glimmer written on this day a year ago (hostile remember text, so it is the one to revisit).
 */
export function fixtureVault(count: number, seed = 20260304): { entries: IndexEntry[]; attempted: AttemptedEntry[] } {
  const rand = prng(seed);
  const entries = generateVault(count, seed, TODAY, 3 * 365)
    // Nothing else on a 4 March of an earlier year, so the hostile glimmer is the one to revisit.
    .filter((e) => !(e.glimmer.day.endsWith('-03-04') && e.glimmer.day < TODAY))
    .map((e, i) => {
      const g = e.glimmer;
      if (rand() < 0.7) g.title = TITLES[Math.floor(rand() * TITLES.length)] as string;
      g.sections = [
        { heading: 'What I witnessed', text: 'A client set a boundary.' },
        { heading: 'What I want to remember', text: 'Small steps count.' },
      ];
      // A third of them name what the person is carrying (by position: the random stream stays the same).
      if (i % 3 === 0) g.sections.push({ heading: "What I'm carrying", text: CARRYING[Math.floor(i / 3) % CARRYING.length] as string });
      return e;
    });
  entries.push({
    path: HOSTILE.path,
    glimmer: glimmer(`${TODAY}T23:59`, { title: HOSTILE.title, themes: [HOSTILE.theme, 'client-hope'], feelings: [HOSTILE.feeling], intensity: 5, weight: 1, moment: 'after-session' }),
  });
  entries.push({
    path: 'Glimmers/2025-03-04-remember.md',
    glimmer: glimmer('2025-03-04T18:00', { title: 'A year ago today', themes: ['meaning'], intensity: 4, sections: [{ heading: 'What I want to remember', text: HOSTILE.remember }] }),
  });
  const attempted: AttemptedEntry[] = [
    { path: 'Glimmers/broken-date.md', issues: [{ severity: 'error', code: 'created-invalid', message: 'created is not a real date: 2026-02-30.', field: 'created', line: 3, column: 10 }] },
    { path: 'Glimmers/hostile-error.md', issues: [{ severity: 'error', code: 'yaml-syntax', message: HOSTILE.message, line: 2 }, { severity: 'warning', code: 'theme-unknown', message: 'Unknown theme.' }] },
  ];
  return { entries, attempted };
}

/** An index over a fixture vault. */
export function fixtureIndex(count: number, seed?: number): GlimmerIndex {
  const { entries, attempted } = fixtureVault(count, seed);
  const index = new GlimmerIndex();
  for (const e of entries) index.set(e.path, e.glimmer);
  for (const a of attempted) index.setAttempted(a.path, a.issues);
  return index;
}
