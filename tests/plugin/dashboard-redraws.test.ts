// The dashboards redraw only when something they show changed: Obsidian saves a note about every
// two seconds while someone types, and most saves change nothing for the glimmers. Counted by
// draws and by the panels replaced in the DOM (a MutationObserver on the pane).
import { describe, expect, it } from 'vitest';
import type { DashboardView } from '../../packages/obsidian-plugin/src/dashboard/dashboard-view.ts';
import type { Harness } from './support/harness.ts';
import {
  advance, command, dashboardPane, glimmerNote, layoutReady, renderBlock, expectNoWrites, sampleVault, startDashboard, userEdits,
} from './support/dashboard-harness.ts';

let h!: Harness;
expectNoWrites(() => h);

function view(): DashboardView {
  const leaf = h.app.workspace.getLeavesOfType('glimmers-dashboard')[0] as unknown as { view: DashboardView } | undefined;
  if (!leaf) throw new Error('no dashboard pane');
  return leaf.view;
}

function pane(): HTMLElement {
  const el = dashboardPane(h.app);
  if (!el) throw new Error('no dashboard pane');
  return el;
}

/** Records every panel put into `root`, and every other change of its DOM. */
function watch(root: HTMLElement): { panels(): string[]; mutations(): number } {
  const panels: string[] = [];
  let mutations = 0;
  const take = (records: MutationRecord[]): void => {
    mutations += records.length;
    for (const r of records) for (const n of Array.from(r.addedNodes)) {
      const name = n instanceof Element ? n.getAttribute('data-glimmers-panel') : null;
      if (name) panels.push(name);
    }
  };
  const observer = new MutationObserver(take);
  observer.observe(root, { childList: true, subtree: true, characterData: true, attributes: true });
  return {
    panels: () => {
      take(observer.takeRecords());
      return panels.splice(0).sort();
    },
    mutations: () => {
      take(observer.takeRecords());
      const n = mutations;
      mutations = 0;
      return n;
    },
  };
}

async function openPane(): Promise<void> {
  h = await startDashboard(sampleVault());
  await layoutReady(h);
  await command(h, 'open-dashboard');
}

const PLAIN = 'Notes/plain.md';
const GLIMMER = 'Glimmers/2026-03-04 a.md';
const GLIMMER_TEXT = glimmerNote({ created: '2026-03-04T09:10', moment: 'after-session', themes: ['client-hope', 'client-growth'], intensity: 4, weight: 3, body: ['chest'], feelings: ['warmth', 'hope'], grounding: ['a slow breath'], title: 'She laughed again' });

describe('redrawing only when something changed', () => {
  it('should not redraw for 100 saves of a plain note, nor for a glimmer saved unchanged', async () => {
    await openPane();
    const draws = view().liveView!.draws;
    const dom = watch(pane());
    const edit = userEdits(h.app);
    for (let i = 0; i < 100; i++) {
      await edit.modify(PLAIN, `# A plain note\n\nTyping, word ${i}.\n`);
      await advance(2000);
    }
    await edit.modify(GLIMMER, `${GLIMMER_TEXT}\nMore words in the body, the same frontmatter.\n`);
    await advance();
    expect(view().liveView!.draws).toBe(draws);
    expect(dom.mutations()).toBe(0);
  });

  it('should rebuild only the panels one changed glimmer touches', async () => {
    await openPane();
    const dom = watch(pane());
    // The same glimmer with one more feeling: only the feelings panel shows feelings.
    await userEdits(h.app).modify(GLIMMER, GLIMMER_TEXT.replace('  - hope\n', '  - hope\n  - tender\n'));
    await advance();
    expect(dom.panels()).toEqual(['feelings']);
    expect(pane().querySelector('[data-glimmers-panel="feelings"]')?.textContent).toContain('tender');
    // Its intensity (and "tender" gone again): the sentences, its line in the recent list and the feelings;
    // the heatmap's day, the week's bar and the chest's light on the body map change in place.
    const chest = pane().querySelector('[data-glimmers-panel="body"] [data-region="chest"]');
    await userEdits(h.app).modify(GLIMMER, GLIMMER_TEXT.replace('intensity: 4', 'intensity: 2'));
    await advance();
    expect(dom.panels()).toEqual(['feelings', 'recent', 'summary']);
    expect(pane().querySelector('[data-glimmers-panel="body"] [data-region="chest"]')).toBe(chest);
    expect(chest?.getAttribute('aria-label')).toMatch(/^chest: \d+ glimmers?, mean intensity /);
    expect(pane().querySelector('[data-day="2026-03-04"]')?.getAttribute('aria-label')).toBe('2 glimmers on 4 March 2026, mean intensity 2.0');
  });

  it('should not redraw a hidden pane, and catch up as soon as it is shown', async () => {
    await openPane();
    const live = view().liveView!;
    const draws = live.draws;
    // A background tab: Obsidian hides the leaf's view with display: none.
    view().containerEl.style.display = 'none';
    await userEdits(h.app).create('Glimmers/2026-03-04 late.md', glimmerNote({ created: '2026-03-04T22:00', feelings: ['quiet'] }));
    await advance();
    expect(live.draws).toBe(draws);
    expect(pane().querySelector('[data-glimmers-panel="feelings"]')?.textContent).not.toContain('quiet');
    view().containerEl.style.display = '';
    h.app.workspace.trigger('active-leaf-change', null);
    expect(live.draws).toBe(draws + 1);
    expect(pane().querySelector('[data-glimmers-panel="feelings"]')?.textContent).toContain('quiet');
    // Obsidian also tells a shown view it was resized.
    view().containerEl.style.display = 'none';
    await userEdits(h.app).create('Glimmers/2026-03-04 later.md', glimmerNote({ created: '2026-03-04T23:00', feelings: ['still'] }));
    await advance();
    view().containerEl.style.display = '';
    view().onResize();
    expect(pane().querySelector('[data-glimmers-panel="feelings"]')?.textContent).toContain('still');
  });

  it('should not redraw a code block in a hidden note either, until it is shown', async () => {
    h = await startDashboard(sampleVault());
    await layoutReady(h);
    const { el } = await renderBlock(h, 'panel: feelings');
    el.hidden = true;
    await userEdits(h.app).create('Glimmers/2026-03-04 late.md', glimmerNote({ created: '2026-03-04T22:00', feelings: ['quiet'] }));
    await advance();
    expect(el.textContent).not.toContain('quiet');
    el.hidden = false;
    h.app.workspace.trigger('layout-change');
    expect(el.textContent).toContain('quiet');
  });
});
