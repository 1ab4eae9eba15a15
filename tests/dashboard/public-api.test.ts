/**
 * Pins the public exports of `@glimmers/dashboard`, as core's test pins core's. Adding an export is
 * a deliberate act: add its name here in the same commit. The other entry points (the exported
 * page's script and the two stylesheets) are pinned too: the command line imports them by name.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const EXPORTS = [
  'BODY_LEVELS',
  'CARRYING_LIMIT',
  'DATA_ELEMENT_ID',
  'DAY_LIST_LIMIT',
  'LiveDashboard',
  'MOUNT_ELEMENT_ID',
  'PAGE_GENERATOR_META',
  'PAGE_HEAD_CHARS',
  'PANEL_NAMES',
  'STANDALONE_CSP',
  'baseOptions',
  'buildDashboardModel',
  'countText',
  'createBodyMapFigure',
  'createBodyMapToggles',
  'createBodyRegionList',
  'dashboardDataFromIndex',
  'indexFromDashboardData',
  'isGlimmersPage',
  'mountStandalone',
  'parseDashboardData',
  'renderDashboard',
  'renderPanel',
  'serializeDashboardData',
  'standalonePageHtml',
];

describe('@glimmers/dashboard public API', () => {
  it('exports exactly the pinned names, none undefined', async () => {
    const dashboard: Record<string, unknown> = await import('@glimmers/dashboard');
    expect(Object.keys(dashboard).sort()).toEqual([...EXPORTS].sort());
    for (const name of EXPORTS) expect(dashboard[name], name).not.toBeUndefined();
  });

  it('offers the panels the code block documents', async () => {
    const { PANEL_NAMES } = await import('@glimmers/dashboard');
    expect([...PANEL_NAMES]).toEqual(['summary', 'filters', 'heatmap', 'trend', 'revisit', 'body', 'themes', 'moments', 'feelings', 'grounding', 'carrying', 'recent', 'attention']);
  });

  it('resolves the page script and both stylesheets by their package names', () => {
    const require = createRequire(import.meta.url);
    for (const name of ['@glimmers/dashboard/standalone', '@glimmers/dashboard/styles.css', '@glimmers/dashboard/theme-standin.css']) {
      expect(existsSync(require.resolve(name)), name).toBe(true);
    }
  });
});
