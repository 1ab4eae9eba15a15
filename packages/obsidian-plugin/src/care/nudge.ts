/**
 * The end-of-day nudge: one quiet notice, in the words of the practice, inviting a pause. It asks,
 * it never counts: no missed days, no second nudge. "Reflect now" opens the reflection form with
 * the end-of-day template; "Not today" lets the day go.
 */
import { localDate, type CareSettings } from '@glimmers/core';
import { Notice } from 'obsidian';
import { shouldNudge } from './nudge-rule.ts';
import type { NudgeState } from './nudge-state.ts';

/** The nudge's words: the seed's question, asked of oneself. */
export const NUDGE_WORDS = Object.freeze({
  title: 'Pause and reflect',
  question: 'What moment of resilience did I witness today? How did it feel in my body?',
  reflect: 'Reflect now',
  notToday: 'Not today',
});

/** What the nudge needs from the plugin. */
export interface NudgeHost {
  now(): Date;
  getSettings(): CareSettings;
  /** Whether a glimmer exists for `day`; `null` while the vault is still being read. */
  wroteOn(day: string): boolean | null;
  /** Opens "New glimmer" with the end-of-day template. */
  reflect(): void;
  state: NudgeState;
}

/** Decides and shows the nudge; {@link check} is called by timers and by events that may matter. */
export class EndOfDayNudge {
  private notice: Notice | null = null;

  constructor(private readonly host: NudgeHost) {}

  /** Shows the nudge when the rule says so. Cheap: safe to call every half minute. */
  check(): void {
    const { host } = this;
    const now = host.now();
    const today = localDate(now);
    const lastDay = host.state.get();
    if (lastDay === today) return;
    if (!shouldNudge({ now, settings: host.getSettings(), lastDay, wroteToday: host.wroteOn(today) })) return;
    // Marked before it shows: whatever happens next, this device nudges at most once today.
    host.state.set(today);
    this.show(today);
  }

  /** Hides the notice if it is still up (on unload). */
  close(): void {
    this.notice?.hide();
    this.notice = null;
  }

  private show(today: string): void {
    this.close();
    const fragment = createFragment();
    const box = fragment.createDiv({ cls: 'glimmers-nudge' });
    box.createEl('p', { cls: 'glimmers-nudge-title', text: NUDGE_WORDS.title });
    box.createEl('p', { cls: 'glimmers-nudge-question', text: NUDGE_WORDS.question });
    const actions = box.createDiv({ cls: 'glimmers-nudge-actions' });
    const reflect = actions.createEl('button', { cls: 'mod-cta', text: NUDGE_WORDS.reflect, attr: { type: 'button' } });
    const notToday = actions.createEl('button', { text: NUDGE_WORDS.notToday, attr: { type: 'button' } });
    reflect.addEventListener('click', () => {
      this.close();
      this.host.reflect();
    });
    notToday.addEventListener('click', () => {
      this.host.state.set(today);
      this.close();
    });
    // Stays until answered or dismissed: at the end of the day the person may be away for a minute.
    this.notice = new Notice(fragment, 0);
  }
}
