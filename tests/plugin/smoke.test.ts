// Loads the BUILT main.js (what Obsidian loads) as CommonJS with `require('obsidian')` answered by
// the in-memory Obsidian, then checks what it registers and that unloading releases all of it.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseGlimmer } from '@glimmers/core';
import * as obsidian from 'obsidian-test-mocks/obsidian';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type GlimmersPlugin from '../../packages/obsidian-plugin/src/main.ts';
import { button, cleanUp, click, field, filesIn, makeApp, mockPlugin, openModal, read, runCommand, startPlugin, type } from './support/harness.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
let PluginClass: typeof GlimmersPlugin;
const required: string[] = [];

beforeAll(() => {
  execFileSync(process.execPath, ['esbuild.config.mjs', 'production'], { cwd: ROOT, stdio: 'pipe' });
  const code = readFileSync(resolve(ROOT, 'main.js'), 'utf8');
  const module = { exports: {} as Record<string, unknown> };
  const requireShim = (id: string): unknown => {
    required.push(id);
    if (id === 'obsidian') return obsidian;
    throw new Error(`main.js required "${id}", which Obsidian on a phone does not have`);
  };
  new Function('require', 'module', 'exports', code)(requireShim, module, module.exports);
  PluginClass = (module.exports['default'] ?? module.exports) as typeof GlimmersPlugin;
}, 120_000);

afterEach(() => cleanUp());

/** Listeners currently attached to the app's event sources (vault, metadata cache, workspace). */
function appListeners(app: obsidian.App): number {
  let n = 0;
  for (const source of [app.vault, app.metadataCache, app.workspace] as unknown as Array<{ _: Record<string, unknown[]> }>) {
    for (const list of Object.values(source._)) n += list.length;
  }
  return n;
}

describe('the built main.js', () => {
  it('should need nothing but obsidian at run time', () => {
    expect(new Set(required)).toEqual(new Set(['obsidian']));
    expect(PluginClass.prototype).toBeInstanceOf(obsidian.Plugin);
  });

  it('should register its commands, ribbon icon, settings tab and views on load, without default hotkeys', async () => {
    const h = await startPlugin({ pluginClass: PluginClass });
    const mock = mockPlugin(h);
    const ids = [...mock.commands__.keys()];
    expect(ids).toEqual(expect.arrayContaining(['new-glimmer', 'quick-glimmer', 'new-glimmer-from-template']));
    expect(mock.commands__.get('new-glimmer')?.name).toBe('New glimmer');
    expect(mock.commands__.get('quick-glimmer')?.name).toBe('Quick glimmer');
    expect(mock.commands__.get('new-glimmer-from-template')?.name).toBe('New glimmer from template');
    for (const command of mock.commands__.values()) expect(command.hotkeys ?? []).toEqual([]);
    expect(mock.ribbonActions__.length).toBeGreaterThanOrEqual(1);
    expect(mock.settingTabs__).toHaveLength(1);
    const dashboardBuilt = existsSync(resolve(ROOT, 'packages/obsidian-plugin/src/dashboard'));
    expect([...mock.views__.keys()]).toEqual(dashboardBuilt ? ['glimmers-dashboard'] : []);
    if (dashboardBuilt) {
      expect(mock.commands__.get('open-dashboard')?.name).toBe('Open glimmer dashboard');
      expect(mock.markdownCodeBlockProcessors__.has('glimmers')).toBe(true);
      expect(mock.statusBarItems__).toHaveLength(1);
    }
    h.plugin.unload();
  });

  it('should release every listener it registered when unloaded', async () => {
    const app = makeApp();
    const before = appListeners(app);
    const windowAdds = vi.spyOn(window, 'addEventListener');
    const windowRemoves = vi.spyOn(window, 'removeEventListener');
    const documentAdds = vi.spyOn(activeDocument, 'addEventListener');
    const documentRemoves = vi.spyOn(activeDocument, 'removeEventListener');
    const h = await startPlugin({ app, pluginClass: PluginClass });
    const mock = mockPlugin(h);
    // Every listener on the app went through registerEvent, so unload can release it.
    expect(appListeners(app) - before).toBe(mock.events__.length);
    h.plugin.unload();
    expect(appListeners(app)).toBe(before);
    expect(mock.cleanups__).toEqual([]);
    expect(windowAdds.mock.calls.length).toBe(windowRemoves.mock.calls.length);
    expect(documentAdds.mock.calls.length).toBe(documentRemoves.mock.calls.length);
  });

  it('should write a valid glimmer from the bundled form', async () => {
    const h = await startPlugin({ pluginClass: PluginClass });
    await runCommand(h, 'new-glimmer');
    type(field(openModal(), 'What moment of resilience did I witness?'), 'Bundled and still kind.');
    await click(button(openModal(), 'Save glimmer'));
    const [file] = filesIn(h.app, 'Glimmers');
    const parsed = parseGlimmer(await read(h.app, file?.path ?? ''));
    expect(parsed.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(parsed.glimmer?.sections[0]?.text).toBe('Bundled and still kind.');
    h.plugin.unload();
  });
});
