// Guarantee: the code Glimmers ships never reaches the network. Checked on what actually runs:
// the built plugin bundle (root main.js, rebuilt here when older than its sources) and the built
// `glimmer` command (packages/cli/dist: the entry, the bundle with every dependency it loads, the
// chunks it loads on demand, and the dashboard page's script; vitest's global setup rebuilds it
// when stale). A hit fails with the surrounding code shown.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ESBUILD_MESSAGE_URLS, describeHits, findNetworkUse } from './network-scan.ts';
import { builtPluginBundle, ROOT as root } from './plugin-bundle.ts';

let pluginBundle = '';
let cliBundle = '';

beforeAll(() => {
  pluginBundle = builtPluginBundle();
  const dist = join(root, 'packages/cli/dist');
  // Every module of the command (the entry, the bundle and the chunks it loads on demand) and the page's script.
  const files = [...readdirSync(dist).filter((name) => name.endsWith('.mjs')), 'page/standalone.js'];
  expect(files).toEqual(expect.arrayContaining(['glimmer.mjs', 'main.mjs']));
  cliBundle = files.map((file) => readFileSync(join(dist, file), 'utf8')).join('\n');
}, 120_000);

describe('no network in shipped code', () => {
  it('the plugin bundle (main.js) is the real plugin', () => {
    // Guards the checks below against scanning an empty placeholder.
    expect(pluginBundle).toContain('require("obsidian")');
    expect(pluginBundle.length).toBeGreaterThan(10_000);
  });

  it('the plugin bundle (main.js) has no network API, remote URL or remote style', () => {
    const hits = findNetworkUse(pluginBundle);
    expect(hits, describeHits('main.js', hits)).toEqual([]);
  });

  it('the plugin bundle takes nothing from Obsidian that reaches the network', () => {
    // Whatever the bundle destructures or reads from the obsidian module, by name.
    // One known text, not code: compromise (the name check's library) labels one of its tagging rules
    // `reason:"request-copies"` (a grammar note about the word "request"); pinned exactly, so nothing else can hide.
    const bundle = pluginBundle.split('reason:"request-copies"').join('reason:""');
    const names = new Set([...bundle.matchAll(/\b(request|requestUrl|loadPdfJs|loadMermaid|loadMathJax|loadPrism)\b/g)].map((m) => m[1]));
    expect([...names]).toEqual([]);
  });

  it('the CLI, with every dependency it loads, has no network API or remote URL', () => {
    expect(cliBundle.length).toBeGreaterThan(10_000);
    // No exception needed: esbuild runs only when the command is built, never inside it.
    const hits = findNetworkUse(cliBundle);
    expect(hits, describeHits('cli', hits)).toEqual([]);
  });

  it('allows a message URL only with its exact surrounding words', () => {
    const [allowed] = ESBUILD_MESSAGE_URLS;
    if (!allowed) throw new Error('no allowed message URL');
    expect(findNetworkUse(`${allowed.precededBy}${allowed.url}`, ESBUILD_MESSAGE_URLS)).toEqual([]);
    expect(findNetworkUse(`fetch: ${allowed.url}`, ESBUILD_MESSAGE_URLS)).toHaveLength(1);
  });

  it('the scan itself catches what it looks for (so a pass means something)', () => {
    const planted = [
      'fetch("x")', 'new XMLHttpRequest()', 'new WebSocket(u)', 'new EventSource(u)', 'navigator.sendBeacon(u)',
      'requestUrl({url})', 'request({url})', '<img src="https://t.example/p.gif">', '@import url(x.css);',
      'url(http://fonts.example/f.woff2)', 'window.open("x")', 'require("node:https")', '<link href="//cdn.example.com/x.css">',
    ];
    for (const code of planted) expect(findNetworkUse(code).length, code).toBeGreaterThan(0);
    expect(findNetworkUse('document.createElementNS("http://www.w3.org/2000/svg", "svg")')).toEqual([]);
  });
});
