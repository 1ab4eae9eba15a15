// Drives the dashboard as Obsidian would: a metadata cache that is empty at layout ready and then
// fills one `changed` at a time before `resolved`, panes opened through the command, code blocks
// rendered by their processor, and fake timers for the debounce (no waiting on the clock).
import { GlimmerIndex, parseGlimmer } from '@glimmers/core';
import type { CachedMetadata, MarkdownPostProcessorContext, ViewState } from 'obsidian';
import { App, FileManager, getFrontMatterInfo, MetadataCache, TFile, Vault, WorkspaceLeaf, type Component, type View } from 'obsidian-test-mocks/obsidian';
import { afterEach, beforeEach, expect, vi, type MockInstance } from 'vitest';
import { cleanUp, mockPlugin, startPlugin, type Disk, type Harness } from './harness.ts';

/** Wednesday 4 March 2026, 10:00 local time: "today" in every dashboard test. */
export const NOW = new Date(2026, 2, 4, 10, 0, 0);

type Patchable = Record<string | symbol, unknown>;

// Obsidian keeps the position of a frontmatter block it could not parse (a `yaml` section and
// `frontmatterPosition`) and leaves `frontmatter` out. The shared setup gives such a note an empty
// cache instead, which would hide the one signal the index uses to find broken glimmers.
const PATCHED = Symbol.for('glimmers.dashboard.brokenYamlCache');
const cacheProto = MetadataCache.prototype as unknown as Patchable;
if (!cacheProto[PATCHED]) {
  cacheProto[PATCHED] = true;
  const inner = cacheProto['parseFileMetadata'] as (this: Patchable, file: unknown) => void;
  cacheProto['parseFileMetadata'] = function parseFileMetadata(this: Patchable, file: unknown): void {
    let changed: unknown[] | null = null;
    const trigger = this['trigger'] as (name: string, ...data: unknown[]) => void;
    this['trigger'] = (name: string, ...data: unknown[]): void => {
      if (name === 'changed') changed = data;
      else trigger.call(this, name, ...data);
    };
    try {
      inner.call(this, file);
    } finally {
      delete this['trigger'];
    }
    if (changed === null) return;
    const [changedFile, content, cache] = changed as [TFile, string, CachedMetadata];
    let next = cache;
    const info = typeof content === 'string' ? getFrontMatterInfo(content) : null;
    if (info?.exists && cache.frontmatterPosition === undefined) {
      const lines = content.slice(0, info.contentStart).split('\n');
      const end = { line: lines.length - 1, col: (lines[lines.length - 1] ?? '').length, offset: info.contentStart };
      const position = { start: { line: 0, col: 0, offset: 0 }, end };
      next = { ...cache, frontmatterPosition: position, sections: [{ type: 'yaml', position }, ...(cache.sections ?? [])] };
      (this['cache__'] as Map<string, unknown>).set(changedFile.path, next);
    }
    trigger.call(this, 'changed', changedFile, content, next);
  };
}

/** One glimmer note, written as the plugin writes them. */
export interface NoteSpec {
  created: string;
  moment?: string;
  themes?: string[];
  intensity?: number;
  weight?: number;
  body?: string[];
  feelings?: string[];
  grounding?: string[];
  title?: string;
  remember?: string;
}

export function glimmerNote(g: NoteSpec): string {
  const lines = ['---', 'type: glimmer', `created: ${g.created}`];
  if (g.moment) lines.push(`moment: ${g.moment}`);
  const list = (key: string, values: string[] | undefined): void => {
    if (values && values.length > 0) lines.push(`${key}:`, ...values.map((v) => `  - ${v}`));
  };
  list('themes', g.themes);
  if (g.intensity !== undefined) lines.push(`intensity: ${g.intensity}`);
  if (g.weight !== undefined) lines.push(`weight: ${g.weight}`);
  list('body', g.body);
  list('feelings', g.feelings);
  list('grounding', g.grounding);
  lines.push('---', '');
  if (g.title) lines.push(`# ${g.title}`, '');
  lines.push('## What I witnessed', '', 'A small step, clearly seen.', '');
  if (g.remember) lines.push('## What I want to remember', '', g.remember, '');
  return lines.join('\n');
}

/** The broken notes every vault carries: two that need attention, two plain notes that never do. */
export const BROKEN_GLIMMER = 'Glimmers/broken yaml.md';
export const IMPOSSIBLE_DATE = 'Glimmers/impossible date.md';
export const TROUBLE: Record<string, string> = {
  [BROKEN_GLIMMER]: '---\ntype: glimmer\ncreated: 2026-03-03\nthemes: [client-hope\n---\n\n## What I witnessed\n\nText.\n',
  [IMPOSSIBLE_DATE]: '---\ntype: glimmer\ncreated: 2026-02-30\n---\n\n## What I witnessed\n\nText.\n',
  'Notes/plain.md': '# A plain note\n\nNothing to do with glimmers. type: glimmer\n',
  'Notes/plain broken yaml.md': '---\ntitle: [unclosed\n---\n\nA plain note whose YAML is broken.\n',
};

