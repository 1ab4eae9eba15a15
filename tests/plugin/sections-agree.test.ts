// One sections rule (#15): the pane in Obsidian and the command line's HTML export show the same
// "What I want to remember" text for a note whose section holds Obsidian comments.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDashboardModel, indexFromDashboardData, parseDashboardData } from '@glimmers/dashboard';
import { afterEach, describe, expect, it } from 'vitest';
import { glimmer as runCli, makeVault } from '../cli/helpers.ts';
import { cleanUp, type Harness } from './support/harness.ts';
import { advance, command, dashboardPane, glimmerNote, layoutReady, sampleVault, startDashboard } from './support/dashboard-harness.ts';

const ON_THIS_DAY = 'Glimmers/2025/2025-03-04.md';
const REMEMBER = [
  '%% What do I want to remember? %%',
  'People can change, %%a private aside%% slowly and for real.',
  'Even `%%` in code stays.',
].join('\n');
const SHOWN = 'People can change,  slowly and for real.\nEven `%%` in code stays.';

let h: Harness | null = null;

afterEach(() => {
  h?.plugin.unload();
  h = null;
  cleanUp();
});

function vault(): Record<string, string> {
  return { ...sampleVault(), [ON_THIS_DAY]: glimmerNote({ created: '2025-03-04', themes: ['client-hope'], intensity: 4, title: 'A year ago', remember: REMEMBER }) };
}

async function paneText(): Promise<string | null | undefined> {
  h = await startDashboard(vault());
  await layoutReady(h);
  await command(h, 'open-dashboard');
  await advance(0);
  const revisit = dashboardPane(h.app)?.querySelector('[data-glimmers-panel="revisit"]');
  expect(revisit?.textContent).toContain('On this day, a year ago');
  return revisit?.querySelector('.glimmers-revisit-text')?.textContent;
}

function exportText(): string | null | undefined {
  const dir = makeVault(vault());
  const out = join(dir, 'dashboard.html');
  const result = runCli(['dashboard', dir, '--include-text', '--today', '2026-03-04', '--out', out]);
  expect(result.stderr).toContain('with titles');
  const html = readFileSync(out, 'utf8');
  const payload = /<script type="application\/json" id="glimmers-data">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
  expect(html).not.toContain('a private aside');
  const data = parseDashboardData(payload);
  if (!data) throw new Error('no dashboard payload in the export');
  const model = buildDashboardModel(indexFromDashboardData(data), data.options);
  const offered = [...(model.revisit?.onThisDay ?? []), ...(model.revisit?.items ?? [])].find((item) => item.path === ON_THIS_DAY);
  expect(offered).toBeDefined();
  return offered?.text?.text;
}

describe('a section with Obsidian comments', () => {
  it('reads the same in the pane and in the HTML export, comments left out', async () => {
    const pane = await paneText();
    expect(pane).toBe(SHOWN);
    expect(exportText()).toBe(pane);
  });
});
