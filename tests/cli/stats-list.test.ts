import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { glimmer, glimmerNote, json, makeVault } from './helpers.ts';
import { HISTORY_TODAY, history } from '../core/support/histories.ts';

// A small vault whose numbers are worked out by hand below.
const vault = makeVault({
  'a.md': glimmerNote({ created: '2026-02-09', moment: 'after-session', themes: ['client-hope', 'presence'], intensity: 4, weight: 2, body: ['warm chest'], feelings: ['hope'], grounding: ['walk'] }),
  'b.md': glimmerNote({ created: '2026-02-15T21:00', moment: 'end-of-day', themes: ['client-hope'], intensity: 2, body: ['warm chest', 'tears'] }),
  'c.md': glimmerNote({ created: '2026-02-16', moment: 'after-session', themes: ['meaning'], weight: 5 }),
  'd.md': glimmerNote({ created: '2026-02-16T08:00', intensity: 3 }),
  // 29 December 2025 is a Monday in ISO week 1 of 2026.
  'e.md': glimmerNote({ created: '2025-12-29', intensity: '"5"' }),
  'nested/deep/f.md': glimmerNote({ created: '2026-03-01', themes: ['client-hope'] }),
  'plain.md': '# Just a note\n\nNothing to see.\n',
  'other.md': '---\ntype: note\ncreated: 2026-02-10\n---\nA plain note with frontmatter.\n',
  'bad.md': glimmerNote({ created: '2026-02-30', intensity: 3 }),
  '.obsidian/hidden.md': glimmerNote({ created: '2026-02-11' }),
  'attachment.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]),
});

