/**
 * `glimmer review`, spawned as a real process: the exact note for a fixture vault (the approval
 * file the plugin's test also checks, so the two agree), figures equal to `glimmer stats`, links
 * that resolve, never overwriting, and review notes never counted as glimmers.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isoWeek } from '@glimmers/core';
import { REPO, glimmer, json, tempDir } from './helpers.ts';

const FIXTURE = join(REPO, 'tests', 'review-fixtures');

/** A fresh copy of the review fixture vault, with the plugin's settings where Obsidian keeps them. */
function fixtureVault(): string {
  const dir = tempDir('glimmer-review-');
  cpSync(join(FIXTURE, 'vault'), dir, { recursive: true });
  mkdirSync(join(dir, '.obsidian', 'plugins', 'glimmers'), { recursive: true });
  writeFileSync(join(dir, '.obsidian', 'plugins', 'glimmers', 'data.json'), readFileSync(join(FIXTURE, 'settings.json')));
  return dir;
}

/** The sample vault, copied so nothing tracked changes. */
function sampleVault(): string {
  const dir = tempDir('glimmer-review-sample-');
  cpSync(join(REPO, 'examples', 'vault'), dir, { recursive: true });
  return dir;
}

/** Every link target of a note: wiki links `[[target|alias]]` and Markdown links `[alias](target)`. */
function linkTargets(text: string): string[] {
  const wiki = [...text.matchAll(/\[\[([^\]|]+)\|[^\]]*\]\]/g)].map((m) => `${m[1]}.md`);
  const markdown = [...text.matchAll(/\]\(([^)]+)\)/g)].map((m) => decodeURIComponent(m[1] as string));
  return [...wiki, ...markdown];
}

describe('glimmer review', () => {
  it('writes exactly the approved weekly and monthly notes for the fixture vault', () => {
    const vault = fixtureVault();
    for (const [flag, period] of [['--week', '2026-W10'], ['--month', '2026-03']] as const) {
      const result = glimmer(['review', vault, flag, period]);
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      const path = result.stdout.trim();
      expect(path).toBe(join(vault, 'Glimmers', 'Reviews', `${period} review.md`));
      expect(readFileSync(path, 'utf8')).toBe(readFileSync(join(FIXTURE, 'approved', `${period}.md`), 'utf8'));
    }
  });

  it('links to every glimmer of the period with links that resolve in the vault', () => {
    const vault = fixtureVault();
    const text = readFileSync(glimmer(['review', vault, '--week', '2026-W10']).stdout.trim(), 'utf8');
    const targets = linkTargets(text);
    expect(new Set(targets)).toEqual(new Set([
      'Glimmers/2026-03-02 1740 she-said-it.md', 'Glimmers/2026-03-04 1215 quick.md', 'Glimmers/Sub/2026-03-05 number #2.md', 'Glimmers/2026-03-08 2330 sunday night.md',
    ]));
    for (const target of targets) expect(existsSync(join(vault, target)), target).toBe(true);
  });

  it('never overwrites: a second review of the same week gets a new name, and the first is untouched', () => {
    const vault = fixtureVault();
    const first = glimmer(['review', vault, '--week', '2026-W10']).stdout.trim();
    writeFileSync(first, `${readFileSync(first, 'utf8')}My answer: rest more.\n`);
    const before = readFileSync(first, 'utf8');
    const second = glimmer(['review', vault, '--week', '2026-W10']);
    expect(second.status).toBe(0);
    expect(second.stdout.trim()).toBe(join(vault, 'Glimmers', 'Reviews', '2026-W10 review 2.md'));
    expect(readFileSync(first, 'utf8')).toBe(before);
    expect(readdirSync(join(vault, 'Glimmers', 'Reviews')).sort()).toEqual(['2026-W09 review.md', '2026-W10 review 2.md', '2026-W10 review.md']);
  });

  it('on the sample vault prints a path and writes figures that match glimmer stats for the week', () => {
    const vault = sampleVault();
    const result = glimmer(['review', vault, '--week', '2026-W10', '--json']);
    expect(result.status).toBe(0);
    const review = json<Record<string, unknown>>(result);
    const stats = json<Record<string, unknown>>(glimmer(['stats', vault, '--from', '2026-03-02', '--to', '2026-03-08', '--json']));
    expect(review).toEqual({
      path: join(vault, 'Glimmers', 'Reviews', '2026-W10 review.md'), period: '2026-W10', from: '2026-03-02', to: '2026-03-08',
      glimmers: stats['glimmers'], days: stats['days'], intensity: stats['intensity'], weight: stats['weight'], byTheme: stats['byTheme'], grounding: stats['grounding'],
    });
    expect(review['glimmers']).toBe(3);
    const note = readFileSync(review['path'] as string, 'utf8');
    const mean = (stats['intensity'] as { mean: number }).mean;
    expect(note).toContain(`\nglimmers: ${stats['glimmers']}\n`);
    expect(note).toContain(`\nintensity: ${Math.round(mean * 100) / 100}\n`);
    expect(note).toContain(`\nweight: ${(stats['weight'] as { mean: number }).mean}\n`);
  });

  it('is not counted as a glimmer by stats, list or lint, and lint does not mention it', () => {
    const vault = fixtureVault();
    const before = { stats: glimmer(['stats', vault, '--json']).stdout, list: glimmer(['list', vault, '--json']).stdout, lint: glimmer(['lint', vault, '--json']).stdout };
    glimmer(['review', vault, '--week', '2026-W10']);
    glimmer(['review', vault, '--month', '2026-03']);
    const stats = json<{ glimmers: number; files: { scanned: number; glimmers: number; invalid: number } }>(glimmer(['stats', vault, '--json']));
    const earlier = JSON.parse(before.stats) as typeof stats;
    expect(stats.glimmers).toBe(earlier.glimmers);
    expect(stats.files).toEqual({ ...earlier.files, scanned: earlier.files.scanned + 2 });
    expect(glimmer(['list', vault, '--json']).stdout).toBe(before.list);
    const lint = glimmer(['lint', vault, '--json']);
    expect(lint.stdout).toBe(before.lint);
    expect(lint.stdout).not.toContain('review');
  });

  it('reviews the current week by default', () => {
    const vault = fixtureVault();
    // The command runs with TZ=UTC, so "today" is the UTC day (read before and after, for midnight).
    const before = isoWeek(new Date().toISOString().slice(0, 10));
    const result = glimmer(['review', vault]);
    const after = isoWeek(new Date().toISOString().slice(0, 10));
    expect(result.status).toBe(0);
    const period = readFileSync(result.stdout.trim(), 'utf8').match(/^period: (.+)$/m)?.[1];
    expect([before, after]).toContain(period);
    expect(result.stdout.trim()).toBe(join(vault, 'Glimmers', 'Reviews', `${period} review.md`));
  });

  it('refuses a bad period with exit 2 and one line, writing nothing', () => {
    const vault = fixtureVault();
    for (const args of [['--week', '2026-W54'], ['--week', '2026-10'], ['--month', '2026-13'], ['--week', '2026-W10', '--month', '2026-03']]) {
      const result = glimmer(['review', vault, ...args]);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(/^glimmer: review: /);
    }
    expect(readdirSync(join(vault, 'Glimmers', 'Reviews'))).toEqual(['2026-W09 review.md']);
  });
});
