/**
 * The vault's glimmers as a `GlimmerIndex`, fed from Obsidian's metadata cache one note at a time.
 *
 * Why the cache: reading and parsing every note costs seconds on a large vault; the cache already
 * holds each note's frontmatter. Only notes whose frontmatter block Obsidian could not parse are
 * read (to find glimmers with broken YAML), and only those. Nothing here ever writes to a note.
 *
 * Start-up: at layout ready the cache may still be empty for many
 * notes (`getFileCache` gives `null`); they arrive later through one `changed` event each, before
 * `resolved`. `resolved` may also have fired before this index subscribed, so the index counts
 * itself ready once its first pass is done and every note it saw had a cache, or `resolved` fired.
 */
import { GlimmerIndex, parseGlimmer, validateFrontmatter } from '@glimmers/core';
import { Component, debounce, TFile, TFolder, type App, type CachedMetadata, type Debouncer, type TAbstractFile } from 'obsidian';
import { cachedTitle, hasUnreadFrontmatter } from './cache-reading.ts';
import { IndexChanges } from './index-changes.ts';

/** Tuning for {@link VaultIndex}; the defaults suit a real vault. */
export interface VaultIndexOptions {
  /** Quiet time before subscribers hear about changes (default 300 ms). */
  debounceMs?: number;
  /** Most notes read from the cache between two pauses of the first pass (default 2,000). */
  chunkSize?: number;
  /** Longest stretch of the first pass, in ms, before it pauses anyway (default 8, well under a 50 ms long task). */
  sliceMs?: number;
}

/** How many notes go by between two looks at the clock during the first pass. */
const CLOCK_EVERY = 64;

/**
 * Owns a {@link GlimmerIndex} kept in step with the vault. Add it as a child of the plugin at
 * layout ready (`plugin.addChild(index)`): loading it subscribes to the vault and starts the first
 * pass; unloading it stops everything. Subscribers hear about changes through {@link onChange},
 * debounced, and only about real ones: a plain note saved, or a glimmer saved with the same data
 * (Obsidian saves every two seconds while someone types), changes nothing and calls no one.
 */
export class VaultIndex extends Component {
  /** The glimmers and attempted glimmers. Read it; only this class changes it. */
  readonly index = new GlimmerIndex();
  /** Writes to {@link index} that report whether they changed it. */
  private readonly writes = new IndexChanges(this.index);
  /** Notes seen with no cache yet: they will come through `changed`. */
  private readonly waiting = new Set<string>();
  /** Pending reads of notes with broken YAML, by path; a newer event for the path drops the older read. */
  private readonly reads = new Map<string, number>();
  private readToken = 0;
  private readonly notifySoon: Debouncer<[], void>;
  private readonly chunkSize: number;
  private readonly sliceMs: number;
  private passTimer: number | null = null;
  private scanned = false;
  private resolvedSeen = false;
  private isReady = false;
  private stopped = false;

  constructor(private readonly app: App, options: VaultIndexOptions = {}) {
    super();
    this.chunkSize = Math.max(1, options.chunkSize ?? 2000);
    this.sliceMs = options.sliceMs ?? 8;
    this.notifySoon = debounce(() => this.notify(), options.debounceMs ?? 300, true);
  }

  /** Whether the first pass over the vault has run (before it, the index is empty, not "no glimmers"). */
  get started(): boolean {
    return this.scanned;
  }

  /** Whether Obsidian has finished indexing the vault, so the numbers are complete. */
  get ready(): boolean {
    return this.isReady;
  }

  /**
   * Whether there is something worth drawing: the first pass has run and either the vault is
   * fully indexed or some notes are already known. An empty index while Obsidian is still
   * indexing means "not yet", not "no glimmers", so hosts keep saying they are reading.
   */
  get drawable(): boolean {
    return this.scanned && (this.isReady || this.index.size > 0 || this.index.attempted().length > 0);
  }

