// The plugin's side of "privacy defaults that protect": file names with no words of the note (a typed
// title only when "Put typed titles in file names" is on and the check finds nothing in it), the name
// check in the form's warnings, and "Export supervision digest" writing core's digest as a new note.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { button, cleanUp, click, field, filesIn, openModal, read, runCommand, settle, startPlugin, type Harness, type } from './support/harness.ts';

const WITNESSED = 'What moment of resilience did I witness?';
const LADEN = 'Maria Alvarez set a boundary; call 555-867-5309 or write to maria@example.com.';
let h: Harness;

afterEach(() => {
  h.plugin.unload();
  cleanUp();
  vi.restoreAllMocks();
});

async function save(title: string, text: string): Promise<string> {
  await runCommand(h, 'new-glimmer');
  if (title !== '') type(field(openModal(), 'Title (optional)'), title);
  type(field(openModal(), WITNESSED), text);
  await click(button(openModal(), 'Save glimmer'));
  await settle();
  return filesIn(h.app, 'Glimmers').map((f) => f.basename).sort().join('\n');
}

describe('file names from the form', () => {
  it('carry no words of the note by default, title or not', async () => {
    h = await startPlugin();
    const names = await save('Maria Alvarez', LADEN);
    expect(names).toMatch(/^\d{4}-\d{2}-\d{2} \d{6} glimmer [a-z2-9]{4}$/);
    for (const word of ['maria', 'alvarez', 'boundary', '555']) expect(names.toLowerCase()).not.toContain(word);
  });

  it('take a clean typed title when the setting is on, and keep one with a name out, with a message', async () => {
    h = await startPlugin({ disk: { data: JSON.stringify({ privacy: { titleInFileName: true } }) } });
    expect(await save('A small step', 'She stayed.')).toMatch(/ a-small-step [a-z2-9]{4}$/);
    const names = await save('Kwame set a boundary', 'He stayed.');
    expect(names.split('\n').filter((n) => n.includes(' glimmer '))).toHaveLength(1);
    expect(names.toLowerCase()).not.toContain('kwame');
    expect(h.notices).toContain('The title was kept out of the file name because it may identify someone. The note itself keeps it.');
  });
});

describe('the form warns about names', () => {
  it("lists a person's name under the box once the language library is ready", async () => {
    h = await startPlugin();
    await runCommand(h, 'new-glimmer');
    const box = field(openModal(), WITNESSED);
    type(box, 'Today Oluwaseun named what he needed.');
    await vi.waitFor(() => expect(openModal().querySelector('.glimmers-privacy-finding[data-category="name"] mark')?.textContent).toBe('Oluwaseun'), { timeout: 20_000 });
  }, 30_000);
});

describe('Export supervision digest', () => {
  const note = (created: string, remember: string): string =>
    `---\ntype: glimmer\ncreated: ${created}\nintensity: 5\n---\n\n## What I witnessed\n\nA moment.\n\n## What I want to remember\n\n${remember}\n`;

  it('writes the same de-identified digest as a new note in the chosen folder and says what it left out', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date(2026, 2, 20, 17, 30) });
    h = await startPlugin({
      disk: { data: JSON.stringify({ privacy: { digestFolder: 'Supervision/March' } }) },
      files: {
        'Glimmers/a.md': note('2026-03-10', 'Maria Alvarez held her ground.\nHope is a practice.'),
        'Glimmers/b.md': note('2026-03-12', 'Call (555) 867-5309 if the group moves.'),
        'Glimmers/old.md': note('2025-01-01', 'Long ago.'),
      },
    });
    await runCommand(h, 'export-supervision-digest');
    const modal = activeDocument.querySelector<HTMLElement>('.glimmers-digest');
    expect(modal?.textContent).toContain('Export supervision digest');
    expect([...(modal?.querySelectorAll('input') ?? [])].map((i) => i.value)).toContain('Supervision/March');
    await click(button(modal as HTMLElement, 'Write digest'));
    await vi.waitFor(() => expect(filesIn(h.app, 'Supervision/March')).toHaveLength(1), { timeout: 20_000 });
    vi.useRealTimers();
    const [file] = filesIn(h.app, 'Supervision/March');
    expect(file?.path).toBe('Supervision/March/Supervision digest 2026-03-20 1730.md');
    const text = await read(h.app, file?.path ?? '');
    expect(text).toContain('# Glimmers: supervision digest');
    expect(text).toContain('**2 glimmers**');
    expect(text).toContain('> Hope is a practice.');
    for (const secret of ['Maria', 'Alvarez', '867-5309', 'Long ago']) expect(text).not.toContain(secret);
    expect(text).toContain('2 lines were left out because they may identify someone; run "Check for identifiers" to review them.');
    expect(h.notices.some((n) => n.includes('written to Supervision/March/') && n.includes('2 lines and 0 listed words were left out'))).toBe(true);
    expect(h.plugin.settingsStore.current.privacy.digestFolder).toBe('Supervision/March');
  }, 30_000);
});
