// "New glimmer" as a tired person at 6 pm meets it: step one is the practice, found by role and
// name; everything else waits behind "Add details".
import { BODY_REGIONS, INTENSITY_SCALE, parseGlimmer } from '@glimmers/core';
import { within } from '@testing-library/dom';
import { Platform } from 'obsidian-test-mocks/obsidian';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Actions, buttonNamed, FELT, form, INTENSITY, radio, region, textbox, WHERE, WITNESSED } from './support/form-helpers.ts';
import { cleanUp, filesIn, isModalOpen, key, read, runCommand, settle, startPlugin, type Harness } from './support/harness.ts';

let h: Harness;

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 2, 4, 18, 5, 0));
  // The first-run card has its own tests; here the person has seen it.
  h = await startPlugin({ disk: { data: JSON.stringify({ practice: { firstRunSeen: true } }) } });
});

afterEach(() => {
  h.plugin.unload();
  cleanUp();
  Object.assign(Platform, { isMacOS: false, isMobile: false, isPhone: false, isDesktop: true });
});

async function onlyGlimmer(): Promise<ReturnType<typeof parseGlimmer>> {
  const files = filesIn(h.app, 'Glimmers');
  expect(files).toHaveLength(1);
  return parseGlimmer(await read(h.app, files[0]?.path ?? ''));
}

