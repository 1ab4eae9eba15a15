/**
 * Where this device remembers the last day it nudged (or heard "Not today"): Obsidian's local
 * storage for the vault, on this device only. Not in a note (it is not the person's writing) and
 * not in `data.json` (that file syncs: a phone and a laptop would overwrite each other's day, and
 * the file would change every evening). A glimmer written on any device still silences the nudge
 * everywhere, because the nudge looks for that day's glimmers in the vault itself.
 */
import { isValidDay } from '@glimmers/core';
import { requireApiVersion, type App } from 'obsidian';

/** The key, within the vault's local storage. */
export const NUDGE_STATE_KEY = 'glimmers-nudged-day';

/** The last day nudged on this device. */
export interface NudgeState {
  /** `YYYY-MM-DD`, or `null` when this device never nudged. */
  get(): string | null;
  set(day: string): void;
}

/**
 * The state in the vault's local storage (Obsidian 1.8.7 and later), or in the window's local
 * storage under a key naming the vault on older versions. A missing or unreadable value reads as
 * "never", so the worst a broken store can do is one nudge, never a crash.
 */
export function deviceNudgeState(app: App): NudgeState {
  const fallbackKey = `${NUDGE_STATE_KEY}:${app.vault.getName()}`;
  const read = (): unknown => {
    try {
      return requireApiVersion('1.8.7') ? app.loadLocalStorage(NUDGE_STATE_KEY) : window.localStorage.getItem(fallbackKey);
    } catch {
      return null;
    }
  };
  return {
    get() {
      const value = read();
      return isValidDay(value) ? value : null;
    },
    set(day) {
      try {
        if (requireApiVersion('1.8.7')) app.saveLocalStorage(NUDGE_STATE_KEY, day);
        else window.localStorage.setItem(fallbackKey, day);
      } catch {
        // Storage full or unavailable: the nudge may come once more on this device, nothing worse.
      }
    },
  };
}
