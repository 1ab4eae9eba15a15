import { parseGlimmer } from '@glimmers/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { button, chip, cleanUp, click, field, filesIn, isModalOpen, key, openModal, read, runCommand, settle, startPlugin, type, type Harness } from './support/harness.ts';

const WITNESSED = 'What moment of resilience did I witness?';
const FELT = 'How did it feel in my body?';

let h: Harness;

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 2, 4, 14, 15, 3));
  h = await startPlugin();
});

afterEach(() => {
  h.plugin.unload();
  cleanUp();
});

describe('New glimmer', () => {
  it('should save a filled-in form as exactly the expected note in the glimmer folder', async () => {
    await runCommand(h, 'new-glimmer');
    const modal = openModal();
    type(field(modal, 'Title (optional)'), 'A small step');
    type(field(modal, WITNESSED), 'She named her own strength.');
    type(field(modal, FELT), 'Warmth in my chest.');
    await click(chip(modal, 'Themes', "A client's step forward"));
    await click(chip(modal, 'Themes', 'Hope sparked by a client'));
    await click(chip(modal, 'Intensity: how much did it fill you up? (1 to 5)', '4'));
    await click(chip(modal, 'Weight: how heavy did the work feel? (0 to 5, optional)', '2'));
    await click(chip(modal, 'Body', 'warm'));
    const ownFeeling = modal.querySelector<HTMLInputElement>('input[aria-label="Feelings: Add your own"]');
    if (!ownFeeling) throw new Error('no free entry for feelings');
    type(ownFeeling, 'lightness');
    key(ownFeeling, 'Enter');
    await click(chip(modal, 'Grounding', 'a slow breath'));
    await click(button(modal, 'Save glimmer'));

    const files = filesIn(h.app, 'Glimmers');
    expect(files).toHaveLength(1);
    const path = files[0]?.path ?? '';
    // File names carry no words of the note by default (the title stays in the note).
    expect(path).toMatch(/^Glimmers\/2026-03-04 141503 glimmer [a-z2-9]{4}\.md$/);
    const text = await read(h.app, path);
    expect(text).toBe([
      '---', 'type: glimmer', 'created: 2026-03-04T14:15', 'moment: after-session',
      'themes:', '  - client-growth', '  - client-hope', 'intensity: 4', 'weight: 2',
      'body:', '  - warm', 'feelings:', '  - lightness', 'grounding:', '  - a slow breath', '---',
      '', '# A small step', '', '## What I witnessed', '', 'She named her own strength.',
      '', '## How it felt in my body', '', 'Warmth in my chest.', '',
    ].join('\n'));
    const parsed = parseGlimmer(text);
    expect(parsed.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(parsed.glimmer?.themes).toEqual(['client-growth', 'client-hope']);
    expect(isModalOpen()).toBe(false);
    expect(h.notices.some((n) => n.startsWith('Glimmer saved'))).toBe(true);
    // "Open new glimmers" is off for a new vault.
    expect(h.app.workspace.getActiveFile()?.path).not.toBe(path);
  });

  it('should save with Ctrl+Enter and with Cmd+Enter from any field', async () => {
    await runCommand(h, 'new-glimmer');
    let modal = openModal();
    const first = field(modal, WITNESSED);
    type(first, 'First.');
    key(first, 'Enter', { ctrl: true });
    await settle();
    expect(isModalOpen()).toBe(false);
    await runCommand(h, 'new-glimmer');
    modal = openModal();
    type(field(modal, FELT), 'Second.');
    key(field(modal, 'Title (optional)'), 'Enter', { meta: true });
    await settle();
    expect(isModalOpen()).toBe(false);
    const texts = await Promise.all(filesIn(h.app, 'Glimmers').map((f) => read(h.app, f.path)));
    expect(texts.map((t) => parseGlimmer(t).glimmer?.sections[0]?.text).sort()).toEqual(['First.', 'Second.']);
  });

  it('should let the metadata cache see the new note with its frontmatter', async () => {
    const seen: Array<{ path: string; type: unknown }> = [];
    h.app.metadataCache.on('changed', (...args: unknown[]) => {
      const [file, , cache] = args as [{ path: string }, string, { frontmatter?: Record<string, unknown> }];
      seen.push({ path: file.path, type: cache.frontmatter?.['type'] });
    });
    await runCommand(h, 'new-glimmer');
    type(field(openModal(), WITNESSED), 'Seen by the cache.');
    await click(button(openModal(), 'Save glimmer'));
    const path = filesIn(h.app, 'Glimmers')[0]?.path;
    expect(seen).toEqual([{ path, type: 'glimmer' }]);
  });

  it('should focus the first prompt, keep Tab order with the form and give each chip group one Tab stop', async () => {
    await runCommand(h, 'new-glimmer');
    const modal = openModal();
    expect(activeDocument.activeElement).toBe(field(modal, WITNESSED));
    // What Tab reaches: controls not taken out by tabindex, and not hidden in a closed <details>.
    const hidden = (el: HTMLElement): boolean => el.tagName !== 'SUMMARY' && el.closest('details:not([open])') !== null;
    const stops = [...modal.querySelectorAll<HTMLElement>('input, textarea, select, button, summary')]
      .filter((el) => (el.tagName === 'SUMMARY' || el.tabIndex >= 0) && !hidden(el));
    const names = stops.map((el) => el.getAttribute('aria-label') ?? (el.id ? modal.querySelector(`label[for="${el.id}"]`)?.textContent : el.textContent));
    expect(names).toEqual([
      'Title (optional)', WITNESSED, FELT, 'What do I want to remember?', 'More prompts',
      "A client's step forward", 'Moment', '1', '0', 'warm', 'Body: Add your own', 'relief', 'Feelings: Add your own', 'a slow breath', 'Grounding: Add your own',
      'Cancel', 'Save glimmer',
    ]);
    const themes = chip(modal, 'Themes', "A client's step forward");
    expect(themes.getAttribute('aria-pressed')).toBe('false');
    themes.focus();
    key(themes, 'ArrowRight');
    const next = chip(modal, 'Themes', 'Hope sparked by a client');
    expect(activeDocument.activeElement).toBe(next);
    await click(next);
    expect(next.getAttribute('aria-pressed')).toBe('true');
    expect(next.tabIndex).toBe(0);
    expect(themes.tabIndex).toBe(-1);
  });

  it('should offer the moment the template sets and let one intensity be chosen at a time', async () => {
    await runCommand(h, 'new-glimmer');
    const modal = openModal();
    expect((field(modal, 'Moment') as unknown as HTMLSelectElement).value).toBe('after-session');
    const group = 'Intensity: how much did it fill you up? (1 to 5)';
    await click(chip(modal, group, '2'));
    await click(chip(modal, group, '5'));
    expect(chip(modal, group, '2').getAttribute('aria-pressed')).toBe('false');
    await click(chip(modal, group, '5'));
    expect(chip(modal, group, '5').getAttribute('aria-pressed')).toBe('false');
  });

  it('should not offer hidden themes', async () => {
    await h.plugin.settingsStore.update((s) => { s.themes = s.themes.map((t) => ({ ...t, hidden: t.id === 'context' })); });
    await runCommand(h, 'new-glimmer');
    const labels = [...openModal().querySelectorAll('.glimmers-chip')].map((c) => c.textContent);
    expect(labels).toContain('Hope sparked by a client');
    expect(labels).not.toContain('Power, privilege and context');
  });
});

describe('Closing the form', () => {
  it('should close at once on Escape when nothing is typed', async () => {
    await runCommand(h, 'new-glimmer');
    key(field(openModal(), WITNESSED), 'Escape');
    await settle();
    expect(isModalOpen()).toBe(false);
  });

  it('should ask inside the modal before discarding typed text, and discard only when told', async () => {
    await runCommand(h, 'new-glimmer');
    const modal = openModal();
    const box = field(modal, WITNESSED);
    type(box, 'Words I care about.');
    key(box, 'Escape');
    await settle();
    expect(isModalOpen()).toBe(true);
    const confirm = modal.querySelector<HTMLElement>('.glimmers-confirm');
    expect(confirm?.textContent).toContain('Leave this glimmer?');
    expect(activeDocument.activeElement?.textContent).toBe('Keep writing');
    await click(button(modal, 'Keep writing'));
    expect(modal.querySelector('.glimmers-confirm')).toBeNull();
    expect(field(modal, WITNESSED).value).toBe('Words I care about.');
    await click(button(modal, 'Cancel'));
    await click(button(modal, 'Discard'));
    expect(isModalOpen()).toBe(false);
    expect(filesIn(h.app, 'Glimmers')).toEqual([]);
    await runCommand(h, 'new-glimmer');
    expect(field(openModal(), WITNESSED).value).toBe('');
  });

  it('should treat a second Escape while asking as "keep writing"', async () => {
    await runCommand(h, 'new-glimmer');
    const box = field(openModal(), WITNESSED);
    type(box, 'x');
    key(box, 'Escape');
    key(openModal(), 'Escape');
    await settle();
    expect(isModalOpen()).toBe(true);
    expect(openModal().querySelector('.glimmers-confirm')).toBeNull();
  });

  it('should restore a draft after the form was closed unsaved, in memory only', async () => {
    await runCommand(h, 'new-glimmer');
    let modal = openModal();
    type(field(modal, WITNESSED), 'A draft worth keeping.');
    await click(chip(modal, 'Themes', 'Meaning, faith and spirit'));
    key(field(modal, WITNESSED), 'Escape');
    await click(button(modal, 'Close and keep draft'));
    expect(isModalOpen()).toBe(false);

    await runCommand(h, 'new-glimmer');
    modal = openModal();
    expect(field(modal, WITNESSED).value).toBe('A draft worth keeping.');
    expect(chip(modal, 'Themes', 'Meaning, faith and spirit').getAttribute('aria-pressed')).toBe('true');
    expect(modal.textContent).toContain('Your unsaved words are back.');
    expect(h.disk.data ?? '').not.toContain('A draft worth keeping');

    await click(button(modal, 'Start fresh'));
    expect(field(openModal(), WITNESSED).value).toBe('');
  });

  it('should forget the draft once the glimmer is saved', async () => {
    await runCommand(h, 'new-glimmer');
    type(field(openModal(), WITNESSED), 'Saved, then gone from the draft.');
    key(field(openModal(), WITNESSED), 'Escape');
    await click(button(openModal(), 'Close and keep draft'));
    await runCommand(h, 'new-glimmer');
    await click(button(openModal(), 'Save glimmer'));
    await runCommand(h, 'new-glimmer');
    expect(field(openModal(), WITNESSED).value).toBe('');
  });
});

describe('File names and collisions', () => {
  it('should never overwrite an existing note with the same name', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0);
    const taken = 'Glimmers/2026-03-04 141503 glimmer aaaa.md';
    await h.app.vault.createFolder('Glimmers');
    await h.app.vault.create(taken, 'MY OWN NOTE');
    await runCommand(h, 'new-glimmer');
    type(field(openModal(), 'Title (optional)'), 'A small step');
    type(field(openModal(), WITNESSED), 'Not over the old one.');
    await click(button(openModal(), 'Save glimmer'));
    expect(await read(h.app, taken)).toBe('MY OWN NOTE');
    expect(filesIn(h.app, 'Glimmers').map((f) => f.path).sort()).toEqual([taken, 'Glimmers/2026-03-04 141503 glimmer aaaa 2.md'].sort());
  });

  it('should move on when vault.create says the file already exists (another device, a sync)', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0);
    const vault = h.app.vault;
    const create = vault.create.bind(vault);
    let first = true;
    vi.spyOn(vault, 'create').mockImplementation(async (path: string, data: string) => {
      if (first) {
        first = false;
        throw new Error('File already exists.');
      }
      return create(path, data);
    });
    await runCommand(h, 'new-glimmer');
    type(field(openModal(), WITNESSED), 'Synced in between');
    await click(button(openModal(), 'Save glimmer'));
    expect(filesIn(h.app, 'Glimmers').map((f) => f.path)).toEqual(['Glimmers/2026-03-04 141503 glimmer aaaa 2.md']);
  });

  it('should give two glimmers saved in the same second two different names', async () => {
    for (const words of ['Same words', 'Same words']) {
      await runCommand(h, 'new-glimmer');
      type(field(openModal(), WITNESSED), words);
      await click(button(openModal(), 'Save glimmer'));
    }
    const names = filesIn(h.app, 'Glimmers').map((f) => f.basename);
    expect(names).toHaveLength(2);
    expect(new Set(names).size).toBe(2);
    for (const name of names) expect(name).toMatch(/^2026-03-04 141503 glimmer [a-z2-9]{4}$/);
  });

  it.each([
    ['all slashes', '////'],
    ['only emoji', '🌱✨🫶'],
    ['dots and colons', '..:..'],
  ])('should give a safe file name for a title of %s', async (_name, title) => {
    await runCommand(h, 'new-glimmer');
    type(field(openModal(), 'Title (optional)'), title);
    type(field(openModal(), WITNESSED), 'Still a glimmer.');
    await click(button(openModal(), 'Save glimmer'));
    const [file] = filesIn(h.app, 'Glimmers');
    expect(file?.basename).toMatch(/^2026-03-04 141503 glimmer [a-z2-9]{4}$/);
    const parsed = parseGlimmer(await read(h.app, file?.path ?? ''));
    expect(parsed.glimmer?.title).toBe(title.replace(/\s+/g, ' '));
  });

  it('should create the glimmer folder, nested, when it is missing', async () => {
    await h.plugin.settingsStore.update((s) => { s.glimmerFolder = 'Work/Glimmers/2026'; });
    await runCommand(h, 'new-glimmer');
    type(field(openModal(), WITNESSED), 'In a new folder.');
    await click(button(openModal(), 'Save glimmer'));
    expect(filesIn(h.app, 'Work/Glimmers/2026')).toHaveLength(1);
  });
});

