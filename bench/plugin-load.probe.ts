/**
 * Plugin load, measured by `npm run bench` (through vitest, for the in-memory Obsidian):
 * evaluating the built main.js, and `onload` of the plugin it exports (from `load()` until the
 * async `onload` has finished), in a fresh app each time. The reference is an empty plugin
 * (`onload() {}`) loaded the same way in the same run. Results go to $GLIMMERS_BENCH_OUT.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { App as AppOriginal } from 'obsidian';
import * as obsidian from 'obsidian-test-mocks/obsidian';
import { it } from 'vitest';
import { MANIFEST, makeApp } from '../tests/plugin/support/harness.ts';
import { median } from './timing.ts';

type PluginCtor = new (app: AppOriginal, manifest: typeof MANIFEST) => obsidian.Plugin;

function evaluate(code: string): PluginCtor {
  const module = { exports: {} as Record<string, unknown> };
  const requireShim = (id: string): unknown => {
    if (id === 'obsidian') return obsidian;
    throw new Error(`main.js required ${id}`);
  };
  new Function('require', 'module', 'exports', code)(requireShim, module, module.exports);
  return (module.exports['default'] ?? module.exports) as PluginCtor;
}

class EmptyPlugin extends obsidian.Plugin {
  override async onload(): Promise<void> {
    // The reference: nothing to do.
  }
}

/** Time from `load()` to the end of the async `onload`, in a fresh app with `files`. */
async function timeLoad(Ctor: PluginCtor, files: Record<string, string>): Promise<number> {
  const app = makeApp(files);
  const plugin = new Ctor(app.asOriginalType__() as AppOriginal, MANIFEST) as obsidian.Plugin & { onload(): Promise<void> };
  plugin.loadData = async (): Promise<unknown> => null;
  plugin.saveData = async (): Promise<void> => undefined;
  const onload = plugin.onload.bind(plugin);
  let done!: () => void;
  const finished = new Promise<void>((r) => { done = r; });
  plugin.onload = async (): Promise<void> => {
    await onload();
    done();
  };
  const t0 = performance.now();
  plugin.load();
  await finished;
  const ms = performance.now() - t0;
  plugin.unload();
  return ms;
}

it('measures plugin load', async () => {
  const runs = Number(process.env.GLIMMERS_BENCH_RUNS ?? '') || 15;
  const code = readFileSync(resolve(process.cwd(), 'main.js'), 'utf8');
  const vault: Record<string, string> = {};
  const notes = Number(process.env.GLIMMERS_BENCH_NOTES ?? '') || 0;
  for (let i = 0; i < notes; i++) vault[`Glimmers/2026/n${i}.md`] = `---\ntype: glimmer\ncreated: 2026-01-01\n---\n`;
  const evalMs: number[] = [];
  const emptyEvalMs: number[] = [];
  // The first evaluation compiles main.js (as at Obsidian start-up); later ones may reuse V8's cache.
  const c0 = performance.now();
  let Ctor: PluginCtor = evaluate(code);
  const coldEvalMs = performance.now() - c0;
  for (let i = 0; i < runs; i++) {
    let t0 = performance.now();
    Ctor = evaluate(code);
    evalMs.push(performance.now() - t0);
    t0 = performance.now();
    evaluate('module.exports = { default: class {} };');
    emptyEvalMs.push(performance.now() - t0);
  }
  const onloadMs: number[] = [];
  const emptyMs: number[] = [];
  await timeLoad(Ctor, vault);
  await timeLoad(EmptyPlugin as unknown as PluginCtor, vault);
  for (let i = 0; i < runs; i++) {
    onloadMs.push(await timeLoad(Ctor, vault));
    emptyMs.push(await timeLoad(EmptyPlugin as unknown as PluginCtor, vault));
  }
  const out = process.env.GLIMMERS_BENCH_OUT;
  const result = { runs, vaultNotes: notes, bytes: Buffer.byteLength(code), coldEvalMs, evalMs, emptyEvalMs, onloadMs, emptyMs, median: { eval: median(evalMs), emptyEval: median(emptyEvalMs), onload: median(onloadMs), empty: median(emptyMs) } };
  if (out) writeFileSync(out, JSON.stringify(result));
});