describe('New glimmer, step one', () => {
  it('offers the practice and nothing else: two questions, the body map, intensity, Add details, Save', async () => {
    await runCommand(h, 'new-glimmer');
    const f = form();
    expect(f.getAllByRole('textbox').map((t) => t.getAttribute('id') && document.querySelector(`label[for="${t.id}"]`)?.textContent)).toEqual([WITNESSED, FELT]);
    expect(document.activeElement).toBe(textbox(WITNESSED));
    const map = f.getByRole('group', { name: WHERE });
    expect(within(map).getAllByRole('button').map((b) => [b.getAttribute('aria-label'), b.getAttribute('aria-pressed')]))
      .toEqual(BODY_REGIONS.map((r) => [r.word, 'false']));
    const scale = f.getByRole('radiogroup', { name: INTENSITY });
    expect(within(scale).getAllByRole('radio').map((r) => r.getAttribute('aria-label'))).toEqual(INTENSITY_SCALE.words.map((w, i) => `${i + 1}, ${w}`));
    expect(scale.textContent).toContain('a flicker');
    expect(scale.textContent).toContain('filled me up');
    expect(buttonNamed('Add details').getAttribute('aria-expanded')).toBe('false');
    expect(buttonNamed('Save glimmer')).toBeTruthy();
    expect(buttonNamed('Cancel')).toBeTruthy();
    // Behind "Add details": not there for a person (or a screen reader) until opened.
    for (const hidden of ['Title (optional)', 'What do I want to remember?']) expect(f.queryByRole('textbox', { name: hidden })).toBeNull();
    expect(f.queryByRole('radiogroup', { name: 'How heavy did the work feel?' })).toBeNull();
    expect(f.queryByRole('group', { name: 'Themes' })).toBeNull();
  });

  it('takes at most 6 actions from the command to a saved, valid glimmer (command, two answers, a region, a tap, save)', async () => {
    const person = new Actions();
    await person.run(() => runCommand(h, 'new-glimmer'));
    await person.write(textbox(WITNESSED), 'She set a boundary with her mother, calmly.', true);
    await person.write(textbox(FELT), 'My shoulders dropped.');
    await person.tap(region('shoulders'));
    await person.tap(radio(INTENSITY, '4, lifted me'));
    await person.tap(buttonNamed('Save glimmer'));
    expect(person.count).toBeLessThanOrEqual(6);
    console.log(`[practice] command to saved glimmer: ${person.count} actions`);
    const parsed = await onlyGlimmer();
    expect(parsed.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(parsed.glimmer).toMatchObject({ intensity: 4, body: ['shoulders'], moment: 'after-session' });
    expect(parsed.glimmer?.sections.map((s) => [s.heading, s.text])).toEqual([
      ['What I witnessed', 'She set a boundary with her mother, calmly.'],
      ['How it felt in my body', 'My shoulders dropped.'],
    ]);
    // The closing card offers grounding in the same window.
    expect(isModalOpen()).toBe(true);
    expect(form().getByRole('group', { name: 'Before you go' })).toBeTruthy();
  });

  it('saves step one alone (one answer) as a complete, valid glimmer', async () => {
    await runCommand(h, 'new-glimmer');
    const box = textbox(WITNESSED);
    box.value = 'A first smile in weeks.';
    box.dispatchEvent(new Event('input', { bubbles: true }));
    buttonNamed('Save glimmer').click();
    await settle();
    const parsed = await onlyGlimmer();
    expect(parsed.issues).toEqual([]);
    expect(parsed.glimmer).toMatchObject({ created: '2026-03-04T18:05', themes: [], body: [], feelings: [], grounding: [] });
    expect(parsed.glimmer?.intensity).toBeUndefined();
  });

  it('writes a region with a sensation as plain words, head to feet', async () => {
    await runCommand(h, 'new-glimmer');
    const box = textbox(WITNESSED);
    box.value = 'He laughed.';
    box.dispatchEvent(new Event('input', { bubbles: true }));
    region('chest').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    region('shoulders').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    region('feet').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    region('feet').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(region('chest').getAttribute('aria-pressed')).toBe('true');
    expect(region('feet').getAttribute('aria-pressed')).toBe('false');
    const feel = form().getByRole('combobox', { name: 'How did my chest feel?' }) as HTMLSelectElement;
    feel.value = 'warm';
    feel.dispatchEvent(new Event('change', { bubbles: true }));
    buttonNamed('Save glimmer').click();
    await settle();
    expect((await onlyGlimmer()).glimmer?.body).toEqual(['shoulders', 'warm chest']);
  });

  it('offers the regions as a plain list too, in step with the figure', async () => {
    await runCommand(h, 'new-glimmer');
    buttonNamed('Show as a list').click();
    const list = form().getAllByRole('group', { name: WHERE }).find((g) => g.tagName === 'DIV');
    expect(list).toBeDefined();
    const belly = within(list as HTMLElement).getByRole('button', { name: 'belly' });
    expect(belly.tagName).toBe('BUTTON');
    belly.click();
    expect(belly.getAttribute('aria-pressed')).toBe('true');
    buttonNamed('Show the figure').click();
    expect(region('belly').getAttribute('aria-pressed')).toBe('true');
    expect(form().getByRole('combobox', { name: 'How did my belly feel?' })).toBeTruthy();
  });

  it('remembers whether "Add details" was left open', async () => {
    await runCommand(h, 'new-glimmer');
    buttonNamed('Add details').click();
    await settle();
    expect(buttonNamed('Add details').getAttribute('aria-expanded')).toBe('true');
    expect(textbox('Title (optional)')).toBeTruthy();
    expect(form().getByRole('radiogroup', { name: 'How heavy did the work feel?' })).toBeTruthy();
    expect(h.plugin.settingsStore.current.practice.detailsOpen).toBe(true);
    key(textbox(WITNESSED), 'Escape');
    await settle();
    await runCommand(h, 'new-glimmer');
    expect(buttonNamed('Add details').getAttribute('aria-expanded')).toBe('true');
    expect(JSON.parse(h.disk.data ?? '{}').practice.detailsOpen).toBe(true);
  });
});

describe('Keys', () => {
  function typeAnswer(text: string): HTMLTextAreaElement | HTMLInputElement {
    const box = textbox(WITNESSED);
    box.value = text;
    box.dispatchEvent(new Event('input', { bubbles: true }));
    return box;
  }

  it('saves with Ctrl+Enter while focus is on the window background', async () => {
    await runCommand(h, 'new-glimmer');
    typeAnswer('Saved from nowhere in particular.').blur();
    expect(document.activeElement).toBe(document.body);
    key(document.body, 'Enter', { ctrl: true });
    await settle();
    expect(filesIn(h.app, 'Glimmers')).toHaveLength(1);
    expect(form().getByRole('group', { name: 'Before you go' })).toBeTruthy();
  });

  it('saves with Cmd+Enter on a Mac, from any field', async () => {
    Object.assign(Platform, { isMacOS: true });
    await runCommand(h, 'new-glimmer');
    typeAnswer('On a Mac.');
    key(textbox(FELT), 'Enter', { meta: true });
    await settle();
    expect(filesIn(h.app, 'Glimmers')).toHaveLength(1);
  });

  it('never saves on an Enter that confirms an input-method composition', async () => {
    await runCommand(h, 'new-glimmer');
    const box = typeAnswer('日本語');
    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, isComposing: true, bubbles: true, cancelable: true }));
    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, keyCode: 229, bubbles: true, cancelable: true }));
    await settle();
    expect(filesIn(h.app, 'Glimmers')).toEqual([]);
    buttonNamed('Add details').click();
    const own = form().getByRole('textbox', { name: 'Feelings: Add your own' }) as HTMLInputElement;
    own.value = 'ほっと';
    own.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', isComposing: true, bubbles: true, cancelable: true }));
    own.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', keyCode: 229, bubbles: true, cancelable: true }));
    expect(form().queryByRole('button', { name: 'ほっと' })).toBeNull();
    expect(own.value).toBe('ほっと');
  });

  it.each([
    ['Windows or Linux', { isMacOS: false, isMobile: false, isPhone: false }, 'Ctrl+Enter saves'],
    ['a Mac', { isMacOS: true, isMobile: false, isPhone: false }, 'Cmd+Enter saves'],
    ['an iPhone (macOS is true on iOS too)', { isMacOS: true, isMobile: true, isPhone: true }, null],
    ['an Android phone', { isMacOS: false, isMobile: true, isPhone: true }, null],
  ])('names the save keys for %s', async (_name, platform, hint) => {
    Object.assign(Platform, platform);
    await runCommand(h, 'new-glimmer');
    const hints = [...form().getByRole('button', { name: 'Save glimmer' }).parentElement!.querySelectorAll('.glimmers-hint')].map((e) => e.textContent);
    expect(hints).toEqual(hint === null ? [] : [hint]);
  });
});
