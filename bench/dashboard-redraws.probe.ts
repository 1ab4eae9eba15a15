/**
 * Dashboard redraws, counted by `npm run bench` (through vitest, for the in-memory Obsidian): the
 * pane open on a small vault, then 100 saves of a plain note two seconds apart (as Obsidian saves
 * while someone types), and, as the same-run reference, 100 saves of a glimmer whose intensity
 * changes each time. Results go to $GLIMMERS_BENCH_REDRAWS_OUT.
 */
import { writeFileSync } from 'node:fs';
import { it } from 'vitest';
import type { DashboardView } from '../packages/obsidian-plugin/src/dashboard/dashboard-view.ts';
import { advance, command, glimmerNote, layoutReady, sampleVault, startDashboard, userEdits } from '../tests/plugin/support/dashboard-harness.ts';
import { cleanUp } from '../tests/plugin/support/harness.ts';

/** What the probe reports. */
export interface DashboardRedraws {
  saves: number;
  plainNoteRedraws: number;
  changedGlimmerRedraws: number;
}

it('counts dashboard redraws', async () => {
  const h = await startDashboard(sampleVault());
  await layoutReady(h);
  await command(h, 'open-dashboard');
  const leaf = h.app.workspace.getLeavesOfType('glimmers-dashboard')[0] as unknown as { view: DashboardView };
  const live = leaf.view.liveView;
  if (!live) throw new Error('the dashboard pane did not open');
  const saves = 100;
  const edit = userEdits(h.app);
  let before = live.draws;
  for (let i = 0; i < saves; i++) {
    await edit.modify('Notes/plain.md', `# A plain note\n\nTyping, word ${i}.\n`);
    await advance(2000);
  }
  const plainNoteRedraws = live.draws - before;
  before = live.draws;
  for (let i = 0; i < saves; i++) {
    await edit.modify('Glimmers/2026-03-04 b.md', glimmerNote({ created: '2026-03-04T16:40', moment: 'end-of-day', themes: ['presence'], intensity: 1 + (i % 5) }));
    await advance(2000);
  }
  const changedGlimmerRedraws = live.draws - before;
  h.plugin.unload();
  cleanUp();
  const result: DashboardRedraws = { saves, plainNoteRedraws, changedGlimmerRedraws };
  const out = process.env.GLIMMERS_BENCH_REDRAWS_OUT;
  if (out) writeFileSync(out, JSON.stringify(result));
});
