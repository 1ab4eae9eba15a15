/**
 * Unsaved form contents, kept in memory on the plugin instance so an accidental close loses nothing.
 * Never written to disk: `data.json` holds settings only, and a draft is note text.
 */

/** Drafts by key (the template a form was opened with). */
export class DraftStore<T> {
  private readonly drafts = new Map<string, T>();

  get(key: string): T | undefined {
    return this.drafts.get(key);
  }

  set(key: string, draft: T): void {
    this.drafts.set(key, draft);
  }

  delete(key: string): void {
    this.drafts.delete(key);
  }

  /** Forgets every draft (on unload). */
  clear(): void {
    this.drafts.clear();
  }
}
