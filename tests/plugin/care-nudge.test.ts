// The end-of-day nudge in the in-memory Obsidian, with a fake clock: once at the chosen time on a
// chosen weekday, never on other days, never when a glimmer exists that day, never twice, once when
// Obsidian opens later that evening, "Not today" and "Reflect now", and no timer left after unload.
import { App, Notice } from 'obsidian-test-mocks/obsidian';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NUDGE_WORDS } from '../../packages/obsidian-plugin/src/care/nudge.ts';
import { NUDGE_STATE_KEY } from '../../packages/obsidian-plugin/src/care/nudge-state.ts';
import { advance, glimmerNote, layoutReady, userEdits } from './support/dashboard-harness.ts';
import { cleanUp, startPlugin, type Disk, type Harness } from './support/harness.ts';

/** Wednesday 4 March 2026 at a time of day (local). */
const wednesday = (h: number, m = 0): Date => new Date(2026, 2, 4, h, m);
const ON = { care: { nudge: true, nudgeTime: '17:30', nudgeDays: [1, 2, 3, 4, 5] } };
const OLD = { 'Glimmers/2026-02-20.md': glimmerNote({ created: '2026-02-20T17:00', intensity: 4, remember: 'A step.' }) };

/** Starts Obsidian and the plugin at `now` with these settings and notes; layout ready, vault read. */
async function start(now: Date, options: { settings?: unknown; files?: Record<string, string>; app?: App; disk?: Disk } = {}): Promise<Harness> {
  vi.useFakeTimers({ now, toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
  const app = options.app ?? App.createConfigured__({ files: options.files ?? OLD });
  const disk = options.disk ?? { data: options.settings === undefined ? null : JSON.stringify(options.settings) };
  const h = await startPlugin({ app, disk });
  await layoutReady(h);
  return h;
}

/** The nudges shown so far (notices holding the nudge's question). */
function nudges(h: Harness): HTMLElement[] {
  return h.noticeEls.filter((el) => el.textContent?.includes(NUDGE_WORDS.question));
}

function buttonIn(el: HTMLElement, name: string): HTMLButtonElement {
  const found = [...el.querySelectorAll('button')].find((b) => b.textContent === name);
  if (!found) throw new Error(`no button "${name}"`);
  return found;
}

/** Moves the clock to `to`, running every timer due on the way. */
async function until(to: Date): Promise<void> {
  await advance(to.getTime() - Date.now());
}

afterEach(() => {
  cleanUp();
});

describe('end-of-day nudge', () => {
  it('is off until the person turns it on', async () => {
    const h = await start(wednesday(17, 0));
    await until(wednesday(19, 0));
    expect(nudges(h)).toEqual([]);
    h.plugin.unload();
  });

  it('comes once at the chosen time on a chosen weekday, in the practice\'s words, and never twice', async () => {
    const h = await start(wednesday(16, 0), { settings: ON });
    await until(wednesday(17, 29));
    expect(nudges(h)).toEqual([]);
    await until(wednesday(17, 31));
    expect(nudges(h)).toHaveLength(1);
    const [nudge] = nudges(h);
    expect(nudge?.textContent).toContain(NUDGE_WORDS.title);
    expect([...nudge!.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Reflect now', 'Not today']);
    // No count, no streak, nothing about days missed.
    expect(nudge?.textContent).not.toMatch(/\d|streak|missed/i);
    await until(wednesday(23, 59));
    expect(nudges(h)).toHaveLength(1);
    // Where "already nudged" lives: this device's local storage for the vault, never data.json or a note.
    expect(h.app.loadLocalStorage(NUDGE_STATE_KEY)).toBe('2026-03-04');
    expect(h.disk.data).not.toContain('2026-03-04');
    h.plugin.unload();
  });

  it('does not come on other weekdays', async () => {
    const saturday = await start(new Date(2026, 2, 7, 17, 0), { settings: ON });
    await until(new Date(2026, 2, 7, 20, 0));
    expect(nudges(saturday)).toEqual([]);
    saturday.plugin.unload();
    cleanUp();
    const mondaysOnly = await start(wednesday(17, 0), { settings: { care: { ...ON.care, nudgeDays: [1] } } });
    await until(wednesday(20, 0));
    expect(nudges(mondaysOnly)).toEqual([]);
    mondaysOnly.plugin.unload();
  });

  it('does not come when a glimmer exists that day, written before or during the day', async () => {
    const written = await start(wednesday(17, 0), { settings: ON, files: { ...OLD, 'Glimmers/today.md': glimmerNote({ created: '2026-03-04T09:10' }) } });
    await until(wednesday(18, 0));
    expect(nudges(written)).toEqual([]);
    written.plugin.unload();
    cleanUp();
    const later = await start(wednesday(17, 0), { settings: ON });
    await userEdits(later.app).create('Glimmers/this afternoon.md', glimmerNote({ created: '2026-03-04T17:15' }));
    await until(wednesday(18, 0));
    expect(nudges(later)).toEqual([]);
    later.plugin.unload();
  });

  it('comes once when Obsidian opens later that evening, not when it opens the next morning or late at night', async () => {
    const evening = await start(wednesday(19, 45), { settings: ON });
    expect(nudges(evening)).toHaveLength(1);
    await until(wednesday(20, 30));
    expect(nudges(evening)).toHaveLength(1);
    evening.plugin.unload();
    cleanUp();
    const late = await start(wednesday(20, 31), { settings: ON });
    await until(wednesday(23, 0));
    expect(nudges(late)).toEqual([]);
    late.plugin.unload();
  });

  it('does not come again after a restart the same evening, and comes back the next chosen day', async () => {
    const h = await start(wednesday(17, 29), { settings: ON });
    await until(wednesday(17, 31));
    expect(nudges(h)).toHaveLength(1);
    h.plugin.unload();
    vi.setSystemTime(wednesday(18, 0));
    const again = await startPlugin({ app: h.app, disk: h.disk });
    await advance();
    await until(wednesday(20, 0));
    expect(nudges(again)).toEqual([]);
    await until(new Date(2026, 2, 5, 17, 31));
    expect(nudges(again)).toHaveLength(1);
    again.plugin.unload();
  });

  it('"Not today" lets the day go: the notice closes and nothing else comes that day', async () => {
    const hide = vi.spyOn(Notice.prototype, 'hide');
    const h = await start(wednesday(17, 29), { settings: ON });
    await until(wednesday(17, 31));
    buttonIn(nudges(h)[0]!, 'Not today').click();
    expect(hide).toHaveBeenCalled();
    expect(activeDocument.querySelector('.glimmers-modal')).toBeNull();
    await until(wednesday(23, 0));
    expect(nudges(h)).toHaveLength(1);
    expect(h.app.loadLocalStorage(NUDGE_STATE_KEY)).toBe('2026-03-04');
    h.plugin.unload();
  });

  it('"Reflect now" opens "New glimmer" with the end-of-day template', async () => {
    const h = await start(wednesday(17, 29), { settings: ON });
    await until(wednesday(17, 31));
    buttonIn(nudges(h)[0]!, 'Reflect now').click();
    await advance(0);
    const modal = activeDocument.querySelector<HTMLElement>('.glimmers-modal');
    expect(modal?.textContent).toContain('End-of-day reflection');
    expect(modal?.textContent).toContain('Looking back on today, what moment of resilience did I witness?');
    h.plugin.unload();
  });

  it('starts with the next day when it is turned on after the time has passed', async () => {
    const h = await start(wednesday(18, 0));
    await h.plugin.settingsStore.update((s) => { s.care.nudge = true; });
    await until(wednesday(20, 0));
    expect(nudges(h)).toEqual([]);
    await until(new Date(2026, 2, 5, 17, 31));
    expect(nudges(h)).toHaveLength(1);
    h.plugin.unload();
  });

  it('leaves no timer running once the plugin is unloaded', async () => {
    const h = await start(wednesday(16, 0), { settings: ON });
    expect(vi.getTimerCount()).toBeGreaterThan(0);
    h.plugin.unload();
    expect(vi.getTimerCount()).toBe(0);
    await until(wednesday(18, 0));
    expect(nudges(h)).toEqual([]);
  });
});
