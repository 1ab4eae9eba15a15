import { parseGlimmer } from '@glimmers/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TemplatePickerModal } from '../../packages/obsidian-plugin/src/ui/template-picker.ts';
import type { TemplateChoice } from '../../packages/obsidian-plugin/src/templates.ts';
import { button, cleanUp, click, field, filesIn, isModalOpen, key, openModal, read, runCommand, settle, startPlugin, type, type Harness } from './support/harness.ts';

const USER_TEMPLATE = `---
tags:
  - glimmer
  - supervision
moment: supervision
seen: {{date}}
---
Written {{date}} at {{time}} <% tp.file.title %> {{mood}}

## What I witnessed
%% What did my supervisee notice? %%
{{witnessed}}

## What surprised me

<%* tR += "kept" %>
`;

let h: Harness;

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 2, 4, 9, 5, 7));
  h = await startPlugin({ files: { 'Templates/Glimmers/Supervision.md': USER_TEMPLATE, 'Templates/Glimmers/Empty.md': 'Just a line, no headings.\n' } });
});

afterEach(() => {
  h.plugin.unload();
  cleanUp();
});

/** Opens "New glimmer from template" and chooses the template named `name`. */
async function chooseTemplate(name: string): Promise<TemplateChoice[]> {
  const opened: TemplatePickerModal[] = [];
  const open = vi.spyOn(TemplatePickerModal.prototype, 'open').mockImplementation(function (this: TemplatePickerModal) {
    opened.push(this);
  });
  await runCommand(h, 'new-glimmer-from-template');
  open.mockRestore();
  const picker = opened[0];
  if (!picker) throw new Error('the template picker did not open');
  const items = picker.getItems();
  const item = items.find((c) => c.name === name);
  if (!item) throw new Error(`no template ${name}`);
  picker.selectSuggestion({ item, match: { score: 0, matches: [] } }, new MouseEvent('click'));
  await settle();
  return items;
}

describe('Quick glimmer', () => {
  it('should save one line in two keystrokes: type, Enter', async () => {
    await runCommand(h, 'quick-glimmer');
    const input = field(openModal(), 'What did I notice?');
    expect(activeDocument.activeElement).toBe(input);
    type(input, 'A hug at the door.');
    key(input, 'Enter');
    await settle();
    // Saved: the closing card ("Before you go") takes the form's place.
    expect(openModal().textContent).toContain('Before you go');
    const [file] = filesIn(h.app, 'Glimmers');
    expect(file?.basename).toMatch(/^2026-03-04 090507 glimmer [a-z2-9]{4}$/);
    expect(await read(h.app, file?.path ?? '')).toBe('---\ntype: glimmer\ncreated: 2026-03-04T09:05\n---\n\n## What I witnessed\n\nA hug at the door.\n');
  });

  it('should not save an empty line', async () => {
    await runCommand(h, 'quick-glimmer');
    key(field(openModal(), 'What did I notice?'), 'Enter');
    await settle();
    expect(isModalOpen()).toBe(true);
    expect(openModal().querySelector('.glimmers-status')?.textContent).toBe('Write a few words first: what did you notice?');
    expect(h.app.vault.getMarkdownFiles().filter((f) => f.path.startsWith('Glimmers/'))).toEqual([]);
  });
});

