// The vault index behind the dashboard, fed by the in-memory Obsidian through start-up, edits,
// renames, deletes and broken notes, checked against an index built by parsing every file.
import type { GlimmerIndex, IndexQuery } from '@glimmers/core';
import type { App as AppOriginal } from 'obsidian';
import { App } from 'obsidian-test-mocks/obsidian';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { VaultIndex } from '../../packages/obsidian-plugin/src/dashboard/vault-index.ts';
import { cleanUp } from './support/harness.ts';
import {
  advance, BROKEN_GLIMMER, coldCache, expectedIndex, glimmerNote, IMPOSSIBLE_DATE, indexEveryNote, NOW, sampleVault, spyOnWrites, userEdits,
} from './support/dashboard-harness.ts';

const QUERIES: IndexQuery[] = [
  {},
  { from: '2026-03-02', to: '2026-03-08' },
  { from: '2025-03-05', to: '2026-03-04' },
  { themes: ['client-hope'] },
  { moment: 'after-session', from: '2025-01-01' },
];

/** What a person can see of an index: aggregates for several queries, recent paths, attempted notes. */
function visible(index: GlimmerIndex): unknown {
  return {
    size: index.size,
    paths: index.entries().map((e) => e.path),
    attempted: index.attempted(),
    queries: QUERIES.map((q) => {
      const { recent, resurface, ...rest } = index.query({ ...q, recentLimit: 100 });
      void resurface;
      return { ...rest, recent: recent.map((e) => e.path) };
    }),
  };
}

async function expectMatchesFiles(app: App, index: GlimmerIndex): Promise<void> {
  expect(visible(index)).toEqual(visible(await expectedIndex(app)));
}

let writes: MockInstance[];
let app: App;
let vaultIndex: VaultIndex;
let heard: number;

function start(files: Record<string, string>, options: { cold?: boolean; chunkSize?: number } = {}): void {
  app = App.createConfigured__({ files });
  if (options.cold) coldCache(app);
  // Chunks by count only, so what a chunk holds does not depend on this machine's speed.
  vaultIndex = new VaultIndex(app.asOriginalType__() as AppOriginal, options.chunkSize ? { chunkSize: options.chunkSize, sliceMs: Number.POSITIVE_INFINITY } : {});
  heard = 0;
  vaultIndex.onChange(() => heard++);
  // What `plugin.addChild(index)` does at layout ready.
  vaultIndex.load();
}

