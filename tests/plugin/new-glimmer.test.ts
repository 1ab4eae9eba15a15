import { parseGlimmer } from '@glimmers/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Platform } from 'obsidian-test-mocks/obsidian';
import { buttonNamed, FELT, form, INTENSITY, radio, region, WEIGHT, WITNESSED } from './support/form-helpers.ts';
import { button, chip, cleanUp, click, field, filesIn, isModalOpen, key, openModal, read, runCommand, settle, startPlugin, type, type Harness } from './support/harness.ts';

let h: Harness;

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 2, 4, 14, 15, 3));
  h = await startPlugin({ disk: { data: JSON.stringify({ practice: { firstRunSeen: true } }) } });
});

afterEach(() => {
  h.plugin.unload();
  cleanUp();
});

describe('New glimmer', () => {
  it('should save a filled-in form as exactly the expected note in the glimmer folder', async () => {
    await runCommand(h, 'new-glimmer');
    const modal = openModal();
    type(field(modal, WITNESSED), 'She named her own strength.');
    type(field(modal, FELT), 'Warmth in my chest.');
    await click(region('chest'));
    const feel = form().getByRole('combobox', { name: 'How did my chest feel?' }) as HTMLSelectElement;
    feel.value = 'warm';
    feel.dispatchEvent(new Event('change', { bubbles: true }));
    await click(radio(INTENSITY, '4, lifted me'));
    await click(buttonNamed('Add details'));
    type(field(modal, 'Title (optional)'), 'A small step');
    await click(chip(modal, 'Themes', "A client's step forward"));
    await click(chip(modal, 'Themes', 'Hope sparked by a client'));
    await click(radio(WEIGHT, '2, some weight'));
    const ownFeeling = modal.querySelector<HTMLInputElement>('input[aria-label="Feelings: Add your own"]');
    if (!ownFeeling) throw new Error('no free entry for feelings');
    type(ownFeeling, 'lightness');
    key(ownFeeling, 'Enter');
    await click(chip(modal, 'What helps me get back to basics', 'a slow breath'));
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
      'body:', '  - warm chest', 'feelings:', '  - lightness', 'grounding:', '  - a slow breath', '---',
      '', '# A small step', '', '## What I witnessed', '', 'She named her own strength.',
      '', '## How it felt in my body', '', 'Warmth in my chest.', '',
    ].join('\n'));
    const parsed = parseGlimmer(text);
    expect(parsed.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(parsed.glimmer?.themes).toEqual(['client-growth', 'client-hope']);
    // The closing card takes the form's place; no notice names the file.
    expect(isModalOpen()).toBe(true);
    expect(form().getByRole('group', { name: 'Before you go' })).toBeTruthy();
    expect(h.notices.join('\n')).not.toContain(path.split('/').pop()?.replace(/\.md$/, '') ?? '');
    // "Open new glimmers" is off for a new vault.
    expect(h.app.workspace.getActiveFile()?.path).not.toBe(path);
  });

  it('should save with Ctrl+Enter and with Cmd+Enter from any field', async () => {
    await runCommand(h, 'new-glimmer');
    const first = field(openModal(), WITNESSED);
    type(first, 'First.');
    key(first, 'Enter', { ctrl: true });
    await settle();
    await click(buttonNamed('Close'));
    expect(isModalOpen()).toBe(false);
    Object.assign(Platform, { isMacOS: true });
    try {
      await runCommand(h, 'new-glimmer');
      type(field(openModal(), FELT), 'Second.');
      key(field(openModal(), WITNESSED), 'Enter', { meta: true });
      await settle();
      expect(form().getByRole('group', { name: 'Before you go' })).toBeTruthy();
    } finally {
      Object.assign(Platform, { isMacOS: false });
    }
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

  it('should focus the first question and keep Tab order with the form, one Tab stop per group', async () => {
    await runCommand(h, 'new-glimmer');
    const modal = openModal();
    expect(activeDocument.activeElement).toBe(field(modal, WITNESSED));
    await click(buttonNamed('Add details'));
    // What Tab reaches: controls not taken out by tabindex, and not hidden; a radio group is one
    // stop, as browsers make it (its checked radio, or its first).
    const stopOf = (group: HTMLInputElement[]): HTMLInputElement | undefined => group.find((r) => r.checked) ?? group[0];
    const stops = [...modal.querySelectorAll<HTMLElement>('input, textarea, select, button, [role="button"]')]
      .filter((el) => el.tabIndex >= 0 && el.closest('[hidden]') === null)
      .filter((el) => !(el instanceof HTMLInputElement && el.type === 'radio')
        || stopOf([...modal.querySelectorAll<HTMLInputElement>(`input[name="${el.name}"]`)]) === el);
    const names = stops.map((el) => el.getAttribute('aria-label') ?? (el.id ? modal.querySelector(`label[for="${el.id}"]`)?.textContent : el.textContent));
    expect(names).toEqual([
      WITNESSED, FELT, 'Show as a list', 'head', '1, a flicker', 'Add details',
      'Title (optional)', 'What do I want to remember?', "What am I carrying? (optional)", '0, light',
      'relief', 'Feelings: Add your own', "A client's step forward", 'Moment', 'a slow breath', 'What helps me get back to basics: Add your own',
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

  it('should offer the moment the template sets and let one intensity be chosen at a time, or none', async () => {
    await runCommand(h, 'new-glimmer');
    await click(buttonNamed('Add details'));
    expect((field(openModal(), 'Moment') as unknown as HTMLSelectElement).value).toBe('after-session');
    await click(radio(INTENSITY, '2, a glow'));
    await click(radio(INTENSITY, '5, filled me up'));
    expect(radio(INTENSITY, '2, a glow').checked).toBe(false);
    expect(radio(INTENSITY, '5, filled me up').checked).toBe(true);
    // Tapping the chosen value again clears the scale.
    await click(radio(INTENSITY, '5, filled me up'));
    expect(radio(INTENSITY, '5, filled me up').checked).toBe(false);
    type(field(openModal(), WITNESSED), 'No intensity.');
    await click(buttonNamed('Save glimmer'));
    const [file] = filesIn(h.app, 'Glimmers');
    expect(parseGlimmer(await read(h.app, file?.path ?? '')).glimmer?.intensity).toBeUndefined();
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

describe('Invalid input', () => {
  it('should not save an empty form and say what is missing', async () => {
    await runCommand(h, 'new-glimmer');
    await click(chip(openModal(), 'Themes', 'Hope sparked by a client'));
    await click(button(openModal(), 'Save glimmer'));
    expect(isModalOpen()).toBe(true);
    expect(openModal().querySelector('.glimmers-status')?.textContent).toBe('Write a few words about the moment before saving.');
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
