// Review notes from the plugin: "Write this week's review" and "Write this month's review" write
// exactly the approved notes (the same files `glimmer review` must write, so the plugin and the CLI
// agree), never overwrite, link to glimmers with links that resolve, and are never counted as
// glimmers by the dashboard. Also the `review` panel of the glimmers code block.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { App } from 'obsidian-test-mocks/obsidian';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CARE_COMMANDS } from '../../packages/obsidian-plugin/src/care/register-care.ts';
import { advance, command, dashboardPane, glimmerNote, hostViews, layoutReady, renderBlock, userEdits } from './support/dashboard-harness.ts';
import { cleanUp, read, startPlugin, type Harness } from './support/harness.ts';

const FIXTURE = join(import.meta.dirname, '..', 'review-fixtures');

/** Every file of the review fixture vault, by vault path. */
function fixtureFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else files[relative(join(FIXTURE, 'vault'), full).split('\\').join('/')] = readFileSync(full, 'utf8');
    }
  };
  walk(join(FIXTURE, 'vault'));
  return files;
}

/** The plugin on the fixture vault at `now`, with the fixture's settings; the vault read. */
async function start(now: Date, files: Record<string, string> = fixtureFiles()): Promise<Harness> {
  vi.useFakeTimers({ now, toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
  const app = App.createConfigured__({ files });
  const h = await startPlugin({ app, disk: { data: readFileSync(join(FIXTURE, 'settings.json'), 'utf8') } });
  hostViews(h);
  await layoutReady(h);
  return h;
}

/** Sunday 8 March 2026, evening: in week 2026-W10 and in March. */
const SUNDAY = new Date(2026, 2, 8, 20, 0);

afterEach(() => {
  cleanUp();
});

describe('review notes from the plugin', () => {
  it('writes exactly the approved weekly and monthly notes, the same as glimmer review', async () => {
    const h = await start(SUNDAY);
    await command(h, CARE_COMMANDS.weekReview);
    await command(h, CARE_COMMANDS.monthReview);
    expect(await read(h.app, 'Glimmers/Reviews/2026-W10 review.md')).toBe(readFileSync(join(FIXTURE, 'approved', '2026-W10.md'), 'utf8'));
    expect(await read(h.app, 'Glimmers/Reviews/2026-03 review.md')).toBe(readFileSync(join(FIXTURE, 'approved', '2026-03.md'), 'utf8'));
    expect(h.notices).toContain('Review written: Glimmers/Reviews/2026-W10 review.md');
    // The new review opens, ready for the closing question.
    expect(h.app.workspace.getActiveFile()?.path).toBe('Glimmers/Reviews/2026-03 review.md');
    h.plugin.unload();
  });

  it('never overwrites: a second review of the week is a new note and the first keeps its words', async () => {
    const h = await start(SUNDAY);
    await command(h, CARE_COMMANDS.weekReview);
    await userEdits(h.app).modify('Glimmers/Reviews/2026-W10 review.md', `${await read(h.app, 'Glimmers/Reviews/2026-W10 review.md')}Rest more.\n`);
    const mine = await read(h.app, 'Glimmers/Reviews/2026-W10 review.md');
    await command(h, CARE_COMMANDS.weekReview);
    expect(await read(h.app, 'Glimmers/Reviews/2026-W10 review.md')).toBe(mine);
    expect(await read(h.app, 'Glimmers/Reviews/2026-W10 review 2.md')).toBe(readFileSync(join(FIXTURE, 'approved', '2026-W10.md'), 'utf8'));
    h.plugin.unload();
  });

  it('links to the week\'s glimmers with links Obsidian resolves', async () => {
    const h = await start(SUNDAY);
    await command(h, CARE_COMMANDS.weekReview);
    const review = 'Glimmers/Reviews/2026-W10 review.md';
    const links = h.app.metadataCache.getCache(review)?.links ?? [];
    // Obsidian decodes a Markdown link's destination; a wiki link's target is a path as written.
    const targets = new Set(links.map((l) => h.app.metadataCache.getFirstLinkpathDest(decodeURIComponent(l.link), review)?.path ?? `unresolved: ${l.link}`));
    expect(targets).toEqual(new Set([
      'Glimmers/2026-03-02 1740 she-said-it.md', 'Glimmers/2026-03-04 1215 quick.md', 'Glimmers/Sub/2026-03-05 number #2.md', 'Glimmers/2026-03-08 2330 sunday night.md',
    ]));
    h.plugin.unload();
  });

  it('is never counted as a glimmer by the dashboard', async () => {
    const h = await start(SUNDAY);
    await command(h, 'open-dashboard');
    const count = (): string | null | undefined => dashboardPane(h.app)?.querySelector('.glimmers-filter-summary')?.textContent;
    const before = count();
    expect(before).toMatch(/^5 glimmers/);
    await command(h, CARE_COMMANDS.weekReview);
    await command(h, CARE_COMMANDS.monthReview);
    await advance();
    expect(count()).toBe(before);
    expect(dashboardPane(h.app)?.textContent).not.toContain('review');
    h.plugin.unload();
  });

  it('waits kindly while the vault is still being read', async () => {
    vi.useFakeTimers({ now: SUNDAY, toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    const h = await startPlugin({ app: App.createConfigured__({ files: fixtureFiles() }) });
    await command(h, CARE_COMMANDS.weekReview);
    expect(h.notices).toContain('Glimmers is still reading your vault. Try again in a moment.');
    expect(h.app.vault.getFileByPath('Glimmers/Reviews/2026-W10 review.md')).toBeNull();
    h.plugin.unload();
  });
});

describe('the review panel of the glimmers code block', () => {
  it('shows this week\'s figures live, and its button writes the review', async () => {
    const h = await start(new Date(2026, 2, 5, 9, 0));
    const { el } = await renderBlock(h, 'panel: review');
    const panel = (): HTMLElement | null => el.querySelector('section[aria-label="Review: Week 10 of 2026"]');
    expect(panel()?.querySelector('h4')?.textContent).toBe('Week 10 of 2026');
    expect(panel()?.textContent).toContain('2 to 8 March 2026 · 4 glimmers on 4 days · intensity 4.0 of 5 on average · weight 2.3 of 5 on average');
    expect(panel()?.textContent).toContain('What helped: tea (2), walk outside (2)');
    await userEdits(h.app).create('Glimmers/thursday.md', glimmerNote({ created: '2026-03-05T09:30', intensity: 5, grounding: ['tea'] }));
    await advance();
    expect(panel()?.textContent).toContain('5 glimmers on 4 days');
    [...el.querySelectorAll('button')].find((b) => b.textContent === "Write this week's review")?.click();
    await advance(0);
    expect(h.app.vault.getFileByPath('Glimmers/Reviews/2026-W10 review.md')).not.toBeNull();
    h.plugin.unload();
  });

  it('shows a fixed month, and says what it left out', async () => {
    const h = await start(new Date(2026, 5, 1, 9, 0));
    const { el } = await renderBlock(h, 'panel: review\nmonth: 2026-03\ncolour: blue');
    expect(el.querySelector('h4')?.textContent).toBe('March 2026');
    expect(el.textContent).toContain('5 glimmers on 5 days');
    expect(el.querySelector('.glimmers-block-problem')?.textContent).toContain('"colour: blue" is left out');
    expect([...el.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Write a review of March 2026']);
    h.plugin.unload();
  });
});
