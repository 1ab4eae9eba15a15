import { describe, expect, it } from 'vitest';
import { glimmer, glimmerNote, json, makeVault } from './helpers.ts';

interface LintReport {
  files: Array<{ path: string; issues: Array<{ severity: string; code: string; message: string; line?: number; field?: string }> }>;
  summary: { files: number; errors: number; warnings: number };
}

describe('glimmer lint', () => {
  const vault = makeVault({
    'ok.md': glimmerNote({ created: '2026-03-02', themes: ['client-hope'], intensity: 3 }),
    'Glimmers/unknown theme.md': glimmerNote({ created: '2026-03-03', themes: ['sunshine'] }),
    'Glimmers/sub/too intense.md': glimmerNote({ created: '2026-03-04', intensity: 9 }),
    'broken yaml.md': '---\ntype: glimmer\ncreated: 2026-03-05\nthemes: [a, b\n---\nBody\n',
    'plain.md': '# A plain note\n',
    'plain with bad yaml.md': '---\ntitle: [unclosed\n---\nA plain note whose YAML is broken; not a glimmer, so not reported.\n',
  });

  it('reports every attempted glimmer with an issue, paths relative with /, plain notes never', () => {
    const result = glimmer(['lint', vault, '--json']);
    expect(result.status).toBe(1);
    const report = json<LintReport>(result);
    expect(report.files.map((f) => f.path)).toEqual(['Glimmers/sub/too intense.md', 'Glimmers/unknown theme.md', 'broken yaml.md']);
    const intense = report.files[0]?.issues ?? [];
    expect(intense).toEqual([expect.objectContaining({ severity: 'error', code: 'intensity/invalid', field: 'intensity', line: 4 })]);
    expect(report.files[1]?.issues).toEqual([expect.objectContaining({ severity: 'warning', code: 'themes/unknown' })]);
    expect(report.files[2]?.issues[0]).toMatchObject({ severity: 'error', code: 'yaml/syntax' });
    expect(report.summary).toEqual({ files: 3, errors: report.files.flatMap((f) => f.issues).filter((i) => i.severity === 'error').length, warnings: 1 });
    expect(report.summary.errors).toBeGreaterThanOrEqual(2);
  });

  it('prints a readable report with file:line positions and exits 1 on errors', () => {
    const result = glimmer(['lint', vault]);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('Glimmers/sub/too intense.md');
    expect(result.stdout).toMatch(/error\s+intensity\/invalid:4/);
    expect(result.stdout).toMatch(/warning\s+themes\/unknown/);
    expect(result.stdout).not.toContain('plain');
  });

  it('exits 0 when there are only warnings', () => {
    const warningsOnly = makeVault({ 'a.md': glimmerNote({ created: '2026-03-03', themes: ['sunshine'] }) });
    const result = glimmer(['lint', warningsOnly, '--json']);
    expect(result.status).toBe(0);
    expect(json<LintReport>(result).summary).toEqual({ files: 1, errors: 0, warnings: 1 });
  });

  it('says so when all is well', () => {
    const clean = makeVault({ 'a.md': glimmerNote({ created: '2026-03-03' }), 'b.md': 'plain\n' });
    const result = glimmer(['lint', clean]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Checked 1 glimmer: no format errors or warnings. No likely identifiers found by the name and pattern checks.');
    expect(result.stdout).not.toContain('No problems found');
    expect(json<LintReport>(glimmer(['lint', clean, '--json']))).toEqual({ files: [], summary: { files: 0, errors: 0, warnings: 0 } });
  });

  it('warns about likely client identifiers, unless the note is marked privacy-reviewed', () => {
    const text = '## What I witnessed\n\nShe gave me her number, 555-201-7788, to call if the shelter closed.';
    const privacy = makeVault({
      'flagged.md': glimmerNote({ created: '2026-03-03', text }),
      'reviewed.md': glimmerNote({ created: '2026-03-03', text, extra: 'privacy-reviewed: true' }),
    });
    const report = json<LintReport>(glimmer(['lint', privacy, '--json']));
    expect(report.files.map((f) => f.path)).toEqual(['flagged.md']);
    const issue = report.files[0]?.issues[0];
    expect(issue).toMatchObject({ severity: 'warning', code: 'privacy/phone' });
    expect(issue?.line).toBeGreaterThan(4);
    // The message never repeats the number itself.
    expect(JSON.stringify(report)).not.toContain('555-201-7788');
    expect(json<LintReport>(glimmer(['lint', privacy, '--json', '--no-privacy'])).files).toEqual([]);
  });
});