  /** How many changes the index has had: the same number means the same glimmers. */
  get version(): number {
    return this.writes.version;
  }

  /** Calls `listener` (debounced) after the index changed; returns a function that stops it. */
  onChange(listener: () => void): () => void {
    return this.writes.listen(listener);
  }

  override onload(): void {
    this.stopped = false;
    const { metadataCache, vault } = this.app;
    this.registerEvent(metadataCache.on('changed', (file) => this.changed(file)));
    this.registerEvent(metadataCache.on('resolved', () => this.resolved()));
    this.registerEvent(vault.on('rename', (file, oldPath) => this.renamed(file, oldPath)));
    this.registerEvent(vault.on('delete', (file) => this.deleted(file)));
    this.register(() => this.stop());
    void this.firstPass();
  }

  private stop(): void {
    this.stopped = true;
    if (this.passTimer !== null) window.clearTimeout(this.passTimer);
    this.passTimer = null;
    this.notifySoon.cancel();
    this.reads.clear();
    this.writes.forgetListeners();
  }

  /**
   * One pass over the vault with whatever the cache has, pausing after `chunkSize` notes or
   * `sliceMs` of work, whichever comes first, so Obsidian stays responsive on a large vault.
   */
  private async firstPass(): Promise<void> {
    // Not inside `onload`: when the layout is already ready, the plugin's load stays short.
    await this.pause();
    if (this.stopped) return;
    const files = this.app.vault.getMarkdownFiles();
    let lastPause = 0;
    let sliceStart = performance.now();
    for (let i = 0; i < files.length; i++) {
      const full = i - lastPause >= this.chunkSize;
      if (full || (i > lastPause && i % CLOCK_EVERY === 0 && performance.now() - sliceStart > this.sliceMs)) {
        await this.pause();
        if (this.stopped) return;
        lastPause = i;
        sliceStart = performance.now();
      }
      const file = files[i];
      // Deleted or moved since the list was taken: its own event has dealt with it.
      if (file && this.app.vault.getAbstractFileByPath(file.path) === file) this.update(file);
    }
    this.scanned = true;
    this.checkReady();
    this.notifyNow();
  }

  private pause(): Promise<void> {
    return new Promise((resolve) => {
      this.passTimer = window.setTimeout(() => {
        this.passTimer = null;
        resolve();
      }, 0);
    });
  }

  private changed(file: TFile): void {
    if (this.stopped) return;
    const changed = this.update(file);
    this.checkReady();
    if (changed) this.notifySoon();
  }

  private resolved(): void {
    if (this.stopped) return;
    // `resolved` also fires after later edits; only notes still waiting need another look.
    this.resolvedSeen = true;
    let changed = false;
    for (const path of [...this.waiting]) {
      const file = this.app.vault.getFileByPath(path);
      if (file) changed = this.update(file) || changed;
      else this.waiting.delete(path);
    }
    const wasReady = this.isReady;
    this.checkReady();
    if (!wasReady && this.isReady) this.notifyNow();
    else if (changed) this.notifySoon();
  }

  private checkReady(): void {
    if (!this.isReady && this.scanned && (this.resolvedSeen || this.waiting.size === 0)) this.isReady = true;
  }

  /**
   * Brings one note's entry up to date from its cache; returns whether the index changed. Never
   * throws: one odd note cannot stop the index.
   */
  private update(file: TFile): boolean {
    const path = file.path;
    if (file.extension !== 'md') return false;
    this.reads.delete(path);
    try {
      const cache = this.app.metadataCache.getFileCache(file);
      if (cache === null) {
        this.waiting.add(path);
        return false;
      }
      this.waiting.delete(path);
      if (hasUnreadFrontmatter(cache)) {
        this.readBroken(file, cache);
        return false;
      }
      const { glimmer, issues } = validateFrontmatter(cache.frontmatter);
      if (glimmer) {
        const title = cachedTitle(cache);
        if (title !== undefined) glimmer.title = title;
        return this.writes.set(path, glimmer);
      }
      if (issues.length > 0) {
        // `type: glimmer` with an error (a missing or impossible date, a bad scale): needs attention
        // now, unless it already does; the one note is then read for the line numbers the command
        // line shows too (the read keeps them when the note is saved again unchanged).
        const known = this.index.getAttempted(path);
        const changed = known === undefined ? this.writes.setAttempted(path, issues) : false;
        this.readBroken(file, cache);
        return changed;
      }
      return this.writes.delete(path);
    } catch {
      return this.writes.delete(path);
    }
  }

