// Item 4 of issue #17: messages never carry note text beyond a short, marked excerpt where a person
// needs it to find the spot, and none in exports without --include-text. Before the fix, a key that
// is a collection made every command print Node's warning with the key's text, and error messages
// quoted whole values (on stderr, and under "Needs attention" in the dashboard export).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { glimmer, makeVault, tempDir } from './support/cli.ts';

// Each note hides the same client details where the YAML reader or the format's rules will
// complain about them.
const SECRET = ['Maria', 'Lopez', '555-867', 'Velisande'];
const head = '---\ntype: glimmer\ncreated: 2026-03-03\n';
const NOTES: Record<string, string> = {
  'collection-key.md': `${head}? [Maria Lopez, 555-867-5309]\n: x\n---\n`,
  'created.md': '---\ntype: glimmer\ncreated: Session with Maria Lopez 555-867-5309\n---\n',
  'intensity.md': `${head}intensity: 5558675309\nweight: Maria Lopez\n---\n`,
  'stray-line.md': `${head}Maria Lopez called 555-867-5309\n---\n`,
  'alias.md': `${head}note: *MariaLopez\n---\n`,
  'tag.md': `${head}note: !MariaLopez x\n---\n`,
  'directive.md': `---\n%Maria Lopez\ntype: glimmer\ncreated: 2026-03-03\n---\n`,
  'duplicate.md': `${head}Maria Lopez: 1\nMaria Lopez: 2\n---\n`,
  'quote.md': `${head}note: "Maria Lopez 555-867-5309\n---\n`,
  'moment.md': `${head}moment: [Maria Lopez]\n---\n`,
  'good.md': `${head}themes: [meaning]\n---\n\n## What I witnessed\n\nA small step.\n`,
};
// Valid glimmers whose odd values are their data (a moment, a theme): warned about, never quoted
// beyond a short excerpt. (Exports carry themes and moments as data, so they are not in the export vault.)
const DATA_NOTES: Record<string, string> = {
  'moment-text.md': `${head}moment: Maria Lopez 555-867-5309\n---\n`,
  'theme.md': `${head}themes: [a-theme-named-after Velisande Maria Lopez 555-867-5309]\n---\n`,
};

/** Secrets found in `text`, outside the one short excerpt a theme warning may carry. */
function leaks(text: string): string[] {
  return SECRET.filter((s) => text.includes(s));
}

describe('messages about hostile notes', () => {
  const vault = makeVault({ ...NOTES, ...DATA_NOTES });

  it('stats, list and lint print no Node warning and no note text', () => {
    for (const args of [['stats'], ['stats', '--json'], ['list'], ['list', '--json']]) {
      const result = glimmer([...args, vault]);
      expect(result.stderr, args.join(' ')).not.toMatch(/\(node:|Warning|YAMLWarning/);
      expect(leaks(result.stderr), args.join(' ')).toEqual([]);
    }
    const lint = glimmer(['lint', vault, '--no-privacy']);
    expect(lint.status).toBe(1);
    expect(lint.stderr).toBe('');
    expect(leaks(lint.stdout.replace(/“[^”]*”/g, ''))).toEqual([]);
    // The one excerpt (which theme is unknown) is short and marked, and stops before the phone number.
    const excerpts = lint.stdout.match(/“[^”]*”/g) ?? [];
    expect(excerpts.length).toBeGreaterThan(0);
    for (const e of excerpts) expect(Array.from(e).length).toBeLessThanOrEqual(26);
    expect(lint.stdout).not.toContain('555-867');
    // Every file still gets its issue, with a line to find the spot.
    for (const name of Object.keys({ ...NOTES, ...DATA_NOTES }).filter((n) => n !== 'good.md')) expect(lint.stdout).toContain(name);
  });

  it('the dashboard export without --include-text carries no note text, also under "Needs attention"', () => {
    const exported = makeVault(NOTES);
    const out = join(tempDir(), 'dashboard.html');
    const result = glimmer(['dashboard', exported, '--out', out, '--today', '2026-03-10']);
    expect(result.status).toBe(0);
    expect(result.stderr).not.toMatch(/\(node:|Warning/);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('created.md');
    expect(leaks(html)).toEqual([]);
  });

  it('set refuses such a note without quoting it', () => {
    for (const name of ['created.md', 'stray-line.md', 'alias.md', 'quote.md']) {
      const result = glimmer(['set', join(vault, name), 'intensity=3']);
      expect(result.status, name).toBe(1);
      expect(leaks(result.stderr), name).toEqual([]);
      expect(result.stderr).not.toMatch(/\(node:|Warning/);
    }
  });
});