describe('glimmer stats', () => {
  it('prints exactly the documented JSON with the right numbers', () => {
    const result = glimmer(['stats', vault, '--json']);
    expect(result.status).toBe(0);
    const stats = json<Record<string, unknown>>(result);
    expect(Object.keys(stats)).toEqual(['glimmers', 'days', 'byTheme', 'byMoment', 'byWeek', 'intensity', 'weight', 'body', 'feelings', 'grounding', 'files']);
    expect(stats).toEqual({
      glimmers: 6,
      days: 5,
      byTheme: { 'client-hope': 3, meaning: 1, presence: 1 },
      byMoment: { 'after-session': 2, 'end-of-day': 1 },
      byWeek: { '2026-W01': 1, '2026-W07': 2, '2026-W08': 2, '2026-W09': 1 },
      intensity: { mean: 3.5, count: 4 },
      weight: { mean: 3.5, count: 2 },
      body: { 'warm chest': 2, tears: 1 },
      feelings: { hope: 1 },
      grounding: { walk: 1 },
      files: { scanned: 9, glimmers: 6, invalid: 1, skipped: 0 },
    });
  });

  it('limits to a date range, both ends inclusive', () => {
    const stats = json<{ glimmers: number; days: number; byWeek: Record<string, number>; files: { glimmers: number } }>(glimmer(['stats', vault, '--json', '--from', '2026-02-10', '--to', '2026-02-16']));
    expect(stats.glimmers).toBe(3);
    expect(stats.days).toBe(2);
    expect(stats.byWeek).toEqual({ '2026-W07': 1, '2026-W08': 2 });
    // File counts describe the scan, not the range.
    expect(stats.files.glimmers).toBe(6);
  });

  it('gives a readable summary without --json, and points at lint for the broken note', () => {
    const result = glimmer(['stats', vault]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('6 glimmers on 5 days');
    expect(result.stdout).toContain('client-hope (3)');
    expect(result.stdout).toContain('3.5 of 5');
    expect(result.stdout).toContain('glimmer lint');
    // Pipes get no colour codes and no progress bar.
    expect(result.stdout).not.toContain('\x1b[');
    expect(result.stderr).toBe('');
  });

  it('prints the summary in words first, the same sentences as the dashboard (heavy stretch fixture)', () => {
    const files: Record<string, string> = {};
    for (const { path, glimmer: g } of history('heavy-stretch')) {
      files[path] = glimmerNote({ created: g.created, moment: g.moment, themes: g.themes, intensity: g.intensity, weight: g.weight, grounding: g.grounding });
    }
    const result = glimmer(['stats', makeVault(files), '--today', HISTORY_TODAY]);
    expect(result.status).toBe(0);
    const approved = readFileSync(join(import.meta.dirname, '../core/__approved__/summary-heavy-stretch.txt'), 'utf8');
    expect(result.stdout.startsWith(`${approved}\n`)).toBe(true);
    expect(glimmer(['stats', vault, '--today', '2026-02-31']).stderr).toContain('--today must be a date');
  });

  it('uses the current folder when no DIR is given', () => {
    const stats = json<{ glimmers: number }>(glimmer(['stats', '--json'], { cwd: vault }));
    expect(stats.glimmers).toBe(6);
  });

  it('rejects a bad date with exit 2 and one line', () => {
    const result = glimmer(['stats', vault, '--from', '2026-02-30']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('2026-02-30');
  });

  it('exits 2 naming the folder when it does not exist', () => {
    const result = glimmer(['stats', `${vault}/nope`]);
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain(`${vault}/nope`);
    expect(result.stderr).toContain('no such file or folder');
  });

  it('exits 2 when DIR is a file', () => {
    const result = glimmer(['stats', `${vault}/a.md`]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('not a folder');
  });
});

describe('glimmer list', () => {
  it('lists valid glimmers oldest first, one per line, and counts them on stderr', () => {
    const result = glimmer(['list', vault]);
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines.map((l) => l.split(/\s+/).at(-1))).toEqual(['e.md', 'a.md', 'b.md', 'c.md', 'd.md', 'nested/deep/f.md']);
    expect(result.stdout).not.toContain('bad.md');
    expect(result.stdout).not.toContain('plain.md');
    expect(result.stdout).not.toContain('hidden.md');
    expect(result.stderr.trim()).toBe('6 glimmers');
    // Both scales with their words, in the columns every line shares.
    const a = lines.find((l) => l.endsWith(' a.md')) ?? '';
    expect(a).toMatch(/^2026-02-09 {2}4\/5 lifted me +2\/5 some weight +after-session +client-hope, presence +a\.md$/);
    const e = lines.find((l) => l.endsWith(' e.md')) ?? '';
    expect(e).toContain('5/5 filled me up');
  });

  it('prints JSON rows with the frontmatter fields and the path', () => {
    const rows = json<Array<Record<string, unknown>>>(glimmer(['list', vault, '--json']));
    expect(rows).toHaveLength(6);
    expect(rows[1]).toEqual({
      path: 'a.md', created: '2026-02-09', day: '2026-02-09', moment: 'after-session', themes: ['client-hope', 'presence'],
      intensity: 4, weight: 2, body: ['warm chest'], feelings: ['hope'], grounding: ['walk'], extra: {},
    });
    expect(rows[0]).toMatchObject({ path: 'e.md', intensity: 5 });
  });

  it('filters by theme (any of several) and by dates', () => {
    const hope = json<Array<{ path: string }>>(glimmer(['list', vault, '--json', '--theme', 'client-hope']));
    expect(hope.map((r) => r.path)).toEqual(['a.md', 'b.md', 'nested/deep/f.md']);
    const either = json<Array<{ path: string }>>(glimmer(['list', vault, '--json', '--theme', 'meaning', '--theme', 'presence']));
    expect(either.map((r) => r.path)).toEqual(['a.md', 'c.md']);
    const feb = json<Array<{ path: string }>>(glimmer(['list', vault, '--json', '--from', '2026-02-15', '--to', '2026-02-28']));
    // Within a day, a glimmer with only a date comes before one with a time.
    expect(feb.map((r) => r.path)).toEqual(['b.md', 'c.md', 'd.md']);
  });

  it('rejects --from after --to', () => {
    const result = glimmer(['list', vault, '--from', '2026-03-01', '--to', '2026-02-01']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('after');
  });
});
