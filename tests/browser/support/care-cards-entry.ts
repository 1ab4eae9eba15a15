/**
 * The care cards drawn in a page for the browser tests: the revisit card, the back-to-basics card,
 * the end-of-day nudge and the review panel, from the plugin's own modules (with the Obsidian
 * stand-in), over made-up glimmers. `window.glimmersCare.show(name)` draws one.
 */
import { defaultSettings, GlimmerIndex, type Glimmer } from '@glimmers/core';
import { BasicsModal } from '../../../packages/obsidian-plugin/src/care/basics-modal.ts';
import { EndOfDayNudge } from '../../../packages/obsidian-plugin/src/care/nudge.ts';
import { ReviewBlock } from '../../../packages/obsidian-plugin/src/care/review-block.ts';
import { RevisitModal } from '../../../packages/obsidian-plugin/src/care/revisit-modal.ts';
import type { RevisitSession, RevisitShown } from '../../../packages/obsidian-plugin/src/care/revisit-session.ts';
import type { VaultIndex } from '../../../packages/obsidian-plugin/src/dashboard/vault-index.ts';
import { installDomHelpers } from './obsidian-standin.ts';

installDomHelpers(window);

const SHOWN: RevisitShown[] = [
  { path: 'a.md', reason: 'From 11 January 2026', dateLabel: '11 January 2026', title: 'She laughed again', words: { heading: 'What I want to remember', text: 'Laughter can come back, even here, even after everything that happened to her this year.' } },
  { path: 'b.md', reason: 'From 20 January 2026', dateLabel: '20 January 2026', words: { heading: 'What I witnessed', text: 'A boundary, said calmly.' } },
];
const ON_THIS_DAY: RevisitShown = { path: 'c.md', reason: 'On this day, a year ago', ago: 'a year ago', dateLabel: '4 March 2025', title: 'A year ago today', words: { heading: 'What I want to remember', text: 'Small steps count.' } };

function session(): RevisitSession {
  let i = -1;
  return {
    next: async () => SHOWN[(i = (i + 1) % SHOWN.length)] ?? null,
    onThisDay: async () => ON_THIS_DAY,
  } as unknown as RevisitSession;
}

function glimmer(created: string, more: Partial<Glimmer>): Glimmer {
  return { created, day: created.slice(0, 10), themes: [], body: [], feelings: [], grounding: [], extra: {}, sections: [], ...more };
}

const shows: Record<string, () => void> = {
  revisit: () => new RevisitModal({} as never, session(), () => undefined, () => true).open(),
  basics: () => new BasicsModal({} as never, () => ['a short walk', 'tea', 'feet on the floor', 'talking with a colleague about something that stayed with me']).open(),
  nudge: () => {
    new EndOfDayNudge({
      now: () => new Date(2026, 2, 4, 17, 31),
      getSettings: () => ({ ...defaultSettings().care, nudge: true }),
      wroteOn: () => false,
      reflect: () => undefined,
      state: { get: () => null, set: () => undefined },
    }).check();
  },
  review: () => {
    const index = new GlimmerIndex();
    index.set('a.md', glimmer('2026-03-02T17:40', { intensity: 5, weight: 2, themes: ['client-hope', 'presence'], grounding: ['tea'] }));
    index.set('b.md', glimmer('2026-03-04', { intensity: 3, themes: ['client-growth'], grounding: ['a short walk', 'tea'] }));
    const vaultIndex = { index, drawable: true, ready: true, onChange: () => () => undefined } as unknown as VaultIndex;
    const mount = document.body.appendChild(document.createElement('div'));
    mount.className = 'glimmers-test-note';
    new ReviewBlock(mount, 'panel: review', {
      vaultIndex, getSettings: () => defaultSettings(), onSettingsChange: () => () => undefined, now: () => new Date(2026, 2, 5, 9, 0), write: async () => undefined,
    }).load();
  },
};

(window as unknown as { glimmersCare: { show(name: string): void } }).glimmersCare = {
  show(name) {
    shows[name]?.();
  },
};
