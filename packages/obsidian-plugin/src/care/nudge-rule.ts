/**
 * When the end-of-day nudge may appear: pure, so the rule is tested without Obsidian. The nudge is
 * one quiet invitation at most once a day, on the chosen weekdays, from the chosen time until a few
 * hours later (so opening Obsidian later that evening still brings it once), and never when a
 * glimmer was already written that day. Nothing here counts missed days.
 */
import { localDate, nudgeMinutes, weekdayOf, type CareSettings } from '@glimmers/core';

/** How long after the chosen time the nudge may still come, when Obsidian opens later that evening. */
export const NUDGE_LATE_HOURS = 3;

/** What the rule looks at. */
export interface NudgeInput {
  now: Date;
  settings: Pick<CareSettings, 'nudge' | 'nudgeTime' | 'nudgeDays'>;
  /** The last day this device nudged or the person said "Not today" (`YYYY-MM-DD`), or `null`. */
  lastDay: string | null;
  /** Whether a glimmer exists for today; `null` while the vault is still being read (then wait). */
  wroteToday: boolean | null;
}

/** Whether to show the nudge now. */
export function shouldNudge(input: NudgeInput): boolean {
  const { now, settings } = input;
  if (!settings.nudge) return false;
  const today = localDate(now);
  if (input.lastDay === today) return false;
  const weekday = weekdayOf(today);
  if (weekday === null || !settings.nudgeDays.includes(weekday)) return false;
  const at = nudgeMinutes(settings.nudgeTime);
  const minutes = now.getHours() * 60 + now.getMinutes();
  if (at === null || minutes < at || minutes >= at + NUDGE_LATE_HOURS * 60) return false;
  return input.wroteToday === false;
}

/**
 * Whether today's nudge time has already passed (for turning the nudge on, or moving its time, in
 * the evening: that day then counts as done, so the nudge starts with the next chosen day).
 */
export function nudgeTimePassed(now: Date, nudgeTime: string): boolean {
  const at = nudgeMinutes(nudgeTime);
  return at !== null && now.getHours() * 60 + now.getMinutes() >= at;
}