beforeEach(() => {
  vi.useFakeTimers({ now: NOW, toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
  writes = spyOnWrites();
});

afterEach(() => {
  vaultIndex.unload();
  // Nothing the index did wrote to the vault (the tests' own edits bypass these spies).
  for (const spy of writes) expect(spy).not.toHaveBeenCalled();
  cleanUp();
});

describe('start-up', () => {
  it('should fill in as Obsidian indexes each note after layout ready, then be ready', async () => {
    start(sampleVault(), { cold: true });
    expect(vaultIndex.started).toBe(false);
    await advance(0);
    // The first pass found no cache at all: nothing counted, nothing read, not ready.
    expect(vaultIndex.started).toBe(true);
    expect(vaultIndex.ready).toBe(false);
    expect(vaultIndex.index.size).toBe(0);
    expect(heard).toBe(1);

    const cachedRead = vi.spyOn(app.vault, 'cachedRead');
    const expected = await expectedIndex(app);
    const files = app.vault.getMarkdownFiles();
    const cache = app.metadataCache as unknown as { parseFileMetadata(file: unknown): void };
    for (const file of files) {
      cache.parseFileMetadata(file);
      expect(vaultIndex.index.get(file.path) !== undefined, file.path).toBe(expected.get(file.path) !== undefined);
    }
    expect(heard).toBe(1);
    app.metadataCache.trigger('resolved');
    await advance();
    // One update for the whole burst of `changed` events.
    expect(heard).toBe(2);
    expect(vaultIndex.ready).toBe(true);
    await expectMatchesFiles(app, vaultIndex.index);
    // Only the notes with a frontmatter block Obsidian could not use were read.
    expect(cachedRead.mock.calls.map(([f]) => f.path).sort()).toEqual([BROKEN_GLIMMER, IMPOSSIBLE_DATE, 'Notes/plain broken yaml.md']);
  });

  it('should be ready after its first pass when Obsidian resolved the vault before it subscribed', async () => {
    start(sampleVault());
    await advance(0);
    expect(vaultIndex.ready).toBe(true);
    await advance();
    await expectMatchesFiles(app, vaultIndex.index);
  });

  it('should pick up notes whose changed event it never heard when resolved comes', async () => {
    const files = sampleVault();
    start(files, { cold: true });
    await advance(0);
    // The cache fills without a `changed` reaching the index (it subscribed too late for them).
    const warm = App.createConfigured__({ files });
    const target = (app.metadataCache as unknown as { cache__: Map<string, unknown> }).cache__;
    for (const [path, value] of (warm.metadataCache as unknown as { cache__: Map<string, unknown> }).cache__) target.set(path, value);
    expect(vaultIndex.index.size).toBe(0);
    app.metadataCache.trigger('resolved');
    await advance();
    expect(vaultIndex.ready).toBe(true);
    await expectMatchesFiles(app, vaultIndex.index);
  });

  it('should take its first pass in chunks, giving Obsidian the main thread in between', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 2500; i++) {
      const day = String(1 + (i % 28)).padStart(2, '0');
      files[`Glimmers/g${i}.md`] = glimmerNote({ created: `2026-02-${day}`, themes: ['client-hope'], intensity: 1 + (i % 5) });
    }
    start(files, { chunkSize: 1000 });
    // Between two turns of the event loop the index holds whole chunks only: the pass let go in between.
    const seen: number[] = [];
    for (let step = 0; step < 10 && !vaultIndex.started; step++) {
      await vi.advanceTimersToNextTimerAsync();
      seen.push(vaultIndex.index.size);
    }
    expect(vaultIndex.started).toBe(true);
    expect(seen[seen.length - 1]).toBe(2500);
    const partial = seen.slice(0, -1);
    expect(partial.length).toBeGreaterThan(0);
    for (const size of partial) expect([1000, 2000]).toContain(size);
    expect(vaultIndex.index.query({ from: '2026-02-01', to: '2026-02-28' }).count).toBe(2500);
  });
});