describe('Invalid input', () => {
  it('should not save an empty form and say what is missing', async () => {
    await runCommand(h, 'new-glimmer');
    await click(chip(openModal(), 'Themes', 'Hope sparked by a client'));
    await click(button(openModal(), 'Save glimmer'));
    expect(isModalOpen()).toBe(true);
    expect(openModal().querySelector('.glimmers-status')?.textContent).toBe('Write a few words in at least one prompt before saving.');
    expect(h.notices).toContain('Write a few words in at least one prompt before saving.');
    expect(h.app.vault.getMarkdownFiles()).toEqual([]);
  });

  it('should save a 500 KB paste as a valid glimmer', async () => {
    const paste = 'A long story of courage. '.repeat(20_480).trim();
    expect(paste.length).toBeGreaterThan(500_000);
    await runCommand(h, 'new-glimmer');
    type(field(openModal(), WITNESSED), paste);
    await click(button(openModal(), 'Save glimmer'));
    const [file] = filesIn(h.app, 'Glimmers');
    const parsed = parseGlimmer(await read(h.app, file?.path ?? ''));
    expect(parsed.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(parsed.glimmer?.sections[0]?.text).toBe(paste);
    expect(file?.basename).toMatch(/ glimmer [a-z2-9]{4}$/);
  });

  it('should refuse a paste too long for one note with a clear message and keep the words', async () => {
    const paste = 'x'.repeat(1_200_000);
    await runCommand(h, 'new-glimmer');
    type(field(openModal(), WITNESSED), paste);
    await click(button(openModal(), 'Save glimmer'));
    expect(isModalOpen()).toBe(true);
    expect(openModal().querySelector('.glimmers-status')?.textContent).toMatch(/too long to keep as one note/);
    expect(field(openModal(), WITNESSED).value).toHaveLength(1_200_000);
    expect(h.app.vault.getMarkdownFiles()).toEqual([]);
  });

  it('should say so gently when the glimmer folder is a file', async () => {
    await h.app.vault.create('Glimmers', 'a file, not a folder');
    await runCommand(h, 'new-glimmer');
    type(field(openModal(), WITNESSED), 'Where does it go?');
    await click(button(openModal(), 'Save glimmer'));
    expect(isModalOpen()).toBe(true);
    expect(openModal().querySelector('.glimmers-status')?.textContent).toMatch(/^Couldn't save the glimmer: "Glimmers" is a file/);
    expect(await read(h.app, 'Glimmers')).toBe('a file, not a folder');
  });

  it('should leave the current note open when "Open new glimmers" is off', async () => {
    await h.plugin.settingsStore.update((s) => { s.openAfterCreate = false; });
    await runCommand(h, 'new-glimmer');
    type(field(openModal(), WITNESSED), 'Not opened.');
    await click(button(openModal(), 'Save glimmer'));
    expect(filesIn(h.app, 'Glimmers')).toHaveLength(1);
    expect(h.app.workspace.getActiveFile()).toBeNull();
  });
});
