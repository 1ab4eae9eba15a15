import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvCell } from '../../packages/cli/src/export-rows.ts';
import { glimmer, glimmerNote, json, makeVault } from './helpers.ts';

const remember = (text: string) => `## What I witnessed\n\nSomething private happened.\n\n## What I want to remember\n\n${text}\n`;

const vault = makeVault({
  'Glimmers/2026-03-02 a.md': glimmerNote({ created: '2026-03-02T09:15', moment: 'after-session', themes: ['client-hope', 'presence'], intensity: 5, weight: 1, body: ['warm chest'], text: remember('Hope is a practice.') }),
  'Glimmers/2026-03-04 b.md': glimmerNote({ created: '2026-03-04', moment: 'end-of-day', themes: ['meaning'], intensity: 2, feelings: ['calm, quiet', 'said "enough"'], text: remember('Rest counts.') }),
  'Glimmers/2026-04-20 c.md': glimmerNote({ created: '2026-04-20T17:00', themes: ['client-growth'], intensity: 4, body: ['=HYPERLINK("http://example.invalid")', '+1', '@sum', '-2'], grounding: ['line one\nline two'], text: remember('Small steps add up.') }),
  'Glimmers/broken.md': glimmerNote({ created: '2026-13-01' }),
  'plain.md': 'just a note\n',
});

describe('glimmer export --format csv', () => {
  it('writes one row per glimmer, weeks instead of dates, and nothing identifying by default', () => {
    const result = glimmer(['export', vault, '--format', 'csv']);
    expect(result.status).toBe(0);
    const lines = result.stdout.split('\r\n');
    expect(lines[0]).toBe('date,moment,themes,intensity,weight,body,feelings,grounding');
    expect(lines[1]).toBe('2026-W10,after-session,client-hope; presence,5,1,warm chest,,');
    expect(lines[2]).toBe('2026-W10,end-of-day,meaning,2,,,"calm, quiet; said ""enough""",');
    expect(result.stdout).not.toContain('2026-03-02');
    expect(result.stdout).not.toContain('Glimmers/');
    expect(result.stdout).not.toContain('private');
    expect(result.stdout.endsWith('\r\n')).toBe(true);
  });

  it('defuses spreadsheet formulas and quotes line breaks', () => {
    // --include-flagged: the identifier check would leave out the formula's web address, and this is about CSV.
    const result = glimmer(['export', vault, '--format', 'csv', '--include-flagged']);
    const row = result.stdout.split('\r\n').slice(3).join('\r\n');
    expect(row).toContain(`"'=HYPERLINK(""http://example.invalid""); +1; @sum; -2"`);
    expect(row).toContain('"line one\nline two"');
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+44')).toBe("'+44");
    expect(csvCell('-x')).toBe("'-x");
    expect(csvCell('@x')).toBe("'@x");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell(3)).toBe('3');
    expect(csvCell('a,b')).toBe('"a,b"');
  });

  it('exports exact dates, paths and sections only when asked for', () => {
    const result = glimmer(['export', vault, '--format', 'csv', '--fields', 'created,path,remember', '--dates', 'day']);
    expect(result.stdout.split('\r\n').slice(0, 2)).toEqual(['created,path,remember', '2026-03-02T09:15,Glimmers/2026-03-02 a.md,Hope is a practice.']);
  });
});

describe('glimmer export --format json', () => {
  it('writes rows as JSON, coarsened by month when asked', () => {
    const rows = json<Array<Record<string, unknown>>>(glimmer(['export', vault, '--format', 'json', '--dates', 'month']));
    expect(rows).toHaveLength(3);
    expect(rows[0]).toEqual({ date: '2026-03', moment: 'after-session', themes: ['client-hope', 'presence'], intensity: 5, weight: 1, body: ['warm chest'], feelings: [], grounding: [] });
    expect(rows[2]).toMatchObject({ date: '2026-04', moment: null, weight: null });
  });

  it('filters by date and theme', () => {
    const rows = json<Array<{ date: string }>>(glimmer(['export', vault, '--format', 'json', '--from', '2026-03-03', '--theme', 'meaning', '--dates', 'day']));
    expect(rows.map((r) => r.date)).toEqual(['2026-03-04']);
  });
});

