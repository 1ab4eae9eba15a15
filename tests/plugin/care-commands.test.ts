// The care loop's ways in: the obsidian://glimmers links open each form and the pane; "Revisit a
// glimmer" shows core's choice with "Show another" and "On this day"; "Get back to basics" shows the
// person's toolkit, most used first; the reminder's and reviews' settings.
import { chooseRevisit, nextRevisit, parseGlimmer, revisitSourceOf, type IndexEntry } from '@glimmers/core';
import type { ObsidianProtocolData } from 'obsidian';
import { App } from 'obsidian-test-mocks/obsidian';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CARE_COMMANDS } from '../../packages/obsidian-plugin/src/care/register-care.ts';
import type { GlimmersSettingTab } from '../../packages/obsidian-plugin/src/settings-tab.ts';
import { advance, command, dashboardPane, glimmerNote, hostViews, layoutReady } from './support/dashboard-harness.ts';
import { cleanUp, mockPlugin, startPlugin, type Harness } from './support/harness.ts';

const TODAY = new Date(2026, 2, 4, 18, 0);
const VAULT: Record<string, string> = {
  'Glimmers/a.md': glimmerNote({ created: '2026-01-10', intensity: 5, title: 'Her laugh', remember: 'Laughter comes back.', grounding: ['tea'] }),
  'Glimmers/b.md': glimmerNote({ created: '2026-01-20', intensity: 4, title: 'The boundary', remember: 'A boundary is care too.', grounding: ['tea', 'a short walk'] }),
  'Glimmers/c.md': '---\ntype: glimmer\ncreated: 2026-01-25\nintensity: 5\n---\n\n## What I want to remember\n%% What do I want to remember? %%\n',
  'Glimmers/d.md': glimmerNote({ created: '2026-02-04', intensity: 2, title: 'A month ago today', remember: 'Small is still something.', grounding: ['tea'] }),
  'Glimmers/e.md': glimmerNote({ created: '2026-03-01', intensity: 5, title: 'Too recent', remember: 'Not yet.' }),
};

async function start(files: Record<string, string> = VAULT, data: unknown = null): Promise<Harness> {
  vi.useFakeTimers({ now: TODAY, toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
  const h = await startPlugin({ app: App.createConfigured__({ files }), disk: { data: data === null ? null : JSON.stringify(data) } });
  hostViews(h);
  await layoutReady(h);
  return h;
}

function card(): HTMLElement {
  const found = activeDocument.querySelector<HTMLElement>('.glimmers-care-card');
  if (!found) throw new Error('no card is open');
  return found;
}

function buttonNamed(root: ParentNode, name: string): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent) === name);
  if (!found) throw new Error(`no button "${name}"`);
  return found;
}

/** Core's choices over the same notes, parsed from their files: what the card must show, in order. */
function coreOrder(files: Record<string, string>): string[] {
  const entries: IndexEntry[] = Object.entries(files).flatMap(([path, text]) => {
    const glimmer = parseGlimmer(text).glimmer;
    return glimmer ? [{ path, glimmer }] : [];
  });
  const source = revisitSourceOf(entries);
  let choice = chooseRevisit(source, { today: '2026-03-04' });
  const out: string[] = [];
  for (let i = 0; choice && i < 4; i++) {
    out.push(choice.text.text);
    choice = nextRevisit(source, { today: '2026-03-04', after: choice.position });
  }
  return out;
}

afterEach(() => {
  cleanUp();
});

describe('obsidian://glimmers links', () => {
  it('open the reflection form, quick capture and the dashboard pane', async () => {
    const h = await start();
    const handlers = mockPlugin(h).obsidianProtocolHandlers__;
    const open = async (action: string, params: Partial<ObsidianProtocolData> = {}): Promise<void> => {
      await handlers.get(action)?.({ action, ...params } as ObsidianProtocolData);
      await advance(0);
    };
    const openForm = (): string => activeDocument.querySelector('.glimmers-modal')?.textContent ?? '';
    const closeForms = (): void => {
      for (const el of activeDocument.querySelectorAll('.modal-container, .glimmers-modal')) el.remove();
    };
    await open('glimmers', { action: 'new' });
    expect(openForm()).toContain('What moment of resilience did I witness?');
    closeForms();
    await open('glimmers', { action: 'quick' });
    expect(openForm()).toContain('Quick glimmer');
    closeForms();
    await open('glimmers', { action: 'dashboard' });
    expect(dashboardPane(h.app)?.textContent).toContain('Your glimmers');
    expect(openForm()).toBe('');
    // The path forms do the same, and a link whose action Obsidian filled in opens the form.
    await open('glimmers/quick');
    expect(openForm()).toContain('Quick glimmer');
    closeForms();
    await open('glimmers');
    expect(openForm()).toContain('What moment of resilience did I witness?');
    closeForms();
    expect([...handlers.keys()].sort()).toEqual(['glimmers', 'glimmers/dashboard', 'glimmers/new', 'glimmers/quick']);
    h.plugin.unload();
  });

  it('open nothing for an action they do not know, and say so', async () => {
    const h = await start();
    await mockPlugin(h).obsidianProtocolHandlers__.get('glimmers')?.({ action: 'delete-everything' } as ObsidianProtocolData);
    await advance(0);
    expect(activeDocument.querySelector('.glimmers-modal')).toBeNull();
    expect(h.notices.at(-1)).toBe('Glimmers links can open: new, quick, dashboard. "delete-everything" is not one of them.');
    h.plugin.unload();
  });
});

