// The supervision digest never leaks: every "What I want to remember" line it would quote is checked
// for names and other identifiers first, flagged lines are left out and counted in the closing line,
// --include-flagged keeps them, and a note marked privacy-reviewed: true is trusted as written.
import { describe, expect, it } from 'vitest';
import { glimmer, glimmerNote, makeVault } from './helpers.ts';

const remember = (lines: string[]): string => `## What I witnessed\n\nSomething happened.\n\n## What I want to remember\n\n${lines.join('\n')}\n`;

const SECRETS = ['Maria Alvarez', '(555) 867-5309', 'maria.alvarez@example.com', '42 Elm Street', 'Kwame'];

const vault = makeVault({
  'Glimmers/a.md': glimmerNote({
    created: '2026-03-02T09:15', themes: ['client-hope'], intensity: 5,
    text: remember(['Maria Alvarez set a boundary and held it.', 'Hope is a practice.']),
  }),
  'Glimmers/b.md': glimmerNote({
    created: '2026-03-03', intensity: 5,
    text: remember(['She said to call (555) 867-5309 when the group moves.', 'Rest counts.']),
  }),
  'Glimmers/c.md': glimmerNote({
    created: '2026-03-04', intensity: 4, feelings: ['calm'],
    text: remember(['Her note came from maria.alvarez@example.com, then she moved to 42 Elm Street.']),
  }),
  'Glimmers/d.md': glimmerNote({
    created: '2026-03-05', intensity: 4,
    text: remember(['When Kwame laughed, my shoulders dropped.', 'Small steps add up.']),
  }),
});

describe('glimmer export --format markdown: the privacy check', () => {
  it('quotes no name, phone, email or address, and says how many lines it left out and why', () => {
    const result = glimmer(['export', vault, '--format', 'markdown', '--remember', '10']);
    expect(result.status).toBe(0);
    const md = result.stdout;
    for (const secret of SECRETS) expect(md).not.toContain(secret);
    expect(md).toContain('> Hope is a practice.');
    expect(md).toContain('> Rest counts.');
    expect(md).toContain('> Small steps add up.');
    expect(md).toContain('4 lines were left out because they may identify someone; run glimmer lint to review them.');
  });

  it('keeps the flagged lines with --include-flagged, for a person who has reviewed them', () => {
    const md = glimmer(['export', vault, '--format', 'markdown', '--remember', '10', '--include-flagged']).stdout;
    for (const secret of SECRETS) expect(md).toContain(secret);
    expect(md).not.toContain('left out because');
  });

  it('trusts a note marked privacy-reviewed: true', () => {
    const reviewed = makeVault({
      'a.md': glimmerNote({ created: '2026-03-02', intensity: 5, extra: 'privacy-reviewed: true', text: remember(['Maria Alvarez set a boundary.']) }),
      'b.md': glimmerNote({ created: '2026-03-03', intensity: 5, text: remember(['Kwame laughed today.']) }),
    });
    const md = glimmer(['export', reviewed, '--format', 'markdown']).stdout;
    expect(md).toContain('> Maria Alvarez set a boundary.');
    expect(md).not.toContain('Kwame');
    expect(md).toContain('1 line was left out because it may identify someone');
  });

  it('says on stderr what leaves the vault, counting what was left out', () => {
    const result = glimmer(['export', vault, '--format', 'markdown', '--out', `${vault}/../digest-${Date.now()}.md`]);
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('after the identifier check');
    expect(result.stderr).toContain('(4 left out as possibly identifying; --include-flagged keeps them)');
  });
});
