/**
 * Drafts as notes in the vault, so an unsaved glimmer survives the phone ending Obsidian in the
 * background. A draft is written a moment after the person stops typing (and at once when the app
 * goes to the background or the form closes), as one note per form in `<glimmer folder>/Drafts`,
 * `type: glimmer-draft` (see core's `draft-note.ts`: never counted as a glimmer). It is read back
 * the next time that form opens, and deleted when the glimmer is saved or the draft let go.
 * Never in `data.json`: `data.json` holds settings only, and a draft is note text.
 */
import { draftNoteText, localCreated, readDraftNote, slugify, type GlimmerDraft } from '@glimmers/core';
import { TFile, TFolder, type Vault } from 'obsidian';
import { existingFolderPath, type GlimmerWriter } from './glimmer-writer.ts';
import { folderPath } from './vault-paths.ts';

/** The folder under the glimmer folder that holds draft notes. */
export const DRAFTS_FOLDER = 'Drafts';

/** What the draft notes need from the plugin. */
export interface DraftNotesDeps {
  vault: Vault;
  writer: GlimmerWriter;
  /** The glimmer folder setting, read at each write (it may change). */
  glimmerFolder(): string;
  now(): Date;
  /** Quiet time after the last change before a draft is written (default 1,500 ms). */
  delayMs?: number;
}

/** A file name for a form's draft, without note words: the form and the template only. */
export function draftBaseName(key: string): string {
  const [kind, ...rest] = key.split(':');
  const template = rest.join(':').replace(/^builtin:/, '').replace(/\.md$/i, '').split('/').pop() ?? '';
  const base = kind === 'quick' ? 'Unsaved quick glimmer' : 'Unsaved glimmer';
  const tail = template === 'session' || template === 'quick' ? '' : slugify(template);
  return tail === '' ? base : `${base} ${tail}`;
}

/** Drafts by key (`<form>:<template id>`): in memory for this session, and as notes in the vault. */
export class DraftNotes {
  private readonly memory = new Map<string, GlimmerDraft>();
  private readonly pending = new Map<string, number>();
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly deps: DraftNotesDeps) {}

  private folder(): string {
    const root = folderPath(this.deps.glimmerFolder());
    return root === '' ? DRAFTS_FOLDER : `${root}/${DRAFTS_FOLDER}`;
  }

  /** The draft note of `key`, if there is one (a note of another kind is never taken for it). */
  private async find(key: string): Promise<TFile | null> {
    const folder = this.deps.vault.getAbstractFileByPath(existingFolderPath(this.deps.vault, this.folder()));
    if (!(folder instanceof TFolder)) return null;
    for (const child of folder.children) {
      if (!(child instanceof TFile) || child.extension !== 'md') continue;
      if (readDraftNote(await this.deps.vault.cachedRead(child))?.key === key) return child;
    }
    return null;
  }

  /** Runs writes one after another, so two writes of one draft never race. */
  private enqueue<T>(job: () => Promise<T>): Promise<T> {
    const result = this.queue.then(job);
    this.queue = result.catch(() => undefined);
    return result;
  }

  /** The draft kept for `key`: this session's, or the note's from an earlier one. */
  async load(key: string): Promise<GlimmerDraft | undefined> {
    const held = this.memory.get(key);
    if (held !== undefined) return held;
    try {
      const file = await this.enqueue(() => this.find(key));
      const note = file === null ? null : readDraftNote(await this.deps.vault.cachedRead(file));
      return note?.draft;
    } catch {
      return undefined;
    }
  }

  /** Keeps the draft, and writes its note once the person pauses. */
  schedule(key: string, draft: GlimmerDraft): void {
    this.memory.set(key, draft);
    const timer = this.pending.get(key);
    if (timer !== undefined) window.clearTimeout(timer);
    this.pending.set(key, window.setTimeout(() => void this.write(key), this.deps.delayMs ?? 1500));
  }

  /** Writes every draft that waits for its pause, now (the app is going to the background). */
  async flush(): Promise<void> {
    await Promise.all([...this.pending.keys()].map((key) => this.write(key)));
  }

  private async write(key: string): Promise<void> {
    const timer = this.pending.get(key);
    if (timer !== undefined) window.clearTimeout(timer);
    this.pending.delete(key);
    const draft = this.memory.get(key);
    if (draft === undefined) return;
    const text = draftNoteText({ key, draft }, localCreated(this.deps.now()));
    try {
      await this.enqueue(async () => {
        // The draft may have been saved or let go while this write waited its turn.
        if (this.memory.get(key) !== draft) return;
        const file = await this.find(key);
        if (file !== null) await this.deps.vault.process(file, () => text);
        else await this.deps.writer.create(this.folder(), draftBaseName(key), text);
      });
    } catch (error) {
      // The draft is still in memory for this session; a failed write loses nothing now.
      console.warn('Glimmers: could not keep the draft as a note', error instanceof Error ? error.message : '');
    }
  }

  /** Forgets the draft and deletes its note (the glimmer was saved, or the draft let go). */
  async remove(key: string): Promise<void> {
    const timer = this.pending.get(key);
    if (timer !== undefined) window.clearTimeout(timer);
    this.pending.delete(key);
    this.memory.delete(key);
    await this.enqueue(async () => {
      const file = await this.find(key);
      // Deleted, not moved to the trash: the words live on in the saved glimmer (or were let go on
      // purpose), and a copy in `.trash` for every glimmer would keep note text nobody asked for
      // (so Obsidian's review rule that prefers `trashFile` is knowingly not followed here).
      if (file !== null) await this.deps.vault.delete(file);
    });
  }

}