describe('"Revisit a glimmer"', () => {
  it('shows core\'s choice for today, steps through the others with "Show another", and offers "On this day"', async () => {
    const h = await start();
    await command(h, CARE_COMMANDS.revisit);
    const words = (): string | null | undefined => card().querySelector('.glimmers-care-revisit .glimmers-care-words')?.textContent;
    const expected = coreOrder(VAULT);
    expect(expected).toEqual(expect.arrayContaining(['Laughter comes back.', 'A boundary is care too.', 'Small is still something.']));
    expect(words()).toBe(expected[0]);
    for (const next of expected.slice(1)) {
      buttonNamed(card(), 'Show another').click();
      await advance(0);
      expect(words()).toBe(next);
    }
    expect(card().textContent).not.toContain('Not yet.');
    const onThisDay = card().querySelector('[role="group"][aria-label="On this day"]');
    // "On this day" (4 February, a month ago) shows unless it is already the glimmer shown above it.
    expect(onThisDay === null).toBe(expected[0] === 'Small is still something.');
    if (onThisDay !== null) expect(onThisDay.textContent).toContain('A month ago, 4 February 2026');
    buttonNamed(card(), `Open the glimmer from ${card().querySelector('.glimmers-care-revisit .glimmers-care-muted')?.textContent?.replace('From ', '')}`).click();
    await advance(0);
    expect(activeDocument.querySelector('.glimmers-care-card')).toBeNull();
    expect(h.app.workspace.getActiveFile()?.path).toMatch(/^Glimmers\/[abd]\.md$/);
    h.plugin.unload();
  });

  it('says kindly when no glimmer is old enough, or none has words', async () => {
    const fresh = await start({ 'Glimmers/new.md': glimmerNote({ created: '2026-03-03', remember: 'Fresh.' }) });
    await command(fresh, CARE_COMMANDS.revisit);
    expect(card().textContent).toContain('Glimmers come back here two weeks after you write them');
    fresh.plugin.unload();
    cleanUp();
    const wordless = await start({ 'Glimmers/c.md': VAULT['Glimmers/c.md'] as string });
    await command(wordless, CARE_COMMANDS.revisit);
    expect(card().textContent).toContain('None of your older glimmers has words to reread yet');
    wordless.plugin.unload();
  });
});

describe('"Get back to basics"', () => {
  it('shows the grounding toolkit from settings, most chosen first, and closes with "Done"', async () => {
    const h = await start(VAULT, { grounding: ['a slow breath', 'a short walk', 'Tea'] });
    await command(h, CARE_COMMANDS.basics);
    expect(card().textContent).toContain('Do something you know will help you feel more grounded, calm, or connected.');
    const list = card().querySelector('ul[aria-label="Your grounding toolkit"]');
    expect([...(list?.querySelectorAll('li') ?? [])].map((li) => li.textContent)).toEqual(['Tea', 'a short walk', 'a slow breath']);
    buttonNamed(card(), 'Done').click();
    expect(activeDocument.querySelector('.glimmers-care-card')).toBeNull();
    cleanUp();
    const empty = await start(VAULT, { grounding: [] });
    await command(empty, CARE_COMMANDS.basics);
    expect(card().textContent).toContain('Your grounding toolkit is empty.');
    h.plugin.unload();
    empty.plugin.unload();
  });
});

describe('care settings', () => {
  it('turn the reminder on, set its time and days, and choose the review folder, saved in data.json', async () => {
    const h = await start();
    const tab = mockPlugin(h).settingTabs__[0] as unknown as GlimmersSettingTab;
    tab.display();
    const text = tab.containerEl.textContent ?? '';
    expect(text).toContain('End-of-day reminder');
    expect(text).toContain('Review notes');
    const row = (name: string): HTMLElement => {
      const found = ([...tab.containerEl.children] as HTMLElement[]).find((el) => el.children[1]?.children[0]?.textContent === name);
      if (!found) throw new Error(`no setting ${name}`);
      return found;
    };
    (row('Remind me at the end of the day').children[0]?.children[0] as HTMLElement).click();
    const time = row('Time').querySelector('input') as HTMLInputElement;
    time.value = '18:15';
    time.dispatchEvent(new Event('input'));
    buttonNamed(row('Days'), 'Monday').click();
    buttonNamed(row('Days'), 'Saturday').click();
    expect(buttonNamed(row('Days'), 'Saturday').getAttribute('aria-pressed')).toBe('true');
    const folder = row('Review folder').querySelector('input') as HTMLInputElement;
    folder.value = 'Reflection/Reviews';
    folder.dispatchEvent(new Event('input'));
    // Written when the settings close (or after a pause in typing), not on every key.
    tab.hide();
    await advance(0);
    expect(JSON.parse(h.disk.data ?? '{}').care).toEqual({ nudge: true, nudgeTime: '18:15', nudgeDays: [2, 3, 4, 5, 6], reviewFolder: 'Reflection/Reviews', reviewCarrying: false });
    h.plugin.unload();
  });

  it('opens the reminder\'s settings on their own, for the first-run card', async () => {
    const h = await start();
    await command(h, CARE_COMMANDS.reminder);
    expect(card().textContent).toContain('Remind me at the end of the day');
    expect(card().textContent).not.toContain('Review folder');
    h.plugin.unload();
  });
});
