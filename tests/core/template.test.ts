import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_TEMPLATES,
  composeGlimmerNote,
  parseGlimmer,
  parseTemplate,
  renderTemplate,
  serializeGlimmer,
  templateDefaults,
  type GlimmerNoteInput,
} from '@glimmers/core';

const builtIn = (id: string): string => {
  const found = BUILT_IN_TEMPLATES.find((t) => t.id === id);
  if (!found) throw new Error(`no built-in template ${id}`);
  return found.markdown;
};

const input = (over: Partial<GlimmerNoteInput> = {}): GlimmerNoteInput => ({
  created: '2026-03-04T14:15',
  answers: {},
  themes: [],
  body: [],
  feelings: [],
  grounding: [],
  ...over,
});

describe('parseTemplate', () => {
  it('should turn each ## heading into a prompt, with its question from a %% comment', () => {
    const t = parseTemplate(builtIn('session'));
    expect(t.prompts).toEqual([
      { heading: 'What I witnessed', slot: 'witnessed', question: 'What moment of resilience did I witness?' },
      { heading: 'How it felt in my body', slot: 'felt', question: 'How did it feel in my body?' },
      { heading: 'What I want to remember', slot: 'remember', question: 'What do I want to remember?' },
      { heading: "What I'm carrying", slot: 'carrying', question: 'What am I carrying? (optional)' },
      { heading: 'Getting back to basics', slot: 'basics', question: 'What will help me get back to basics? (optional)' },
    ]);
    expect(t.frontmatter).toEqual({ moment: 'after-session' });
    expect(t.issues).toEqual([]);
  });

  it('should give custom headings their own slot and match standard headings without a placeholder', () => {
    const t = parseTemplate('## What surprised me\n\n## how it felt in my body\n\n## Notes\n{{remember}}\n');
    expect(t.prompts.map((p) => p.slot)).toEqual(['section-1', 'felt', 'remember']);
    expect(t.prompts.map((p) => p.heading)).toEqual(['What surprised me', 'how it felt in my body', 'Notes']);
  });

  it('should use a slot only once even when two sections ask for it', () => {
    const t = parseTemplate('## What I witnessed\n{{witnessed}}\n\n## What I witnessed\n');
    expect(t.prompts.map((p) => p.slot)).toEqual(['witnessed', 'section-2']);
  });

  it('should not take headings inside fenced code as prompts', () => {
    const t = parseTemplate('## Real\n\n```md\n## Not a prompt\n```\n\n~~~\n## Nor this\n~~~\n');
    expect(t.prompts.map((p) => p.heading)).toEqual(['Real']);
  });

  it('should read frontmatter holding placeholders that are not valid YAML as written', () => {
    const t = parseTemplate('---\ndate: {{date}}\naliases: [{{title}}]\ntags:\n  - glimmer\nnote: "seen {{time}}"\n---\n## A\n');
    expect(t.frontmatter).toEqual({ date: '{{date}}', aliases: ['{{title}}'], tags: ['glimmer'], note: 'seen {{time}}' });
  });

  it('should report unreadable frontmatter with its file line and keep the prompts', () => {
    const t = parseTemplate('---\ntags: [a\nx: 1\n---\n## Still a prompt\n');
    expect(t.frontmatter).toEqual({});
    expect(t.issues.length).toBeGreaterThan(0);
    expect(t.issues[0]?.severity).toBe('error');
    expect(t.issues[0]?.line).toBeGreaterThanOrEqual(2);
    expect(t.prompts.map((p) => p.heading)).toEqual(['Still a prompt']);
  });

  it('should handle CRLF, a BOM and no frontmatter at all', () => {
    const t = parseTemplate('\uFEFF## One\r\n{{felt}}\r\n');
    expect(t.body).toBe('## One\n{{felt}}\n');
    expect(t.prompts).toEqual([{ heading: 'One', slot: 'felt' }]);
    expect(parseTemplate('').prompts).toEqual([]);
  });
});

