// Issue #14 item 3: links in the dashboard act as links in Obsidian do: Ctrl or Cmd-click opens a
// new tab, and a pointer over one asks for Obsidian's page preview. The status bar item has a class
// of its own (it used to share the form's message-line class, and its margin and muted text).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanUp, mockPlugin, type Harness } from './support/harness.ts';
import { advance, command, dashboardPane, layoutReady, sampleVault, startDashboard } from './support/dashboard-harness.ts';

const NOTE = 'Glimmers/2026-03-04 a.md';
let h: Harness;

afterEach(() => {
  h.plugin.unload();
  cleanUp();
});

async function recentLink(): Promise<HTMLButtonElement> {
  h = await startDashboard(sampleVault());
  await layoutReady(h);
  await command(h, 'open-dashboard');
  const link = dashboardPane(h.app)?.querySelector<HTMLButtonElement>(`[data-glimmers-panel="recent"] [data-path="${NOTE}"]`);
  if (!link) throw new Error('no recent glimmer to click');
  return link;
}

describe('dashboard links', () => {
  it('open in a new tab with Ctrl-click, and in the usual place with a plain click', async () => {
    const link = await recentLink();
    const getLeaf = vi.spyOn(h.app.workspace, 'getLeaf');
    link.dispatchEvent(new MouseEvent('click', { bubbles: true, ctrlKey: true }));
    await advance(0);
    expect(getLeaf.mock.calls[0]?.[0]).toBe('tab');
    getLeaf.mockClear();
    link.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await advance(0);
    expect(getLeaf.mock.calls[0]?.[0]).toBe(false);
    const opened = h.app.workspace.getMostRecentLeaf() as unknown as { file: { path: string } | null };
    expect(opened.file?.path).toBe(NOTE);
  });

  it('ask Obsidian for the page preview when the pointer is over them, as a registered hover source', async () => {
    const link = await recentLink();
    const trigger = vi.spyOn(h.app.workspace, 'trigger');
    link.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, ctrlKey: true }));
    const hover = trigger.mock.calls.find((call) => call[0] === 'hover-link');
    expect(hover?.[1]).toMatchObject({ source: 'glimmers-dashboard', linktext: NOTE, targetEl: link });
    const sources = mockPlugin(h).hoverLinkSources__ as Map<string, { display: string; defaultMod: boolean }>;
    expect(sources.get('glimmers-dashboard')).toEqual({ display: 'Glimmers dashboard', defaultMod: true });
  });

  it('the status bar item has its own class, not the form message line\'s', async () => {
    await recentLink();
    const items = mockPlugin(h).statusBarItems__ as HTMLElement[];
    const item = items.find((el) => el.hasClass('glimmers-status-bar'));
    expect(item).toBeDefined();
    expect(item?.hasClass('glimmers-status')).toBe(false);
  });
});
