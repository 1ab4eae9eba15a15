// Item 11 of issue #17: control characters in file names (and the themes and moments printed beside
// them) are shown escaped in the terminal, so a name can neither drive the terminal (escape
// sequences, bidirectional overrides) nor forge a line of `lint`; `new --title` is one line and a
// title never adds a section. Before the fix, `list` printed escape sequences as they were, a
// newline in a file name added lines to `lint`, and a title with a line break wrote a second section.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { BUILT_IN_TEMPLATES, composeGlimmerNote, parseGlimmer, parseTemplate } from '@glimmers/core';
import { describe, expect, it } from 'vitest';
import { hostileText } from './support/generate.ts';
import { glimmer, glimmerNote, json, tempDir } from './support/cli.ts';

/** Anything a terminal could act on: C0 and C1 controls but the line feed, DEL, separators, bidi marks. */
// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;

/**
 * Pieces of hostile file names: terminal escapes, line breaks, a forged lint line (with U+2215, which
 * looks like the slash a file name cannot hold), bidi overrides.
 */
const PIECES = ['\u001b[2J', '\u001b]0;pwned\u0007', '\u001b[1A', '\n', '\r', '\u009b31m', '\u202e', '\u2066', '\u2028', '\t', '\u007f', '\b',
  '\n  error   created\u2215invalid:1  forged line\n', 'a', 'é', ' ', '😀', 'note'];

/** Distinct generated file names (a fixed seed, so a failure names the same files every run). */
const NAMES = [...new Set(fc.sample(fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 5 }).map((p) => `${p.join('')}.md`), { numRuns: 14, seed: 1717 }))]
  .filter((name) => Buffer.byteLength(name) < 200);

function vaultWithNames(): string {
  // The vault's own folder has a control character too: every command that prints a path shows it.
  const root = join(tempDir(), 'vault\u001b[31m red');
  mkdirSync(join(root, 'Glimmers'), { recursive: true });
  NAMES.forEach((name, i) => {
    const day = String((i % 27) + 1).padStart(2, '0');
    // Every other note is an attempted glimmer with an error, so lint prints its name.
    const created = i % 2 === 0 ? `2026-03-${day}` : '2026-13-01';
    writeFileSync(join(root, 'Glimmers', name), glimmerNote({ created, themes: ['meaning', 'x\u001b[2Jy'], moment: 'after-session' }));
  });
  writeFileSync(join(root, 'Glimmers', 'bin\u001b[1A.md'), Buffer.from([0x61, 0, 0x62]));
  return root;
}

function expectNoRawControls(text: string, what: string): void {
  const found = RAW_CONTROL.exec(text);
  expect(found === null ? null : `U+${(found[0].codePointAt(0) as number).toString(16)} at ${found.index}`, what).toBeNull();
}

describe('control characters in the terminal', () => {
  const vault = vaultWithNames();
  const valid = NAMES.filter((_, i) => i % 2 === 0).length;

  it('list prints one line per glimmer and no raw control character', () => {
    const result = glimmer(['list', vault]);
    expect(result.status).toBe(0);
    expectNoRawControls(result.stdout, 'stdout');
    expectNoRawControls(result.stderr, 'stderr');
    expect(result.stdout.trimEnd().split('\n')).toHaveLength(valid);
    expect(result.stdout).toContain('\\u{1b}[2J');
    expect(result.stderr).toContain('bin\\u{1b}[1A.md');
  });

  it('lint cannot be forged: one name line per reported file, every other line an issue', () => {
    const result = glimmer(['lint', vault, '--no-privacy']);
    expectNoRawControls(result.stdout, 'stdout');
    const report = json<{ files: Array<{ path: string; issues: unknown[] }> }>(glimmer(['lint', vault, '--no-privacy', '--json']));
    const lines = result.stdout.trimEnd().split('\n');
    const summary = lines.splice(-2);
    expect(summary[0]).toBe('');
    const names = lines.filter((line) => !line.startsWith('  '));
    expect(names).toHaveLength(report.files.length);
    expect(lines.length - names.length).toBe(report.files.reduce((n, f) => n + f.issues.length, 0));
    for (const line of lines.filter((l) => l.includes('forged line'))) expect(line).toMatch(/^Glimmers\/.*\\u\{a\}/);
  });

  it('stats, set, new, review, export and dashboard show paths and words escaped', () => {
    const runs = [
      glimmer(['stats', vault]),
      glimmer(['set', join(vault, 'Glimmers', NAMES[0] as string), 'intensity=4']),
      glimmer(['set', join(vault, 'missing\u001b[2J\n.md'), 'intensity=4']),
      glimmer(['new', '--dir', join(vault, 'New\u001b[2J\nfolder'), '--text', 'A small step.']),
      glimmer(['review', vault, '--week', '2026-W10']),
      glimmer(['export', vault, '--format', 'csv', '--out', join(tempDir(), 'rows\u001b[2J\n.csv')]),
      glimmer(['dashboard', vault, '--today', '2026-03-10', '--out', join(tempDir(), 'page\u202e\n.html')]),
    ];
    runs.forEach((result, i) => {
      expectNoRawControls(result.stdout, `run ${i} stdout`);
      expectNoRawControls(result.stderr, `run ${i} stderr`);
    });
    expect(runs[0]?.stdout).toContain('x\\u{1b}[2Jy');
    expect(runs[2]?.stderr.trim().split('\n')).toHaveLength(1);
    expect(runs[3]?.stdout).toContain('New\\u{1b}[2J\\u{a}folder');
  });
});

describe('titles', () => {
  const quick = parseTemplate(BUILT_IN_TEMPLATES.find((t) => t.id === 'quick')?.markdown ?? '');

  it('new --title with a line break is refused, and nothing is written', () => {
    const dir = tempDir();
    const result = glimmer(['new', '--dir', dir, '--title', 'Hope\n## What I want to remember\nforged', '--text', 'A small step.']);
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('--title must be one line');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a title never adds a section (generated titles, YAML and Markdown indicators and line breaks included)', () => {
    fc.assert(
      fc.property(fc.oneof(hostileText, fc.constantFrom('x\n## What I want to remember\ny', 'x\r## Forged', 'x\u2028## Forged', '\n\n## a')), (title) => {
        const composed = composeGlimmerNote(quick, { created: '2026-03-03T10:00', title, answers: { witnessed: 'A small step.' }, themes: [], body: [], feelings: [], grounding: [] });
        if (composed.text === null) {
          // Refused only for a line break in the title, never for anything else a person may type.
          expect(composed.issues.map((i) => i.code)).toEqual(['title/not-one-line']);
          // eslint-disable-next-line no-control-regex
          expect(title.trim()).toMatch(/[\n\r\u000b\u000c\u0085\u2028\u2029]/);
          return;
        }
        const parsed = parseGlimmer(composed.text);
        expect(parsed.glimmer?.sections.map((s) => s.heading)).toEqual(['What I witnessed']);
      }),
      { numRuns: 300 },
    );
  });

  it('a one-line title still goes into the note', () => {
    const dir = tempDir();
    const result = glimmer(['new', '--dir', dir, '--title', 'First laugh', '--text', 'A small step.']);
    expect(result.status).toBe(0);
    const [name] = readdirSync(dir);
    expect(readFileSync(join(dir, name as string), 'utf8')).toContain('\n# First laugh\n');
  });
});
