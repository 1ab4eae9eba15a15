// Item 13 of issue #17: export messages say exactly what free text they carry, and what leaves the
// vault by default holds nothing the identifier check flags. Before the fix, the default CSV and JSON
// exports carried the body, feelings and grounding phrases (and a free-text moment or theme) as
// written, names and phone numbers included, while stderr said "no note text"; `--dates day` gave
// exact dates without a word. The choice (as the digest's --include-flagged): every free-text word
// and line passes the check and what is flagged is left out and counted, unless --include-flagged.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { glimmer, glimmerNote, json, makeVault, tempDir } from './support/cli.ts';

// Client details, one of each kind the check knows, hidden in every free-text field.
const NAME = 'Maria Alvarez';
const PHONE = '(555) 867-5309';
const EMAIL = 'maria.alvarez@example.com';
const SECRETS = [NAME, PHONE, EMAIL, 'Alvarez'];
const remember = '## What I want to remember\n\nthe session ended well.\nCall (555) 867-5309 about the move.\n';

const vault = makeVault({
  'Glimmers/a.md': glimmerNote({
    created: '2026-03-02T09:15', moment: `after ${NAME}'s session`, themes: ['client-hope', `alvarez ${PHONE}`],
    body: ['warm chest', `tight jaw after ${EMAIL}`], feelings: ['relief', `proud of ${NAME}`], grounding: ['walk', `text ${PHONE}`], intensity: 5, text: remember,
  }),
  'Glimmers/b.md': glimmerNote({ created: '2026-03-04', moment: 'end-of-day', themes: ['meaning'], feelings: ['calm'], intensity: 3 }),
  // Reviewed by the person: trusted as written, as in the digest.
  'Glimmers/c.md': glimmerNote({ created: '2026-03-05', feelings: ['reviewed: call Kwame'], extra: 'privacy-reviewed: true', intensity: 4 }),
});

const leaks = (text: string): string[] => SECRETS.filter((s) => text.includes(s));

describe('what the default exports carry', () => {
  it('CSV and JSON leave out every flagged word, keep the rest, and say how many on stderr', () => {
    for (const format of ['csv', 'json']) {
      const result = glimmer(['export', vault, '--format', format]);
      expect(result.status, format).toBe(0);
      expect(leaks(result.stdout), format).toEqual([]);
      for (const kept of ['warm chest', 'relief', 'walk', 'client-hope', 'calm', 'reviewed: call Kwame']) expect(result.stdout, `${format}: ${kept}`).toContain(kept);
      expect(result.stderr, format).toBe('glimmer: 5 listed words were left out because they may identify someone; run glimmer lint to review them, or add --include-flagged to keep them.\n');
    }
    const rows = json<Array<Record<string, unknown>>>(glimmer(['export', vault, '--format', 'json']));
    expect(rows[0]).toMatchObject({ moment: null, themes: ['client-hope'], body: ['warm chest'], feelings: ['relief'], grounding: ['walk'] });
  });

  it('--include-flagged keeps them, and says so', () => {
    const out = join(tempDir(), 'rows.csv');
    const result = glimmer(['export', vault, '--out', out, '--include-flagged']);
    expect(result.status).toBe(0);
    expect(leaks(readFileSync(out, 'utf8')).sort()).toEqual([...SECRETS].sort());
    expect(result.stderr).toContain('flagged words included (--include-flagged)');
  });

  it('--out says exactly which free text leaves the vault, and "no note text" only when true', () => {
    const out = join(tempDir(), 'rows.csv');
    const result = glimmer(['export', vault, '--out', out]);
    expect(result.status).toBe(0);
    const line = result.stderr.trim();
    expect(line.split('\n')).toHaveLength(1);
    expect(line).toContain('free text: the moment, themes, body, feelings and grounding words as written, after the identifier check (5 left out as possibly identifying; --include-flagged keeps them)');
    expect(line).not.toContain('no note text');
    const numbers = glimmer(['export', vault, '--out', join(tempDir(), 'n.csv'), '--fields', 'date,intensity,weight']);
    expect(numbers.stderr).toContain('no free text');
    const sections = glimmer(['export', vault, '--out', join(tempDir(), 's.json'), '--fields', 'date,remember']);
    expect(sections.stderr).toContain('free text: the remember section, line by line, after the identifier check (1 left out');
  });

  it('section fields asked for with --fields are checked line by line too', () => {
    const rows = json<Array<{ remember: string }>>(glimmer(['export', vault, '--format', 'json', '--fields', 'remember']));
    expect(rows[0]?.remember).toBe('the session ended well.');
  });

  it('the digest leaves out a free-text moment the check flags', () => {
    const md = glimmer(['export', vault, '--format', 'markdown', '--remember', '0']).stdout;
    expect(leaks(md)).toEqual([]);
    expect(md).toContain('- End of day: 1');
  });

  it('the dashboard says which free text its page carries, never "no note text"', () => {
    const result = glimmer(['dashboard', vault, '--today', '2026-03-10', '--out', join(tempDir(), 'page.html')]);
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('the body, feelings and grounding words as written, and the notes\' paths; no titles or section text');
    expect(result.stderr).not.toContain('no note text');
  });

  it('--dates day warns on stderr, in every format, to a file or not', () => {
    for (const args of [['--format', 'csv'], ['--format', 'json'], ['--format', 'markdown', '--remember', '0'], ['--out', join(tempDir(), 'd.csv')]]) {
      const result = glimmer(['export', vault, '--dates', 'day', ...args]);
      expect(result.status, args.join(' ')).toBe(0);
      expect(result.stderr, args.join(' ')).toContain('warning: --dates day exports the exact day of each glimmer');
    }
    expect(glimmer(['export', vault, '--format', 'json', '--fields', 'date,intensity']).stderr).toBe('');
  });
});
