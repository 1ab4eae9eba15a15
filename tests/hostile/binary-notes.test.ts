// Item 12 of issue #17: `glimmer set` refuses a note that `glimmer lint` calls binary (NUL bytes),
// by the same rule. Before the fix, set edited such a note (a glimmer with one NUL byte in its body,
// or a note saved as UTF-16) and said "updated". Generated: a NUL at random places of a valid glimmer.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { glimmer, glimmerNote, json, makeVault } from './support/cli.ts';

interface LintJson {
  files: Array<{ path: string; issues: Array<{ code: string }> }>;
}

const NOTE = glimmerNote({ created: '2026-03-03', themes: ['meaning'], intensity: 3, text: '## What I witnessed\n\nShe laughed for the first time.' });

/** Checks one binary note: lint calls it binary, and set refuses it, says why, and changes no byte. */
function checkRefused(bytes: Uint8Array): void {
  const vault = makeVault({ 'note.md': bytes });
  const file = join(vault, 'note.md');
  const lint = json<LintJson>(glimmer(['lint', vault, '--json', '--no-privacy']));
  expect(lint.files.find((f) => f.path === 'note.md')?.issues.map((i) => i.code)).toEqual(['file/binary']);
  const result = glimmer(['set', file, 'intensity=5']);
  expect(result.status).toBe(1);
  expect(result.stdout).toBe('');
  const lines = result.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain('note.md');
  expect(lines[0]).toContain('binary');
  expect(Buffer.compare(readFileSync(file), Buffer.from(bytes))).toBe(0);
}

describe('binary notes', () => {
  it('set refuses a glimmer with a NUL byte anywhere, as lint calls it binary', () => {
    const bytes = Buffer.from(NOTE, 'utf8');
    // Each run starts a real process twice: a handful of generated places, the body and the frontmatter among them.
    fc.assert(
      fc.property(fc.integer({ min: 0, max: bytes.length }), (at) => {
        checkRefused(Buffer.concat([bytes.subarray(0, at), Buffer.from([0]), bytes.subarray(at)]));
      }),
      { numRuns: 4, examples: [[bytes.length - 3], [bytes.indexOf('intensity')]] },
    );
  });

  it('set refuses a note saved as UTF-16 (NUL bytes between the letters)', () => {
    checkRefused(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(NOTE, 'utf16le')]));
  });

  it('still edits the same note without the NUL byte', () => {
    const vault = makeVault({ 'note.md': NOTE });
    const result = glimmer(['set', join(vault, 'note.md'), 'intensity=5']);
    expect(result.status).toBe(0);
    expect(readFileSync(join(vault, 'note.md'), 'utf8')).toBe(NOTE.replace('intensity: 3', 'intensity: 5'));
  });
});