describe('renderTemplate', () => {
  it('should fill placeholders, drop question lines and leave out empty sections', () => {
    const t = parseTemplate(builtIn('session'));
    const out = renderTemplate(t, { title: 'A small step', witnessed: 'She laughed again.', remember: 'Laughter comes back.' });
    expect(out.body).toBe(
      '# A small step\n\n## What I witnessed\n\nShe laughed again.\n\n## What I want to remember\n\nLaughter comes back.\n',
    );
    expect(out.frontmatter).toEqual({ moment: 'after-session' });
  });

  it('should drop a title heading left empty', () => {
    const out = renderTemplate(parseTemplate(builtIn('quick')), { witnessed: 'A hug at the door.' });
    expect(out.body).toBe('## What I witnessed\n\nA hug at the door.\n');
  });

  it('should put an answer under its heading when the section has no placeholder', () => {
    const t = parseTemplate('## What surprised me\n\nKeep this line.\n');
    expect(renderTemplate(t, { 'section-1': 'Her courage.' }).body).toBe('## What surprised me\n\nHer courage.\n\nKeep this line.\n');
  });

  it('should pass Templater syntax, unknown placeholders and dated placeholders through untouched', () => {
    const md = '---\ncreated: <% tp.date.now() %>\nseen: {{date}} {{mood}}\n---\nLogged <% tp.file.title %> on {{date}} at {{time}} {{date:YYYY}} {{mood}}\n\n## What I witnessed\n{{witnessed}}\n<%* tR += "x" %>\n';
    const out = renderTemplate(parseTemplate(md), { date: '2026-03-04', time: '14:15', witnessed: 'It mattered.' });
    expect(out.body).toBe(
      'Logged <% tp.file.title %> on 2026-03-04 at 14:15 {{date:YYYY}} {{mood}}\n\n## What I witnessed\n\nIt mattered.\n<%* tR += "x" %>\n',
    );
    expect(out.frontmatter).toEqual({ created: '<% tp.date.now() %>', seen: '2026-03-04 {{mood}}' });
  });

  it('should never expand placeholders inside the text a person typed', () => {
    const out = renderTemplate(parseTemplate('## What I witnessed\n{{witnessed}}\n'), { witnessed: 'I wrote {{date}} and $& on purpose', date: 'X' });
    expect(out.body).toBe('## What I witnessed\n\nI wrote {{date}} and $& on purpose\n');
  });

  it('should keep a section whose answer is empty but which holds other text', () => {
    const out = renderTemplate(parseTemplate('## Carrying\n{{carrying}}\n> [!note] breathe\n'), {});
    expect(out.body).toBe('## Carrying\n\n> [!note] breathe\n');
  });

  it('should fill {{themes}} and placeholders in headings', () => {
    const out = renderTemplate(parseTemplate('## Themes: {{themes}}\n{{witnessed}}\n'), { themes: 'Hope, Meaning', witnessed: 'x' });
    expect(out.body).toBe('## Themes: Hope, Meaning\n\nx\n');
  });

  it('should give an empty body when nothing is left', () => {
    expect(renderTemplate(parseTemplate(builtIn('session')), {}).body).toBe('');
  });
});

describe('templateDefaults', () => {
  it('should read form defaults from template frontmatter and ignore values that do not fit', () => {
    const t = parseTemplate('---\nmoment: end-of-day\nthemes: client-hope\nintensity: "4"\nweight: 9\nbody: [chest, 3]\ntags: [x]\n---\n');
    expect(templateDefaults(t)).toEqual({ moment: 'end-of-day', themes: ['client-hope'], intensity: 4, body: ['chest', '3'], feelings: [], grounding: [] });
  });
});

describe('composeGlimmerNote', () => {
  it('should equal serializeGlimmer of the same glimmer for a built-in template', () => {
    const composed = composeGlimmerNote(parseTemplate(builtIn('session')), input({
      title: 'A small step',
      answers: { witnessed: 'She named her strength.', felt: 'Warm chest.', carrying: 'Some tiredness.' },
      themes: ['client-growth', 'client-hope'],
      moment: 'after-session',
      intensity: 4,
      weight: 2,
      body: ['chest'],
      feelings: ['warmth'],
      grounding: ['a slow breath'],
    }));
    expect(composed.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(composed.text).toBe(serializeGlimmer({
      created: '2026-03-04T14:15', day: '2026-03-04', moment: 'after-session', themes: ['client-growth', 'client-hope'], intensity: 4, weight: 2,
      body: ['chest'], feelings: ['warmth'], grounding: ['a slow breath'], extra: {}, title: 'A small step',
      sections: [
        { heading: 'What I witnessed', text: 'She named her strength.' },
        { heading: 'How it felt in my body', text: 'Warm chest.' },
        { heading: "What I'm carrying", text: 'Some tiredness.' },
      ],
    }));
    const back = parseGlimmer(composed.text ?? '');
    expect(back.glimmer?.title).toBe('A small step');
    expect(back.glimmer?.sections.map((s) => s.heading)).toEqual(['What I witnessed', 'How it felt in my body', "What I'm carrying"]);
  });

  it('should merge template keys such as tags under the form values and ignore template type/created', () => {
    const t = parseTemplate('---\ntype: note\ncreated: 1999-01-01\nmoment: supervision\ntags:\n  - glimmer\n  - "{{date}}"\n---\n## What I witnessed\n{{witnessed}}\n');
    const composed = composeGlimmerNote(t, input({ answers: { witnessed: 'x' }, moment: 'end-of-day' }));
    expect(composed.text).toBe('---\ntype: glimmer\ncreated: 2026-03-04T14:15\nmoment: end-of-day\ntags:\n  - glimmer\n  - 2026-03-04\n---\n\n## What I witnessed\n\nx\n');
    expect(composed.glimmer?.extra).toEqual({ tags: ['glimmer', '2026-03-04'] });
  });

  it('should refuse to compose a note over the size core will read, instead of writing it', () => {
    const composed = composeGlimmerNote(parseTemplate(builtIn('quick')), input({ answers: { witnessed: 'x'.repeat(1_100_000) } }));
    expect(composed.text).toBeNull();
    expect(composed.issues.some((i) => i.code === 'file/too-large')).toBe(true);
  });

  it('should write a 500 KB answer as a valid glimmer', () => {
    const long = 'word '.repeat(100_000).trim();
    const composed = composeGlimmerNote(parseTemplate(builtIn('quick')), input({ answers: { witnessed: long } }));
    expect(composed.glimmer?.sections[0]?.text).toBe(long);
  });
});
