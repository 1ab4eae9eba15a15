// The privacy guard in the capture forms: warnings appear under the box a short pause after
// typing, highlight the found text, never block saving, and follow the privacy settings.
import { createWatchList } from '@glimmers/core';
import { afterEach, describe, expect, it } from 'vitest';
import { SCAN_DELAY_MS } from '../../packages/obsidian-plugin/src/privacy/field-warnings.ts';
import { button, cleanUp, click, field, filesIn, openModal, read, runCommand, startPlugin, type, type Harness } from './support/harness.ts';

const WITNESSED = 'What moment of resilience did I witness?';
const FELT = 'How did it feel in my body?';

/** Waits past the pause after typing, so the scan has run (real timers: the form uses window.setTimeout). */
const pauseAfterTyping = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, SCAN_DELAY_MS + 60));

/** The warnings under a text box: [highlighted text, message] for each. */
function warnings(input: HTMLElement): [string, string][] {
  const notes = activeDocument.getElementById(input.getAttribute('aria-describedby') ?? '');
  return [...(notes?.querySelectorAll('.glimmers-privacy-finding') ?? [])].map((li) => [
    li.querySelector('mark')?.textContent ?? '',
    li.querySelector('.glimmers-privacy-message')?.textContent ?? '',
  ]);
}

let h: Harness;

afterEach(() => {
  h.plugin.unload();
  cleanUp();
});

describe('identifier warnings in the reflection form', () => {
  it('lists what looks like an identifier under the box, after a pause in typing', async () => {
    h = await startPlugin();
    await runCommand(h, 'new-glimmer');
    const box = field(openModal(), WITNESSED);
    type(box, 'She asked me to call her at 555-867-5309 on July 4th.');
    expect(warnings(box)).toEqual([]);
    await pauseAfterTyping();
    expect(warnings(box)).toEqual([
      ['555-867-5309', 'Looks like a phone number. Consider leaving it out or changing it.'],
      ['July 4th', 'Looks like a date with a day and month. Consider keeping only the month or year, or leaving it out.'],
    ]);
    const excerpt = box.parentElement?.querySelector('.glimmers-privacy-excerpt')?.textContent;
    expect(excerpt).toContain('call her at 555-867-5309');
    // The other boxes are left alone.
    expect(warnings(field(openModal(), FELT))).toEqual([]);
  });

  it('clears the warnings when the identifier is taken out', async () => {
    h = await startPlugin();
    await runCommand(h, 'new-glimmer');
    const box = field(openModal(), WITNESSED);
    type(box, 'Her email is ana@example.com');
    await pauseAfterTyping();
    expect(warnings(box).map(([mark]) => mark)).toEqual(['ana@example.com']);
    box.value = 'She wrote to me.';
    box.dispatchEvent(new Event('input', { bubbles: true }));
    await pauseAfterTyping();
    expect(warnings(box)).toEqual([]);
  });

  it('warns but never blocks saving', async () => {
    h = await startPlugin();
    await runCommand(h, 'new-glimmer');
    const modal = openModal();
    type(field(modal, WITNESSED), 'She is 92 and laughed at 555-867-5309.');
    await pauseAfterTyping();
    expect(warnings(field(modal, WITNESSED))).toHaveLength(2);
    await click(button(modal, 'Save glimmer'));
    const [file] = filesIn(h.app, 'Glimmers');
    expect(file).toBeDefined();
    expect(await read(h.app, file?.path ?? '')).toContain('She is 92 and laughed at 555-867-5309.');
  });

  it('flags words from the watch list, which is stored only as hashes', async () => {
    const watchList = createWatchList(['Maria'], 'vault-salt');
    h = await startPlugin({ disk: { data: JSON.stringify({ privacy: { warnWhileWriting: true, nameGuess: false, watchList } }) } });
    await runCommand(h, 'new-glimmer');
    const box = field(openModal(), FELT);
    type(box, "Maria's laugh, and my shoulders dropped.");
    await pauseAfterTyping();
    expect(warnings(box).map(([mark]) => mark)).toEqual(['Maria']);
  });

  it('shows nothing when warnings are switched off in settings', async () => {
    h = await startPlugin({ disk: { data: JSON.stringify({ privacy: { warnWhileWriting: false } }) } });
    await runCommand(h, 'new-glimmer');
    const box = field(openModal(), WITNESSED);
    type(box, 'Call 555-867-5309.');
    await pauseAfterTyping();
    expect(warnings(box)).toEqual([]);
  });

  it('adds the name guess only when it is switched on', async () => {
    h = await startPlugin({ disk: { data: JSON.stringify({ privacy: { nameGuess: true } }) } });
    await runCommand(h, 'new-glimmer');
    const box = field(openModal(), WITNESSED);
    type(box, 'Today Mrs. Alvarez laughed.');
    await pauseAfterTyping();
    expect(warnings(box).map(([mark]) => mark)).toEqual(['Mrs. Alvarez']);
  });

  it('shows note text as text: markup typed into the form is never turned into elements', async () => {
    h = await startPlugin();
    await runCommand(h, 'new-glimmer');
    const box = field(openModal(), WITNESSED);
    type(box, '<b onclick="x()">555-867-5309</b><img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>');
    await pauseAfterTyping();
    const notes = box.parentElement?.querySelector('.glimmers-privacy-findings');
    expect(notes?.querySelectorAll('img, script, b').length).toBe(0);
    expect(notes?.querySelector('mark')?.textContent).toBe('555-867-5309');
    expect(notes?.textContent).toContain('<b onclick="x()">555-867-5309</b><img');
    expect((window as unknown as Record<string, unknown>)['__pwned']).toBeUndefined();
  });

  it('checks a restored draft at once when the form opens again', async () => {
    h = await startPlugin();
    await runCommand(h, 'new-glimmer');
    const modal = openModal();
    type(field(modal, WITNESSED), 'Her ZIP 90210 came up.');
    await click(modal.querySelector<HTMLElement>('.modal-close-button') ?? button(modal, 'Cancel'));
    const keep = [...activeDocument.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent === 'Close and keep draft');
    if (keep) await click(keep);
    await runCommand(h, 'new-glimmer');
    expect(warnings(field(openModal(), WITNESSED)).map(([mark]) => mark)).toEqual(['90210']);
  });
});