describe('glimmer export --format markdown', () => {
  it('writes a supervision digest: counts, themes, weeks and the chosen remember lines', () => {
    const result = glimmer(['export', vault, '--format', 'markdown', '--remember', '2']);
    expect(result.status).toBe(0);
    const md = result.stdout;
    expect(md).toContain('# Glimmers: supervision digest');
    expect(md).toContain('2026-W10 to 2026-W17: **3 glimmers** on 3 days, in 2 weeks.');
    expect(md).toContain("| Hope sparked by a client (`client-hope`) | 1 |");
    expect(md).toContain('| 2026-W10 | 2 | 3.5 | 1.0 |');
    // The two most intense glimmers' lines, oldest first; the least intense is left out.
    expect(md).toContain('> Hope is a practice.');
    expect(md).toContain('> Small steps add up.');
    expect(md).not.toContain('Rest counts.');
    expect(md.indexOf('Hope is a practice.')).toBeLessThan(md.indexOf('Small steps add up.'));
    // No exact dates, file names or other sections.
    expect(md).not.toMatch(/2026-0\d-\d\d/);
    expect(md).not.toContain('Glimmers/');
    expect(md).not.toContain('private');
  });

  it('--remember 0 leaves note text out entirely; --dates month groups by month', () => {
    const md = glimmer(['export', vault, '--format', 'markdown', '--remember', '0', '--dates', 'month']).stdout;
    expect(md).not.toContain('What I want to remember');
    expect(md).toContain('| 2026-03 | 2 |');
    expect(md).toContain('No note text is included.');
  });
});

describe('glimmer export --omit (fields kept private)', () => {
  it('leaves the fields out of csv and json', () => {
    const result = glimmer(['export', vault, '--format', 'csv', '--omit', 'body,feelings', '--omit', 'weight']);
    expect(result.stdout.split('\r\n')[0]).toBe('date,moment,themes,intensity,grounding');
    const rows = json<Array<Record<string, unknown>>>(glimmer(['export', vault, '--format', 'json', '--omit', 'themes']));
    expect(rows.every((r) => !('themes' in r))).toBe(true);
  });

  it('leaves the parts out of the digest, and says so', () => {
    const md = glimmer(['export', vault, '--format', 'markdown', '--omit', 'weight,body,remember,themes']).stdout;
    expect(md).not.toContain('## Themes');
    expect(md).not.toContain('Mean weight');
    expect(md).not.toContain('Felt in the body');
    expect(md).toContain('- Feelings:');
    expect(md).not.toContain('Hope is a practice.');
    expect(md).toContain('| Week | Glimmers | Mean intensity |');
    expect(md).toContain('Also left out as asked: weight, body, remember, themes.');
  });

  it('rejects a field that does not exist', () => {
    const result = glimmer(['export', vault, '--format', 'markdown', '--omit', 'path']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--omit path');
  });
});

describe('glimmer export --out', () => {
  it('writes the file atomically and says what leaves the vault', () => {
    const out = join(vault, '..', `${readdirSync(join(vault, '..')).length}-export.csv`);
    const result = glimmer(['export', vault, '--out', out]);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('exporting 3 glimmers');
    expect(result.stderr).toContain('date (by week)');
    expect(result.stderr).toContain('free text: the moment, themes, body, feelings and grounding words as written, after the identifier check');
    expect(result.stderr).toContain('no file names and no exact dates');
    expect(readFileSync(out, 'utf8').startsWith('date,moment')).toBe(true);
  });

  it('never replaces an existing .md file without --force', () => {
    const out = join(vault, 'plain.md');
    const result = glimmer(['export', vault, '--format', 'markdown', '--out', out]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('plain.md');
    expect(readFileSync(out, 'utf8')).toBe('just a note\n');
  });

  it('rejects unknown formats, fields and precisions with exit 2', () => {
    for (const args of [['--format', 'xml'], ['--format', 'csv', '--fields', 'secret'], ['--format', 'csv', '--dates', 'year'], []]) {
      const result = glimmer(['export', vault, ...args]);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  it('infers the format from the --out extension, and replaces an existing file only with --force', () => {
    const dir = makeVault({});
    const out = join(dir, 'rows.json');
    writeFileSync(out, 'old');
    expect(glimmer(['export', vault, '--out', out]).status).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('old');
    expect(glimmer(['export', vault, '--out', out, '--force']).status).toBe(0);
    expect(Array.isArray(JSON.parse(readFileSync(out, 'utf8')))).toBe(true);
    expect(existsSync(join(dir, 'rows.json'))).toBe(true);
    expect(readdirSync(dir)).toEqual(['rows.json']);
  });
});