/** A small vault around {@link NOW}: this week, the week before, a Sunday, last year on this day, two years ago. */
export function sampleVault(): Record<string, string> {
  return {
    'Glimmers/2026-03-04 a.md': glimmerNote({ created: '2026-03-04T09:10', moment: 'after-session', themes: ['client-hope', 'client-growth'], intensity: 4, weight: 3, body: ['chest'], feelings: ['warmth', 'hope'], grounding: ['a slow breath'], title: 'She laughed again' }),
    'Glimmers/2026-03-04 b.md': glimmerNote({ created: '2026-03-04T16:40', moment: 'end-of-day', themes: ['presence'], body: ['shoulders'], feelings: ['calm'] }),
    'Glimmers/2026-03-02.md': glimmerNote({ created: '2026-03-02', moment: 'after-session', themes: ['client-hope'], intensity: 5, weight: 2, body: ['chest', 'breath'], feelings: ['hope'] }),
    'Glimmers/2026-03-01 sunday.md': glimmerNote({ created: '2026-03-01T20:00', moment: 'supervision', themes: ['meaning'], intensity: 2, grounding: ['a short walk'] }),
    'Glimmers/2026-02-10.md': glimmerNote({ created: '2026-02-10', moment: 'after-session', themes: ['client-growth'], intensity: 3, weight: 4, feelings: ['relief'] }),
    'Glimmers/2025-12-31.md': glimmerNote({ created: '2025-12-31T23:59', moment: 'end-of-day', themes: ['perspective'], intensity: 3 }),
    'Glimmers/2025/2025-03-04.md': glimmerNote({ created: '2025-03-04', moment: 'after-session', themes: ['client-hope'], intensity: 4, title: 'A year ago', remember: 'People can change, slowly and for real.' }),
    'Glimmers/2025/2025-06-15.md': glimmerNote({ created: '2025-06-15', themes: ['self-care'], body: ['hands'] }),
    'Glimmers/2024-01-20.md': glimmerNote({ created: '2024-01-20', moment: 'other', themes: ['context'], intensity: 1 }),
    ...TROUBLE,
  };
}

/** A `GlimmerIndex` built the slow way (every file read and parsed), to check the plugin's numbers against. */
export async function expectedIndex(app: App): Promise<GlimmerIndex> {
  const index = new GlimmerIndex();
  for (const file of app.vault.getMarkdownFiles()) {
    const parsed = parseGlimmer(app.vault.readSync__(file));
    if (parsed.glimmer) index.set(file.path, parsed.glimmer);
    else if (parsed.attempted) index.setAttempted(file.path, parsed.issues);
  }
  return Promise.resolve(index);
}

/** Empties the metadata cache, as it is when Obsidian starts on a vault it has not indexed yet. */
export function coldCache(app: App): void {
  (app.metadataCache as unknown as { cache__: Map<string, unknown> }).cache__.clear();
}

/** Obsidian's first scan: one `changed` per note, then `resolved`. */
export function indexEveryNote(app: App, options: { resolved?: boolean } = {}): void {
  const cache = app.metadataCache as unknown as { parseFileMetadata(file: unknown): void };
  for (const file of app.vault.getMarkdownFiles()) cache.parseFileMetadata(file);
  if (options.resolved !== false) app.metadataCache.trigger('resolved');
}

/** Runs timers and promises up to `ms` from now (the index debounces by 300 ms). */
export async function advance(ms = 400): Promise<void> {
  await vi.advanceTimersByTimeAsync(ms);
}

/** Every way of writing to the vault, spied on. The tests' own edits go through {@link userEdits}. */
export function spyOnWrites(): MockInstance[] {
  const vault = Vault.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
  const names = ['modify', 'process', 'create', 'append', 'modifyBinary', 'createBinary', 'createFolder', 'copy', 'rename', 'delete', 'trash'] as const;
  const spies: MockInstance[] = names.map((name) => vi.spyOn(vault, name as never));
  const manager = FileManager.prototype as unknown as Record<string, unknown>;
  for (const name of ['processFrontMatter', 'renameFile', 'trashFile'] as const) {
    if (typeof manager[name] === 'function') spies.push(vi.spyOn(manager, name as never));
  }
  return spies;
}

// The unspied originals, taken before any test spies on the prototype.
const ORIGINAL = {
  modify: Vault.prototype.modify,
  create: Vault.prototype.create,
  rename: Vault.prototype.rename,
  delete: Vault.prototype.delete,
};

