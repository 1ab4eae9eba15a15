/**
 * Writes to a {@link GlimmerIndex} that say whether they changed it. Obsidian re-reports a note
 * every time it is saved (about every two seconds while someone types), mostly with nothing new
 * for the index: a plain note, or a glimmer with the same data. Those writes are skipped here, so
 * the dashboards that listen redraw only when something they show can have changed.
 */
import { deepEqual } from '@glimmers/core';
import type { Glimmer, GlimmerIndex, Issue } from '@glimmers/core';

/** A glimmer index with change-reporting writes, a count of the changes so far, and who to tell. */
export class IndexChanges {
  private count = 0;
  private readonly listeners = new Set<() => void>();

  constructor(readonly index: GlimmerIndex) {}

  /** How many writes changed the index so far. */
  get version(): number {
    return this.count;
  }

  /** Adds a listener for {@link tell}; returns a function that removes it. */
  listen(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** Removes every listener. */
  forgetListeners(): void {
    this.listeners.clear();
  }

  /** Calls every listener; one that throws does not stop the others. */
  tell(): void {
    for (const listener of [...this.listeners]) {
      try {
        listener();
      } catch (error) {
        // Never the error's message: it could quote a note.
        console.error('Glimmers: a dashboard could not be updated.', error instanceof Error ? error.name : typeof error);
      }
    }
  }

  /** Counts a change made some other way (the index becoming ready). */
  bump(): void {
    this.count += 1;
  }

  private changed(did: boolean): boolean {
    if (did) this.count += 1;
    return did;
  }

  /** Puts a glimmer at `path` unless the same data is there already; returns whether it changed. */
  set(path: string, glimmer: Glimmer): boolean {
    const old = this.index.get(path);
    if (old !== undefined && deepEqual(old, glimmer)) return false;
    this.index.set(path, glimmer);
    return this.changed(true);
  }

  /** Records an attempted glimmer unless the same issues are recorded; returns whether it changed. */
  setAttempted(path: string, issues: readonly Issue[]): boolean {
    const old = this.index.getAttempted(path);
    if (old !== undefined && deepEqual(old, issues)) return false;
    this.index.setAttempted(path, issues);
    return this.changed(true);
  }

  /** Forgets `path`; returns whether anything was recorded there. */
  delete(path: string): boolean {
    return this.changed(this.index.delete(path));
  }

  /** Moves what is recorded at `from` to `to`; returns whether anything was recorded at `from`. */
  rename(from: string, to: string): boolean {
    const had = from !== to && this.index.has(from);
    this.index.rename(from, to);
    return this.changed(had);
  }
}
