// Item 10 of issue #17: years below 0001 are an error, and week labels always look like YYYY-Www and
// agree everywhere. Before the fix, `created: 0000-01-01` was accepted, then labelled week
// `00-1-W-102789` by `stats --json` and `00-1-W52` by the digest. Generated days over the whole range
// 0001-9999 (the edges and ISO week 53s among them), checked against a week computed here, by the
// definition, independently of core.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { glimmer, glimmerNote, json, makeVault } from './support/cli.ts';

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** The ISO week of a day, by the definition: the week (Monday to Sunday) holding its Thursday, numbered in that Thursday's year. */
function isoWeekOf(day: string): string {
  const date = new Date(0);
  date.setUTCFullYear(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
  const weekday = (date.getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const thursday = new Date(date.getTime() + (3 - weekday) * 86_400_000);
  const jan1 = new Date(0);
  jan1.setUTCFullYear(thursday.getUTCFullYear(), 0, 1);
  const week = Math.floor((thursday.getTime() - jan1.getTime()) / (7 * 86_400_000)) + 1;
  return `${pad(thursday.getUTCFullYear(), 4)}-W${pad(week, 2)}`;
}

const EDGES = ['0001-01-01', '0001-12-31', '0024-02-29', '0099-12-31', '0100-01-04', '2020-12-31', '2021-01-03', '2026-12-28', '9999-12-31', '9999-12-27'];
const generated = fc.sample(fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }), { numRuns: 30, seed: 20260310 })
  .map((d) => `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`);
const DAYS = [...new Set([...EDGES, ...generated])];
const YEAR_ZERO = ['0000-01-01', '0000-02-29', '0000-12-31', '0000-06-15T10:00'];

describe('years and week labels', () => {
  const vault = makeVault(Object.fromEntries([
    ...DAYS.map((day, i) => [`valid-${i}.md`, glimmerNote({ created: day, intensity: 3 })]),
    ...YEAR_ZERO.map((created, i) => [`zero-${i}.md`, glimmerNote({ created, intensity: 3 })]),
  ]));
  const expected: Record<string, number> = {};
  for (const day of DAYS) expected[isoWeekOf(day)] = (expected[isoWeekOf(day)] ?? 0) + 1;

  it('year 0000 is created/invalid in lint, counted nowhere, and refused by new and --from', () => {
    const lint = json<{ files: Array<{ path: string; issues: Array<{ code: string }> }> }>(glimmer(['lint', vault, '--json', '--no-privacy']));
    expect(lint.files.map((f) => f.path).sort()).toEqual(YEAR_ZERO.map((_, i) => `zero-${i}.md`).sort());
    for (const file of lint.files) expect(file.issues.map((i) => i.code)).toContain('created/invalid');
    expect(json<{ glimmers: number; files: { invalid: number } }>(glimmer(['stats', vault, '--json']))).toMatchObject({ glimmers: DAYS.length, files: { invalid: YEAR_ZERO.length } });
    expect(glimmer(['new', '--dir', vault, '--created', '0000-01-01', '--text', 'x']).status).toBe(2);
    expect(glimmer(['list', vault, '--from', '0000-01-01']).status).toBe(2);
  });

  it('stats, the digest and the CSV export give every glimmer the same YYYY-Www label, the ISO week by definition', () => {
    const stats = json<{ byWeek: Record<string, number> }>(glimmer(['stats', vault, '--json']));
    expect(stats.byWeek).toEqual(expected);
    const weeks = Object.keys(expected);
    for (const week of weeks) expect(week).toMatch(/^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$/);

    const digest = glimmer(['export', vault, '--format', 'markdown', '--remember', '0']).stdout;
    const rows = [...digest.matchAll(/^\| (\S+) \| (\d+) \|/gm)].filter((m) => /W/.test(m[1] as string));
    expect(Object.fromEntries(rows.map((m) => [m[1], Number(m[2])]))).toEqual(expected);

    const csv = glimmer(['export', vault, '--format', 'csv', '--fields', 'date']).stdout.trim().split('\r\n').slice(1);
    expect(csv.sort()).toEqual(DAYS.map(isoWeekOf).sort());
  });
});