describe('following the vault', () => {
  beforeEach(async () => {
    start(sampleVault());
    indexEveryNote(app);
    await advance();
  });

  it('should follow edits, one note at a time, and tell subscribers once things are quiet', async () => {
    const edit = userEdits(app);
    const before = heard;
    await edit.modify('Glimmers/2026-03-02.md', glimmerNote({ created: '2026-03-03', moment: 'supervision', themes: ['meaning', 'presence'], intensity: 1, weight: 5, feelings: ['awe'] }));
    expect(heard).toBe(before);
    await advance();
    expect(heard).toBe(before + 1);
    await expectMatchesFiles(app, vaultIndex.index);

    await edit.create('Glimmers/2026-03-04 c.md', glimmerNote({ created: '2026-03-04T18:00', themes: ['self-care'], intensity: 3 }));
    await edit.modify('Notes/plain.md', glimmerNote({ created: '2026-02-28', themes: ['perspective'] }));
    await edit.modify('Glimmers/2026-02-10.md', '# Not a glimmer any more\n\nJust notes.\n');
    await advance();
    await expectMatchesFiles(app, vaultIndex.index);
    expect(vaultIndex.index.query({ from: '2026-03-02', to: '2026-03-08' }).count).toBe(4);
  });

  it('should move a glimmer that breaks to needs attention, and back when it is fixed', async () => {
    const edit = userEdits(app);
    const path = 'Glimmers/2026-03-04 a.md';
    await edit.modify(path, '---\ntype: glimmer\ncreated: 2026-03-04\nintensity: 4\nthemes: [client-hope\n---\n\nText.\n');
    await advance();
    expect(vaultIndex.index.get(path)).toBeUndefined();
    expect(vaultIndex.index.getAttempted(path)?.[0]).toMatchObject({ code: 'yaml/syntax', line: 5 });
    await expectMatchesFiles(app, vaultIndex.index);

    await edit.modify(path, glimmerNote({ created: '2026-03-04', themes: ['client-hope'], intensity: 4 }));
    await advance();
    expect(vaultIndex.index.getAttempted(path)).toBeUndefined();
    expect(vaultIndex.index.get(path)?.intensity).toBe(4);
    await expectMatchesFiles(app, vaultIndex.index);
  });

  it('should show attempted glimmers with their errors and never a plain note', async () => {
    const attempted = vaultIndex.index.attempted();
    expect(attempted.map((a) => a.path)).toEqual([BROKEN_GLIMMER, IMPOSSIBLE_DATE]);
    expect(attempted[0]?.issues[0]).toMatchObject({ severity: 'error', code: 'yaml/syntax', line: 4 });
    expect(attempted[1]?.issues[0]).toMatchObject({ severity: 'error', code: 'created/invalid', line: 3 });
    for (const plain of ['Notes/plain.md', 'Notes/plain broken yaml.md']) expect(vaultIndex.index.has(plain)).toBe(false);
  });

  it('should move a renamed note, and every note of a renamed folder', async () => {
    const edit = userEdits(app);
    await edit.rename('Glimmers/2026-03-04 b.md', 'Glimmers/evening.md');
    await edit.rename(IMPOSSIBLE_DATE, 'Glimmers/fix me.md');
    await advance();
    expect(vaultIndex.index.has('Glimmers/2026-03-04 b.md')).toBe(false);
    expect(vaultIndex.index.get('Glimmers/evening.md')?.day).toBe('2026-03-04');
    expect(vaultIndex.index.getAttempted('Glimmers/fix me.md')?.[0]?.code).toBe('created/invalid');
    await expectMatchesFiles(app, vaultIndex.index);

    await edit.rename('Glimmers/2025', 'Glimmers/last year');
    await advance();
    expect(vaultIndex.index.entries().map((e) => e.path).filter((p) => p.includes('year'))).toEqual([
      'Glimmers/last year/2025-03-04.md', 'Glimmers/last year/2025-06-15.md',
    ]);
    await expectMatchesFiles(app, vaultIndex.index);
  });

  it('should forget a deleted note, and every note of a deleted folder', async () => {
    const edit = userEdits(app);
    const count = vaultIndex.index.size;
    await edit.remove('Glimmers/2026-03-02.md');
    await edit.remove(BROKEN_GLIMMER);
    await advance();
    expect(vaultIndex.index.size).toBe(count - 1);
    await expectMatchesFiles(app, vaultIndex.index);

    await edit.remove('Glimmers/2025');
    await advance();
    expect(vaultIndex.index.size).toBe(count - 3);
    expect(vaultIndex.index.entries().some((e) => e.path.startsWith('Glimmers/2025/'))).toBe(false);
  });

  it('should stop listening and reading when unloaded', async () => {
    const listeners = (): number => [app.vault, app.metadataCache].reduce((n, s) => n + Object.values((s as unknown as { _: Record<string, unknown[]> })._).reduce((m, l) => m + l.length, 0), 0);
    const withIndex = listeners();
    vaultIndex.unload();
    expect(listeners()).toBe(withIndex - 4);
    const size = vaultIndex.index.size;
    const before = heard;
    await userEdits(app).create('Glimmers/late.md', glimmerNote({ created: '2026-03-04' }));
    await advance();
    expect(vaultIndex.index.size).toBe(size);
    expect(heard).toBe(before);
  });
});
