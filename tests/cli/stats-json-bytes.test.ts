/**
 * `glimmer stats --json` is read by scripts: its bytes are pinned, key order and spacing included,
 * over a vault of every shape the scan reads differently (the fast frontmatter reader and `yaml`,
 * CRLF, quoted and escaped values, block scalars, nested mappings, anchors, attempted glimmers,
 * plain notes). A change to how the scan reads, parses or keeps notes (issue #16: making
 * `glimmer stats` start faster) must not move a byte.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { glimmer, makeVault } from './helpers.ts';

const APPROVED = join(import.meta.dirname, '__approved__', 'stats-json-shapes.json');

const fm = (lines: string[], body = 'A small step, said out loud for the first time.'): string => ['---', ...lines, '---', '', body, ''].join('\n');

const vault = makeVault({
  'Glimmers/canonical.md': fm(['type: glimmer', 'created: 2026-02-09T17:45', 'moment: after-session', 'themes:', '  - client-hope', '  - resourcefulness', 'intensity: 4', 'weight: 2', 'body:', '  - warmth in chest', 'feelings:', '  - tenderness', 'grounding:', '  - music on the drive', 'tags:', '  - glimmer']),
  'Glimmers/hand-written.md': fm(['# after the last session', 'type: "glimmer"', "created: '2026-02-10'", 'themes: [presence, "client-growth"]  # two', 'intensity: 3 # how much', "grounding: ['called a friend', \"a walk \\\"outside\\\"\"]", 'feelings: "gratitude and relief"', '', 'aliases:']),
  'Glimmers/crlf.md': fm(['type: glimmer', 'created: 2026-02-11T08:05', 'moment: end-of-day', 'body: [shoulders dropped, tight stomach eased]', 'weight: "4"']).replace(/\n/g, '\r\n'),
  'Glimmers/block-scalar.md': fm(['type: glimmer', 'created: 2026-02-12', 'themes: [meaning]', 'note: |', '  Two lines I want', '  to keep together.', 'summary: >-', '  folded text that', '  goes on', 'intensity: 5']),
  'Glimmers/nested.md': fm(['type: glimmer', 'created: 2026-02-16T21:00', 'source:', '  kind: supervision group on Thursday', '  with: the whole team', 'feelings: [awe]']),
  'Glimmers/anchors.md': fm(['type: glimmer', 'created: 2026-02-16', 'themes: &t [presence, self-care]', 'also: *t', 'moment: supervision']),
  'Glimmers/unicode.md': fm(['type: glimmer', 'created: 2025-12-29', 'themes: [希望, meaning]', 'body: ["ein warmes Gefühl in der Brust"]', 'grounding: [Tee trinken am Fenster]', 'intensity: 2']),
  'Glimmers/impossible-date.md': fm(['type: glimmer', 'created: 2026-02-30', 'intensity: 3']),
  'Glimmers/broken-yaml.md': fm(['type: glimmer', 'created: 2026-02-10', 'themes: [a, b']),
  'Daily/2026-02-10.md': fm(['date: 2026-02-10', 'tags: [daily]'], '## Tasks\n\n- [ ] write the glimmer down'),
  'Notes/plain.md': '# Just a note\n\nNothing to see.\n',
});

describe('glimmer stats --json, byte for byte', () => {
  it('prints exactly the approved bytes over notes of every shape', () => {
    const result = glimmer(['stats', vault, '--json']);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(readFileSync(APPROVED, 'utf8'));
  });
});