  /**
   * Reads one note whose YAML Obsidian could not parse (is it an attempted glimmer or a plain
   * note?) or that is an attempted glimmer (where are its errors?). Only such notes are ever read.
   */
  private readBroken(file: TFile, cache: CachedMetadata): void {
    const path = file.path;
    const token = ++this.readToken;
    this.reads.set(path, token);
    const apply = (text: string | null): void => {
      if (this.stopped || this.reads.get(path) !== token) return;
      this.reads.delete(path);
      const result = text === null ? null : parseGlimmer(text, { sections: false });
      let changed: boolean;
      if (result?.glimmer) {
        // Core's YAML reader accepted what Obsidian's did not: count it, as the command line would.
        const title = cachedTitle(cache);
        if (title !== undefined) result.glimmer.title = title;
        changed = this.writes.set(path, result.glimmer);
      } else if (result?.attempted) changed = this.writes.setAttempted(path, result.issues);
      else changed = this.writes.delete(path);
      if (changed) this.notifySoon();
    };
    this.app.vault.cachedRead(file).then(apply, () => apply(null));
  }

  private renamed(file: TAbstractFile, oldPath: string): void {
    if (this.stopped) return;
    let changed = false;
    if (file instanceof TFile) changed = this.move(file, oldPath);
    else if (file instanceof TFolder) {
      // Obsidian may announce only the folder: move every note inside it.
      const visit = (folder: TFolder): void => {
        for (const child of folder.children) {
          if (child instanceof TFolder) visit(child);
          else if (child instanceof TFile) changed = this.move(child, oldPath + child.path.slice(file.path.length)) || changed;
        }
      };
      visit(file);
    }
    if (changed) this.notifySoon();
  }

  /** Moves one note's entry; returns whether the index changed. */
  private move(file: TFile, oldPath: string): boolean {
    const wasReading = this.reads.delete(oldPath);
    const wasWaiting = this.waiting.delete(oldPath);
    if (file.extension !== 'md') return this.writes.delete(oldPath);
    const had = this.writes.rename(oldPath, file.path);
    // A read in flight, a missing cache, or a note that only now ends in .md: look at it under its new path.
    const looked = wasReading || wasWaiting || !oldPath.toLowerCase().endsWith('.md') ? this.update(file) : false;
    return had || looked;
  }

  private deleted(file: TAbstractFile): void {
    if (this.stopped) return;
    let changed = false;
    if (file instanceof TFolder) {
      const prefix = `${file.path}/`;
      const paths = [...this.index.entries(), ...this.index.attempted()].map((e) => e.path).filter((p) => p.startsWith(prefix));
      for (const path of paths) changed = this.forget(path) || changed;
      for (const path of [...this.waiting]) if (path.startsWith(prefix)) this.waiting.delete(path);
    } else changed = this.forget(file.path);
    if (changed) this.notifySoon();
  }

  /** Forgets a path; returns whether the index held anything there. */
  private forget(path: string): boolean {
    this.reads.delete(path);
    this.waiting.delete(path);
    return this.writes.delete(path);
  }

  private notifyNow(): void {
    this.writes.bump();
    this.notifySoon.cancel();
    this.notify();
  }

  private notify(): void {
    if (!this.stopped) this.writes.tell();
  }
}