/** What a person does in Obsidian (edit, create, rename, delete), which the dashboard must follow. */
export function userEdits(app: App): {
  modify(path: string, text: string): Promise<void>;
  create(path: string, text: string): Promise<void>;
  rename(path: string, to: string): Promise<void>;
  remove(path: string): Promise<void>;
} {
  const vault = app.vault;
  const get = (path: string): TFile => {
    const file = vault.getAbstractFileByPath(path);
    if (!file) throw new Error(`nothing at ${path}`);
    // A folder too: Vault.rename and Vault.delete take either.
    return file as TFile;
  };
  return {
    modify: async (path, text) => ORIGINAL.modify.call(vault, get(path), text),
    create: async (path, text) => {
      await ORIGINAL.create.call(vault, path, text);
    },
    rename: async (path, to) => ORIGINAL.rename.call(vault, get(path), to),
    remove: async (path) => ORIGINAL.delete.call(vault, get(path)),
  };
}

/**
 * In Obsidian, `setViewState` builds the view the plugin registered for the type, opens it and
 * hands it its state; the mock only records the type. This makes the leaves do the same.
 */
export function hostViews(h: Harness): void {
  type OpenableView = View & { onOpen(): Promise<void>; getViewType(): string };
  const creators = mockPlugin(h).views__ as unknown as Map<string, (leaf: unknown) => OpenableView>;
  const original = WorkspaceLeaf.prototype.setViewState;
  vi.spyOn(WorkspaceLeaf.prototype, 'setViewState').mockImplementation(async function (this: WorkspaceLeaf, state: ViewState, eState?: unknown) {
    await original.call(this, state, eState as Record<string, unknown> | undefined);
    const creator = creators.get(state.type);
    const leaf = this as unknown as { view: OpenableView | null };
    if (!creator || leaf.view?.getViewType() === state.type) return;
    const view = creator(this);
    leaf.view = view;
    // In Obsidian a leaf's view sits in the workspace, in the document; the mock leaves it detached.
    activeDocument.body.appendChild(view.containerEl);
    view.load();
    await view.onOpen();
    await view.setState(state.state ?? {}, { history: false });
  });
}

/** The dashboard pane's content, or `null` when no pane is open. */
export function dashboardPane(app: App): HTMLElement | null {
  const leaf = app.workspace.getLeavesOfType('glimmers-dashboard')[0] as unknown as { view: { contentEl: HTMLElement } | null } | undefined;
  return leaf?.view?.contentEl ?? null;
}

/** Starts the plugin on a vault, with the dashboard's clock and fake timers. Layout is not ready yet. */
export async function startDashboard(files: Record<string, string>, options: { disk?: Disk; cold?: boolean } = {}): Promise<Harness> {
  vi.useFakeTimers({ now: NOW, toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
  const app = App.createConfigured__({ files });
  if (options.cold) coldCache(app);
  const h = await startPlugin(options.disk ? { app, disk: options.disk } : { app });
  hostViews(h);
  return h;
}

/** Obsidian says the layout is ready; the index takes its first pass over the cache. */
export async function layoutReady(h: Harness): Promise<void> {
  h.app.workspace.setLayoutReady__();
  await advance();
}

/** Runs a command by id and lets what it opened settle. */
export async function command(h: Harness, id: string): Promise<void> {
  const found = mockPlugin(h).commands__.get(id);
  if (!found) throw new Error(`no command ${id}`);
  await found.callback?.();
  await advance(0);
}

/** Renders a `glimmers` code block the way a note in reading view does; returns its element and its child. */
export async function renderBlock(h: Harness, source: string): Promise<{ el: HTMLElement; child: Component }> {
  const processor = mockPlugin(h).markdownCodeBlockProcessors__.get('glimmers');
  if (!processor) throw new Error('no glimmers code block processor');
  const el = activeDocument.body.createDiv();
  let added: Component | null = null;
  const ctx = {
    docId: 'doc', sourcePath: 'Notes/weekly review.md', frontmatter: undefined,
    addChild: (child: Component): void => {
      added = child;
      child.load();
    },
    getSectionInfo: () => null,
  } as unknown as MarkdownPostProcessorContext;
  await processor(source, el, ctx);
  await advance(0);
  if (!added) throw new Error('the code block added no child');
  return { el, child: added };
}

/** Texts of the elements matching `selector`. */
export function texts(root: ParentNode, selector: string): string[] {
  return [...root.querySelectorAll(selector)].map((el) => el.textContent ?? '');
}


/**
 * For a test file: spies on every way of writing before each test and, after it, unloads the
 * plugin of `harness()` and checks that nothing was written.
 */
export function expectNoWrites(harness: () => Harness | undefined): void {
  let writes: MockInstance[] = [];
  beforeEach(() => {
    writes = spyOnWrites();
  });
  afterEach(() => {
    harness()?.plugin.unload();
    for (const spy of writes) expect(spy).not.toHaveBeenCalled();
    cleanUp();
  });
}
