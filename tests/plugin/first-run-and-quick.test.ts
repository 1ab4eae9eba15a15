// The first-run card ("What is a glimmer?", once per vault) and Quick glimmer (one line, where it
// was felt, one tap, a Save button in view).
import { parseGlimmer } from '@glimmers/core';
import { within } from '@testing-library/dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buttonNamed, form, INTENSITY, radio, WHERE } from './support/form-helpers.ts';
import { cleanUp, filesIn, isModalOpen, key, read, runCommand, settle, startPlugin, type Harness } from './support/harness.ts';

let h: Harness;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 2, 4, 18, 5, 0));
});

afterEach(() => {
  h.plugin.unload();
  cleanUp();
});

describe('First run', () => {
  it('shows "What is a glimmer?" the first time the form opens in a vault, then never again', async () => {
    h = await startPlugin();
    await runCommand(h, 'new-glimmer');
    const card = form().getByRole('region', { name: 'What is a glimmer?' });
    expect(within(card).getAllByRole('listitem')).toHaveLength(6);
    expect(card.textContent).toContain('Get back to basics.');
    expect(card.textContent).toContain('How did it feel in my body?');
    within(card).getByRole('button', { name: 'Got it' }).click();
    expect(form().queryByRole('region', { name: 'What is a glimmer?' })).toBeNull();
    expect(JSON.parse(h.disk.data ?? '{}').practice.firstRunSeen).toBe(true);
    key(document.body, 'Escape');
    await settle();
    await runCommand(h, 'quick-glimmer');
    expect(form().queryByRole('region', { name: 'What is a glimmer?' })).toBeNull();
  });

  it('is not shown again after Obsidian restarts, even when closed without "Got it"', async () => {
    h = await startPlugin();
    await runCommand(h, 'quick-glimmer');
    expect(form().getByRole('region', { name: 'What is a glimmer?' })).toBeTruthy();
    key(document.body, 'Escape');
    await settle();
    const disk = h.disk;
    h.plugin.unload();
    cleanUp();
    vi.useFakeTimers({ toFake: ['Date'] });
    h = await startPlugin({ disk });
    await runCommand(h, 'new-glimmer');
    expect(form().queryByRole('region', { name: 'What is a glimmer?' })).toBeNull();
  });
});

describe('Quick glimmer', () => {
  beforeEach(async () => {
    h = await startPlugin({ disk: { data: JSON.stringify({ practice: { firstRunSeen: true } }) } });
  });

  it('has one line, where it was felt, intensity as one tap and a visible Save button', async () => {
    await runCommand(h, 'quick-glimmer');
    const f = form();
    const line = f.getByRole('textbox', { name: 'What did I notice?' }) as HTMLInputElement;
    expect(f.getAllByRole('textbox')).toEqual([line]);
    expect(line.getAttribute('enterkeyhint')).toBe('done');
    expect(document.activeElement).toBe(line);
    const where = f.getByRole('group', { name: `${WHERE} (optional)` });
    expect(within(where).getAllByRole('button')).toHaveLength(12);
    expect(f.getByRole('radiogroup', { name: INTENSITY })).toBeTruthy();
    expect(f.getByRole('button', { name: 'Save glimmer' })).toBeTruthy();
  });

  it('saves with the Save button: the words, the places and the intensity', async () => {
    await runCommand(h, 'quick-glimmer');
    const line = form().getByRole('textbox', { name: 'What did I notice?' }) as HTMLInputElement;
    line.value = 'A steady voice on the phone.';
    line.dispatchEvent(new Event('input', { bubbles: true }));
    const where = form().getByRole('group', { name: `${WHERE} (optional)` });
    within(where).getByRole('button', { name: 'throat' }).click();
    within(where).getByRole('button', { name: 'chest' }).click();
    radio(INTENSITY, '2, a glow').click();
    buttonNamed('Save glimmer').click();
    await settle();
    const [file] = filesIn(h.app, 'Glimmers');
    const g = parseGlimmer(await read(h.app, file?.path ?? '')).glimmer;
    expect(g).toMatchObject({ body: ['throat', 'chest'], intensity: 2 });
    expect(g?.sections[0]?.text).toBe('A steady voice on the phone.');
    expect(form().getByRole('group', { name: 'Before you go' })).toBeTruthy();
  });

  it('saves on Enter (the phone keyboard\'s "done"), but not on an Enter that ends a composition', async () => {
    await runCommand(h, 'quick-glimmer');
    const line = form().getByRole('textbox', { name: 'What did I notice?' }) as HTMLInputElement;
    line.value = '一歩';
    line.dispatchEvent(new Event('input', { bubbles: true }));
    line.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', isComposing: true, bubbles: true, cancelable: true }));
    line.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', keyCode: 229, bubbles: true, cancelable: true }));
    await settle();
    expect(filesIn(h.app, 'Glimmers')).toEqual([]);
    key(line, 'Enter');
    await settle();
    expect(filesIn(h.app, 'Glimmers')).toHaveLength(1);
  });

  it('answers an empty Save in words that fit a one-box form', async () => {
    await runCommand(h, 'quick-glimmer');
    buttonNamed('Save glimmer').click();
    await settle();
    expect(isModalOpen()).toBe(true);
    expect(form().getByRole('status').textContent).toBe('Write a few words first: what did you notice?');
    expect(h.app.vault.getMarkdownFiles()).toEqual([]);
  });
});