describe('identifier warnings in quick capture', () => {
  it('warns under the one line too', async () => {
    h = await startPlugin();
    await runCommand(h, 'quick-glimmer');
    const modal = openModal();
    const box = modal.querySelector<HTMLInputElement>('input.glimmers-input');
    if (!box) throw new Error('no quick capture box');
    type(box, 'MRN 4471932 on the printout, and she smiled.');
    await pauseAfterTyping();
    expect(warnings(box).map(([mark]) => mark)).toEqual(['4471932']);
  });
});

describe('identifier warnings and screen readers', () => {
  it('does not redraw (and so re-announce) the same warning while typing continues far from it', async () => {
    h = await startPlugin();
    await runCommand(h, 'new-glimmer');
    const box = field(openModal(), WITNESSED);
    type(box, 'Call 555-867-5309, she said, and then we talked about her week.');
    await pauseAfterTyping();
    const first = box.parentElement?.querySelector('.glimmers-privacy-findings');
    expect(first).not.toBeNull();
    type(box, ' Then we sat together for a long while and she breathed slowly, and so did I.');
    await pauseAfterTyping();
    expect(box.parentElement?.querySelector('.glimmers-privacy-findings')).toBe(first);
    type(box, ' Email: ana@example.com');
    await pauseAfterTyping();
    expect(warnings(box).map(([mark]) => mark)).toEqual(['555-867-5309', 'ana@example.com']);
  });
});
