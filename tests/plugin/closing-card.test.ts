// After saving: "Saved." and "Before you go" in the same window, with the person's own grounding
// practices, ordered by what helped after similar days; a heavy day leads with grounding.
import { parseGlimmer } from '@glimmers/core';
import { within } from '@testing-library/dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buttonNamed, form, INTENSITY, radio, textbox, WITNESSED } from './support/form-helpers.ts';
import { cleanUp, filesIn, isModalOpen, read, runCommand, settle, startPlugin, type Harness } from './support/harness.ts';

const TOOLKIT = ['a slow breath', 'feet on the floor', 'a short walk', 'music', 'tea'];
const past = (day: string, weight: number, grounding: string[]): string =>
  `---\ntype: glimmer\ncreated: ${day}T17:00\nweight: ${weight}\ngrounding:\n${grounding.map((g) => `  - ${g}`).join('\n')}\n---\nEarlier.\n`;

let h: Harness;

async function start(files: Record<string, string> = {}): Promise<void> {
  h = await startPlugin({ files, disk: { data: JSON.stringify({ grounding: TOOLKIT, practice: { firstRunSeen: true } }) } });
}

/** Writes one answer, opens "Add details" and picks a weight when given, and saves. */
async function saveGlimmer(weight?: number): Promise<string> {
  await runCommand(h, 'new-glimmer');
  const box = textbox(WITNESSED);
  box.value = 'A step forward.';
  box.dispatchEvent(new Event('input', { bubbles: true }));
  radio(INTENSITY, '3, warmed me').click();
  if (weight !== undefined) {
    buttonNamed('Add details').click();
    within(form().getByRole('radiogroup', { name: 'How heavy did the work feel?' })).getAllByRole('radio')[weight]?.click();
  }
  buttonNamed('Save glimmer').click();
  await settle();
  const [file] = filesIn(h.app, 'Glimmers');
  return file?.path ?? '';
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 2, 4, 18, 5, 0));
});

afterEach(() => {
  h.plugin.unload();
  cleanUp();
});

describe('The closing card', () => {
  it('replaces the form with "Saved." and three practices from the toolkit, and shows no file name', async () => {
    await start();
    const path = await saveGlimmer(1);
    expect(isModalOpen()).toBe(true);
    const card = form();
    expect(card.getByRole('status').textContent).toBe('Saved.');
    const ground = card.getByRole('group', { name: 'Before you go' });
    expect(within(ground).getAllByRole('button').map((b) => b.textContent)).toEqual(['a slow breath', 'feet on the floor', 'a short walk']);
    expect(card.queryByRole('button', { name: 'Revisit a glimmer' })).toBeNull();
    expect(card.getByRole('button', { name: 'Open the note' })).toBeTruthy();
    expect(card.queryByRole('button', { name: 'Save glimmer' })).toBeNull();
    const basename = path.split('/').pop()?.replace(/\.md$/, '') ?? '';
    expect(document.body.textContent).not.toContain(basename);
    expect(h.notices.join('\n')).not.toContain(basename);
    // "Open new glimmers" is off: nothing opened behind the card.
    expect(h.app.workspace.getActiveFile()).toBeNull();
  });

  it('records the chosen practice by changing only the note\'s grounding lines, then closes', async () => {
    await start();
    const path = await saveGlimmer(1);
    const before = await read(h.app, path);
    form().getByRole('button', { name: 'a short walk' }).click();
    await settle();
    expect(isModalOpen()).toBe(false);
    const after = await read(h.app, path);
    expect(after).toBe(before.replace('weight: 1\n', 'weight: 1\ngrounding:\n  - a short walk\n'));
    expect(parseGlimmer(after).glimmer?.grounding).toEqual(['a short walk']);
    expect(h.notices).toContain('Noted: a short walk.');
  });

  it('adds to grounding words the person chose in the form, never twice', async () => {
    await start();
    await runCommand(h, 'new-glimmer');
    const box = textbox(WITNESSED);
    box.value = 'Words.';
    box.dispatchEvent(new Event('input', { bubbles: true }));
    buttonNamed('Add details').click();
    form().getByRole('button', { name: 'music' }).click();
    buttonNamed('Save glimmer').click();
    await settle();
    const path = filesIn(h.app, 'Glimmers')[0]?.path ?? '';
    const ground = form().getByRole('group', { name: 'Before you go' });
    // What the glimmer already names is not offered again.
    expect(within(ground).getAllByRole('button').map((b) => b.textContent)).toEqual(['a slow breath', 'feet on the floor', 'a short walk']);
    within(ground).getByRole('button', { name: 'a short walk' }).click();
    await settle();
    expect(parseGlimmer(await read(h.app, path)).glimmer?.grounding).toEqual(['music', 'a short walk']);
  });

  it('orders the practices by what helped after days of a similar weight', async () => {
    await start({
      'Glimmers/a.md': past('2026-02-01', 4, ['tea']),
      'Glimmers/b.md': past('2026-02-02', 5, ['tea', 'music']),
      'Glimmers/c.md': past('2026-02-03', 1, ['a short walk']),
      'Glimmers/d.md': past('2026-02-04', 0, ['a short walk']),
      'Glimmers/e.md': past('2026-02-05', 1, ['a short walk']),
    });
    await saveGlimmer(4);
    const ground = form().getByRole('group', { name: 'Before you go' });
    expect(within(ground).getAllByRole('button').map((b) => b.textContent)).toEqual(['tea', 'music', 'a short walk']);
  });

  it('after a heavy day (weight 3 or more) leads with grounding and offers "Revisit a glimmer"', async () => {
    await start();
    await saveGlimmer(3);
    const content = document.querySelector('.glimmers-modal .modal-content, .glimmers-modal')!;
    const ground = form().getByRole('group', { name: 'Before you go' });
    const status = form().getByRole('status');
    // Grounding comes first, before "Saved.".
    expect(ground.compareDocumentPosition(status) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(status.textContent).toMatch(/^Saved\. It sounds like a heavy day/);
    const revisit = form().getByRole('button', { name: 'Revisit a glimmer' });
    expect(ground.compareDocumentPosition(revisit) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(content.textContent).toContain('Before you go');
    revisit.click();
    await settle();
    // The card closes and the care loop's "Revisit a glimmer" opens in its place.
    expect(isModalOpen()).toBe(false);
    expect(activeDocument.querySelector('.glimmers-care-card')?.textContent).toContain('A glimmer to revisit');
  });

  it('opens the note only when asked', async () => {
    await start();
    const path = await saveGlimmer();
    form().getByRole('button', { name: 'Open the note' }).click();
    await settle();
    expect(isModalOpen()).toBe(false);
    expect(h.app.workspace.getActiveFile()?.path).toBe(path);
  });

  it('says where to add practices when the toolkit is empty', async () => {
    h = await startPlugin({ disk: { data: JSON.stringify({ grounding: [], practice: { firstRunSeen: true } }) } });
    await saveGlimmer();
    const ground = form().getByRole('group', { name: 'Before you go' });
    expect(within(ground).queryAllByRole('button')).toEqual([]);
    expect(ground.textContent).toContain('What helps me get back to basics');
    form().getByRole('button', { name: 'Close' }).click();
    expect(isModalOpen()).toBe(false);
  });
});
