// Guarantee: the dashboard HTML that `glimmer dashboard` writes loads nothing from anywhere.
// Checked on the example vault (with note text included) and on a vault of hostile notes whose
// text is markup and URLs: that text must arrive as inert data, never as an element or a request.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeHits, findNetworkUse } from './network-scan.ts';

const root = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'glimmers-guarantees-'));

function dashboard(vault: string, out: string): string {
  const result = spawnSync(process.execPath, [join(root, 'packages/cli/dist/glimmer.mjs'), 'dashboard', vault, '--out', out, '--include-text', '--today', '2026-04-30'], {
    cwd: root,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/tmp', TZ: 'UTC' },
    timeout: 120_000,
  });
  if (result.status !== 0) throw new Error(`glimmer dashboard failed (${result.status}): ${result.stderr}`);
  return readFileSync(out, 'utf8');
}

const HOSTILE = [
  '<script src="https://evil.example/x.js"></script>',
  '<img src="https://evil.example/pixel.gif" onerror="fetch(\'https://evil.example\')">',
  '<link rel="stylesheet" href="//evil.example/x.css">',
  '<style>@import url(https://evil.example/font.css);</style>',
  '</script><script>new WebSocket("wss://evil.example")</script>',
  '![tracker](https://evil.example/t.png)',
];

let example = '';
let hostile = '';

beforeAll(() => {
  example = dashboard(join(root, 'examples/vault'), join(work, 'example.html'));
  const vault = join(work, 'hostile');
  mkdirSync(join(vault, 'Glimmers'), { recursive: true });
  HOSTILE.forEach((text, i) => {
    writeFileSync(join(vault, 'Glimmers', `h${i}.md`), `---\ntype: glimmer\ncreated: 2026-04-0${i + 1}\nthemes:\n  - '${text.replace(/'/g, "''")}'\n---\n\n# ${text}\n\n## What I want to remember\n\n${text}\n`);
  });
  hostile = dashboard(vault, join(work, 'hostile.html'));
}, 240_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The page without the JSON data island(s): what the browser treats as markup and code. */
function withoutData(html: string): string {
  return html.replace(/<script type="application\/json"[^>]*>[\s\S]*?<\/script>/g, '');
}

describe('the exported dashboard HTML', () => {
  it('is a real dashboard of the example vault, with note text included', () => {
    expect(example.length).toBeGreaterThan(20_000);
    expect(example).toMatch(/<!doctype html>/i);
  });

  it('has no network API, remote URL, remote style, font or image', () => {
    const hits = findNetworkUse(example);
    expect(hits, describeHits('dashboard.html', hits)).toEqual([]);
  });

  it('loads no other file: no script src, stylesheet link, iframe, object, embed or non-data image', () => {
    for (const html of [example, hostile]) {
      const page = withoutData(html);
      expect(page).not.toMatch(/<script[^>]*\ssrc\s*=/i);
      expect(page).not.toMatch(/<link[^>]*\shref\s*=/i);
      expect(page).not.toMatch(/<(?:iframe|object|embed|frame|base|audio|video|source)\b/i);
      expect(page).not.toMatch(/<img[^>]*\ssrc\s*=\s*["']?(?!data:)/i);
      expect(page).not.toMatch(/url\(\s*["']?(?!data:|#)/i);
    }
  });

  it("forbids every request in its Content-Security-Policy, so even a bug could not load anything", () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(example)?.[1] ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toMatch(/https?:|\*/);
    expect(example).toContain('<meta name="referrer" content="no-referrer">');
  });

  it('carries hostile note text only as inert data, never as markup or a load', () => {
    // Outside the data island, none of the hostile markup or its URLs appears.
    expect(withoutData(hostile)).not.toContain('evil.example');
    // The island cannot be closed early by note text, and parses back to the text as written.
    const islands = [...hostile.matchAll(/<script type="application\/json"[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
    expect(islands).toHaveLength(1);
    const island = islands[0] ?? '';
    expect(island).not.toMatch(/<\/script|<!--|<script/i);
    const strings = JSON.stringify(JSON.parse(island));
    for (const text of HOSTILE) expect(strings).toContain(JSON.stringify(text).slice(1, -1));
  });
});
