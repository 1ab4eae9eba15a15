// Reading a day in the pane: the glimmers of a heatmap day with the first line they witnessed,
// read from those notes only (Obsidian's cache holds no section text), and "What I'm carrying"
// read only when opened. Privacy mode reads nothing until "Show".
import { describe, expect, it, vi, type MockInstance } from 'vitest';
import { Vault } from 'obsidian-test-mocks/obsidian';
import type { Harness } from './support/harness.ts';
import { advance, command, dashboardPane, glimmerNote, layoutReady, expectNoWrites, sampleVault, startDashboard } from './support/dashboard-harness.ts';

let h!: Harness;
expectNoWrites(() => h);

function part(name: string): HTMLElement {
  const el = dashboardPane(h.app)?.querySelector<HTMLElement>(`[data-glimmers-panel="${name}"]`);
  if (!el) throw new Error(`no ${name}`);
  return el;
}

async function open(files: Record<string, string>, privacy = false): Promise<MockInstance> {
  h = await startDashboard(files, privacy ? { disk: { data: JSON.stringify({ privacyMode: true }) } } : {});
  await layoutReady(h);
  const reads = vi.spyOn(Vault.prototype, 'cachedRead');
  await command(h, 'open-dashboard');
  reads.mockClear();
  return reads;
}

describe('reading a day in the pane', () => {
  it('lists the glimmers of a selected day with the first line they witnessed, reading only those notes', async () => {
    const reads = await open(sampleVault());
    part('heatmap').querySelector('[data-day="2026-03-02"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await advance(0);
    expect(part('day').querySelector('h3')?.textContent).toBe('Glimmers on Monday 2 March 2026');
    expect(part('day').querySelector('.glimmers-list-words')?.textContent).toBe('A small step, clearly seen.');
    expect(reads.mock.calls.map(([f]) => (f as { path: string }).path)).toEqual(['Glimmers/2026-03-02.md']);
  });

  it("reads what I'm carrying only when the panel is opened, a few notes at a time", async () => {
    const files = sampleVault();
    files['Glimmers/2026-03-03 carrying.md'] = `${glimmerNote({ created: '2026-03-03' })}## What I'm carrying\n\nThe waiting list.\n`;
    const reads = await open(files);
    expect(reads).not.toHaveBeenCalled();
    part('carrying').querySelector<HTMLButtonElement>('[data-glimmers-key="carrying:toggle"]')!.click();
    await advance(0);
    await advance(0);
    expect(part('carrying').querySelector('.glimmers-carrying-text')?.textContent).toBe('The waiting list.');
    expect(reads.mock.calls.length).toBeLessThanOrEqual(10);
  });

  it('reads nothing in privacy mode until "Show"', async () => {
    const reads = await open(sampleVault(), true);
    part('heatmap').querySelector('[data-day="2026-03-02"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await advance(0);
    expect(part('day').textContent).not.toContain('A small step');
    expect(reads).not.toHaveBeenCalled();
    part('day').querySelector<HTMLButtonElement>('[data-glimmers-key="day:show"]')!.click();
    await advance(0);
    expect(part('day').querySelector('.glimmers-list-words')?.textContent).toBe('A small step, clearly seen.');
  });
});