describe('Templates', () => {
  it('should list the built-in templates, then the user templates', async () => {
    const items = await chooseTemplate('End-of-day reflection');
    expect(items.map((c) => c.name)).toEqual(['Session glimmer', 'End-of-day reflection', 'Quick glimmer', 'Empty', 'Supervision']);
    const modal = openModal();
    expect(modal.querySelector('label[for$="-witnessed"]')?.textContent).toBe('Looking back on today, what moment of resilience did I witness?');
    expect((field(modal, 'Moment') as unknown as HTMLSelectElement).value).toBe('end-of-day');
  });

  it('should turn a user template into a form and render it: placeholders filled, Templater kept, frontmatter merged', async () => {
    await chooseTemplate('Supervision');
    const modal = openModal();
    expect([...modal.querySelectorAll('.glimmers-field-label')].map((l) => l.textContent)).toEqual([
      'What did my supervisee notice?', 'What surprised me', 'Title (optional)', 'Moment',
    ]);
    expect((field(modal, 'Moment') as unknown as HTMLSelectElement).value).toBe('supervision');
    type(field(modal, 'What did my supervisee notice?'), 'They stayed with the silence.');
    type(field(modal, 'What surprised me'), 'How calm I felt.');
    await click(button(modal, 'Save glimmer'));
    const text = await read(h.app, filesIn(h.app, 'Glimmers')[0]?.path ?? '');
    expect(text).toBe(`---
type: glimmer
created: 2026-03-04T09:05
moment: supervision
tags:
  - glimmer
  - supervision
seen: 2026-03-04
---

Written 2026-03-04 at 09:05 <% tp.file.title %> {{mood}}

## What I witnessed

They stayed with the silence.

## What surprised me

How calm I felt.

<%* tR += "kept" %>
`);
    expect(parseGlimmer(text).issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('should give a template without headings one prompt so nothing typed is lost', async () => {
    await chooseTemplate('Empty');
    type(field(openModal(), 'What I witnessed'), 'Somewhere to put this.');
    await click(button(openModal(), 'Save glimmer'));
    const text = await read(h.app, filesIn(h.app, 'Glimmers')[0]?.path ?? '');
    expect(text.endsWith('Just a line, no headings.\n\n## What I witnessed\n\nSomewhere to put this.\n')).toBe(true);
  });

  it('should open "New glimmer" with the default template from settings', async () => {
    await h.plugin.settingsStore.update((s) => { s.defaultTemplate = 'Templates/Glimmers/Supervision.md'; });
    await runCommand(h, 'new-glimmer');
    expect(openModal().textContent).toContain('What did my supervisee notice?');
  });

  it('should fall back to the session template, gently, when the default template is gone', async () => {
    await h.plugin.settingsStore.update((s) => { s.defaultTemplate = 'Templates/Glimmers/Gone.md'; });
    await runCommand(h, 'new-glimmer');
    expect(openModal().textContent).toContain('What moment of resilience did I witness?');
    expect(h.notices).toContain('The default template "Templates/Glimmers/Gone.md" was not found, so "Session glimmer" is used.');
  });

  it('should say when a template frontmatter cannot be read and still use its prompts', async () => {
    await h.app.vault.create('Templates/Glimmers/Broken.md', '---\ntags: [a\n---\n## Only this\n');
    await chooseTemplate('Broken');
    expect(h.notices).toContain('The frontmatter of the template "Broken" couldn\'t be read, so only its prompts are used.');
    expect(field(openModal(), 'Only this')).toBeDefined();
  });

  it('should keep drafts per template', async () => {
    await chooseTemplate('Supervision');
    type(field(openModal(), 'What surprised me'), 'Supervision draft');
    key(field(openModal(), 'What surprised me'), 'Escape');
    await click(button(openModal(), 'Close and keep draft'));
    await runCommand(h, 'new-glimmer');
    expect(openModal().textContent).not.toContain('Your unsaved words are back.');
    key(openModal(), 'Escape');
    await settle();
    await chooseTemplate('Supervision');
    expect(field(openModal(), 'What surprised me').value).toBe('Supervision draft');
  });

  it('should keep draft words whose prompt was removed from the template since', async () => {
    await chooseTemplate('Supervision');
    type(field(openModal(), 'What surprised me'), 'Words for a prompt about to vanish');
    key(openModal(), 'Escape');
    await click(button(openModal(), 'Close and keep draft'));
    const file = h.app.vault.getFileByPath('Templates/Glimmers/Supervision.md');
    if (!file) throw new Error('template missing');
    await h.app.vault.process(file, (text) => text.replace('## What surprised me', 'No longer a heading'));
    await chooseTemplate('Supervision');
    expect(field(openModal(), 'What did my supervisee notice?').value).toBe('Words for a prompt about to vanish');
  });
});
