/**
 * Holds the current settings, loads them through `migrateSettings` and saves them without dropping
 * keys written by a newer version. One instance per plugin; no module state.
 */
import { cloneSettings, migrateSettings, settingsForSave, type GlimmersSettings } from '@glimmers/core';

/** Where settings are read from and written to (the plugin's `loadData` / `saveData`). */
export interface SettingsIO {
  load(): Promise<unknown>;
  save(data: unknown): Promise<void>;
}

/** The plugin's settings and who wants to know when they change. */
export class SettingsStore {
  private value: GlimmersSettings = migrateSettings(null);
  private raw: unknown = null;
  private readonly listeners = new Set<(settings: GlimmersSettings) => void>();

  constructor(private readonly io: SettingsIO) {}

  /** The current settings. Change them through {@link update}, never in place. */
  get current(): GlimmersSettings {
    return this.value;
  }

  /**
   * Reads `data.json`. Never throws: unreadable data gives the defaults.
   * @returns `false` when the data could not be read at all.
   */
  async load(): Promise<boolean> {
    let readable = true;
    try {
      this.raw = await this.io.load();
    } catch {
      this.raw = null;
      readable = false;
    }
    this.value = migrateSettings(this.raw);
    this.notify();
    return readable;
  }

  /** Changes a copy of the settings, cleans it with `migrateSettings`, saves it and tells listeners. */
  async update(change: (draft: GlimmersSettings) => void): Promise<void> {
    const next = cloneSettings(this.value);
    change(next);
    this.value = migrateSettings(next);
    const data = settingsForSave(this.value, this.raw);
    this.raw = data;
    await this.io.save(data);
    this.notify();
  }

  /** Calls `listener` after every load and update; returns a function that stops it. */
  onChange(listener: (settings: GlimmersSettings) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(): void {
    for (const listener of this.listeners) listener(this.value);
  }
}
