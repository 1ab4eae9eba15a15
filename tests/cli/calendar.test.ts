/**
 * One calendar (#15, #17 item 10): the command line reads days, `created` values, weeks and the
 * week start exactly as core and the plugin do.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isoWeek, isValidCreated, isValidDay } from '@glimmers/core';
import { glimmer, glimmerNote, json, makeVault } from './helpers.ts';

describe('the calendar on the command line', () => {
  it('treats 0024-02-29 as a real day everywhere, as core does', () => {
    expect(isValidCreated('0024-02-29')).toBe(true);
    const dir = makeVault({});
    const made = glimmer(['new', '--dir', dir, '--created', '0024-02-29', '--text', 'An old leap day']);
    expect(made.stderr).toBe('');
    expect(made.status).toBe(0);
    const stats = json<{ glimmers: number; byWeek: Record<string, number> }>(glimmer(['stats', dir, '--json', '--from', '0024-02-29', '--to', '0024-02-29']));
    expect(stats.glimmers).toBe(1);
    expect(stats.byWeek).toEqual({ [isoWeek('0024-02-29')]: 1 });
    expect(glimmer(['list', dir, '--from', '0024-02-29']).status).toBe(0);
  });

  it('refuses year 0000 as an invalid created, with the same week labels in stats and the digest', () => {
    expect(isValidDay('0000-01-01')).toBe(false);
    const dir = makeVault({
      'zero.md': glimmerNote({ created: '0000-01-01' }),
      'one.md': glimmerNote({ created: '0001-01-01' }),
    });
    const lint = glimmer(['lint', dir]);
    expect(lint.stdout).toContain('zero.md');
    expect(lint.stdout).toContain('created/invalid');
    expect(lint.stdout).not.toContain('one.md');
    const stats = json<{ glimmers: number; byWeek: Record<string, number> }>(glimmer(['stats', dir, '--json']));
    expect(stats).toMatchObject({ glimmers: 1, byWeek: { '0001-W01': 1 } });
    for (const week of Object.keys(stats.byWeek)) expect(week).toMatch(/^\d{4}-W\d{2}$/);
    const digest = glimmer(['export', dir, '--format', 'markdown', '--remember', '0']).stdout;
    expect(digest).toContain('0001-W01');
    expect(digest).not.toMatch(/-W-|\b\d{2}-\d-W/);
    const made = glimmer(['new', '--dir', dir, '--created', '0000-01-01', '--text', 'x']);
    expect(made.status).toBe(2);
    expect(made.stderr).toContain('--created must be a real date');
  });

  it('accepts every created form core accepts, zones included, and names the file by its local date and time', () => {
    const dir = makeVault({});
    const made = glimmer(['new', '--dir', dir, '--created', '2026-03-14T16:40+01:00', '--text', 'Zoned']);
    expect(made.status).toBe(0);
    expect(made.stdout).toMatch(/2026-03-14 164000 glimmer [a-z0-9]{4}\.md/);
    const text = readFileSync(made.stdout.trim().startsWith('/') ? made.stdout.trim() : join(process.cwd(), made.stdout.trim()), 'utf8');
    expect(text).toContain('created: 2026-03-14T16:40+01:00');
  });

  it('draws the HTML export with the week start of the settings', () => {
    const vault = makeVault({
      '.obsidian/plugins/glimmers/data.json': JSON.stringify({ weekStart: 'sunday' }),
      'Glimmers/a.md': glimmerNote({ created: '2026-03-04' }),
    });
    const out = join(vault, 'dashboard.html');
    expect(glimmer(['dashboard', vault, '--today', '2026-03-04', '--out', out]).status).toBe(0);
    const payload = /<script type="application\/json" id="glimmers-data">([\s\S]*?)<\/script>/.exec(readFileSync(out, 'utf8'))?.[1] ?? '';
    expect((JSON.parse(payload) as { options: { weekStart: number } }).options.weekStart).toBe(0);
  });
});
