// "What is a glimmer?" also greets a person whose first step is the dashboard pane: once per vault,
// whichever opens first.
import { within } from '@testing-library/dom';
import { afterEach, describe, expect, it } from 'vitest';
import { command, dashboardPane, layoutReady, startDashboard } from './support/dashboard-harness.ts';
import { cleanUp, openModal, type Disk, type Harness } from './support/harness.ts';

let h: Harness;

afterEach(() => {
  h.plugin.unload();
  cleanUp();
});

describe('First run, from the dashboard', () => {
  it('shows the card at the top of the pane when the dashboard opens first, and not in the form after', async () => {
    const disk: Disk = { data: null };
    h = await startDashboard({}, { disk });
    await layoutReady(h);
    await command(h, 'open-dashboard');
    const pane = dashboardPane(h.app);
    expect(pane).not.toBeNull();
    // In Obsidian the pane is in the window; the in-memory workspace keeps it aside.
    document.body.appendChild(pane as HTMLElement);
    const card = within(pane as HTMLElement).getByRole('region', { name: 'What is a glimmer?' });
    expect(pane?.firstElementChild).toBe(card);
    expect(JSON.parse(disk.data ?? '{}').practice.firstRunSeen).toBe(true);
    await command(h, 'new-glimmer');
    expect(within(openModal()).queryByRole('region', { name: 'What is a glimmer?' })).toBeNull();
  });
});
