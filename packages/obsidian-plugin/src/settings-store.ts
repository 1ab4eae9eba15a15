/**
 * Holds the current settings, loads them through `migrateSettings` and saves them without dropping
 * keys written by a newer version. One instance per plugin; no module state.
 *
 * Writes are queued, one at a time, each writing the settings as they are when it starts, so the
 * last change always wins and two writes never finish out of order. Text boxes use
 * {@link SettingsStore.updateSoon}: with sync, every write of `data.json` is a new version, so
 * typing a folder name writes once after a pause (or when the box or the tab is left), not once
 * per key.
 */
import { cloneSettings, migrateSettings, settingsForSave, type GlimmersSettings } from '@glimmers/core';

/** Where settings are read from and written to (the plugin's `loadData` / `saveData`). */
export interface SettingsIO {
  load(): Promise<unknown>;
  save(data: unknown): Promise<void>;
}

/** Timers for the pause before a write (the window's, or a test's). */
export interface SettingsTimers {
  setTimeout(callback: () => void, ms: number): number;
  clearTimeout(id: number): void;
}

/** Why listeners are told: the settings were read from disk, or changed here. */
export type SettingsChangeCause = 'load' | 'update';

/** How long {@link SettingsStore.updateSoon} waits after the last change before writing. */
export const SETTINGS_SAVE_PAUSE_MS = 1000;

const windowTimers: SettingsTimers = {
  setTimeout: (callback, ms) => window.setTimeout(callback, ms),
  clearTimeout: (id) => window.clearTimeout(id),
};

/** The plugin's settings and who wants to know when they change. */
export class SettingsStore {
  private value: GlimmersSettings = migrateSettings(null);
  private raw: unknown = null;
  private readonly listeners = new Set<(settings: GlimmersSettings, cause: SettingsChangeCause) => void>();
  /** The queue of writes: each waits for the one before it. */
  private writes: Promise<void> = Promise.resolve();
  /** Whether a write is queued that has not started yet (it will write the latest settings). */
  private queued: Promise<void> | null = null;
  private unsaved = false;
  private timer: number | null = null;

  constructor(private readonly io: SettingsIO, private readonly timers: SettingsTimers = windowTimers) {}

  /** The current settings. Change them through {@link update}, never in place. */
  get current(): GlimmersSettings {
    return this.value;
  }

  /**
   * Reads `data.json`. Never throws: unreadable data gives the defaults. A change still waiting
   * for its pause is written first, so what the person just typed is not lost.
   * @returns `false` when the data could not be read at all.
   */
  async load(): Promise<boolean> {
    await this.flush().catch(() => undefined);
    let readable = true;
    try {
      this.raw = await this.io.load();
    } catch {
      this.raw = null;
      readable = false;
    }
    this.value = migrateSettings(this.raw);
    this.notify('load');
    return readable;
  }

  /** Changes a copy of the settings, cleans it with `migrateSettings`, tells listeners, and writes it (queued). */
  update(change: (draft: GlimmersSettings) => void): Promise<void> {
    this.apply(change);
    this.cancelPause();
    return this.write();
  }

  /**
   * Like {@link update}, but writes after {@link SETTINGS_SAVE_PAUSE_MS} without another change,
   * or at {@link flush} (a text box or the settings tab left, the app hidden, the plugin unloaded).
   */
  updateSoon(change: (draft: GlimmersSettings) => void): void {
    this.apply(change);
    this.cancelPause();
    this.timer = this.timers.setTimeout(() => {
      this.timer = null;
      void this.write().catch(() => undefined);
    }, SETTINGS_SAVE_PAUSE_MS);
  }

  /** Writes a change still waiting for its pause now; resolves when every queued write is done. */
  flush(): Promise<void> {
    if (this.timer !== null) {
      this.cancelPause();
      return this.write();
    }
    return this.queued ?? this.writes;
  }

  /** Calls `listener` after every load and change; returns a function that stops it. */
  onChange(listener: (settings: GlimmersSettings, cause: SettingsChangeCause) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private apply(change: (draft: GlimmersSettings) => void): void {
    const next = cloneSettings(this.value);
    change(next);
    this.value = migrateSettings(next);
    this.unsaved = true;
    this.notify('update');
  }

  private cancelPause(): void {
    if (this.timer === null) return;
    this.timers.clearTimeout(this.timer);
    this.timer = null;
  }

  /** Queues one write of the settings as they are when it starts; a write already waiting covers this one. */
  private write(): Promise<void> {
    if (this.queued) return this.queued;
    const run = this.writes.then(async () => {
      this.queued = null;
      if (!this.unsaved) return;
      this.unsaved = false;
      const data = settingsForSave(this.value, this.raw);
      this.raw = data;
      try {
        await this.io.save(data);
      } catch (error) {
        this.unsaved = true;
        throw error;
      }
    });
    this.queued = run;
    // A failed write is reported to its caller; the queue goes on.
    this.writes = run.catch(() => undefined);
    return run;
  }

  private notify(cause: SettingsChangeCause): void {
    // A copy: a listener may stop itself and start anew (the settings tab redrawing), and a Set
    // would then visit the new one in this same pass, again and again.
    for (const listener of [...this.listeners]) listener(this.value, cause);
  }
}
