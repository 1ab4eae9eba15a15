/**
 * `registerCare`: the care loop in Obsidian, registered in one call from `onload`: the end-of-day
 * nudge, the `obsidian://glimmers` links, "Revisit a glimmer", "Get back to basics", the review
 * commands and the `review` code block panel. Everything it starts ends with the plugin.
 */
import { hasRevisitCandidates, localDate, type GlimmersSettings } from '@glimmers/core';
import { Notice, type MarkdownRenderChild, type Plugin } from 'obsidian';
import { openNote } from '../dashboard/host.ts';
import type { VaultIndex } from '../dashboard/vault-index.ts';
import type { GlimmerWriter } from '../glimmer-writer.ts';
import { BasicsModal, mostUsedFirst } from './basics-modal.ts';
import { EndOfDayNudge } from './nudge.ts';
import { nudgeTimePassed } from './nudge-rule.ts';
import { deviceNudgeState } from './nudge-state.ts';
import { registerLinks } from './protocol.ts';
import { ReviewBlock } from './review-block.ts';
import { writeReview } from './review-writer.ts';
import { RevisitModal } from './revisit-modal.ts';
import { RevisitSession } from './revisit-session.ts';
import { NudgeSettingsModal, type CareSettingsHost } from './settings-section.ts';

/** The command ids (Obsidian prefixes them with the plugin id). Stable: people bind hotkeys to them. */
export const CARE_COMMANDS = Object.freeze({
  revisit: 'revisit-glimmer',
  basics: 'get-back-to-basics',
  weekReview: 'write-weekly-review',
  monthReview: 'write-monthly-review',
  reminder: 'end-of-day-reminder',
});

/** The template "Reflect now" opens. */
export const END_OF_DAY_TEMPLATE = 'builtin:end-of-day';

/** How often the nudge looks at the clock (its rule is cheap; a phone may also pause timers, see below). */
export const NUDGE_CHECK_MS = 30_000;

/** What the care loop needs from the plugin (never the plugin object itself). */
export interface CareDeps {
  getSettings(): GlimmersSettings;
  updateSettings(change: (settings: GlimmersSettings) => void): Promise<void>;
  onSettingsChange(listener: (settings: GlimmersSettings) => void): () => void;
  now(): Date;
  /** The dashboard's index of the vault. */
  vaultIndex: VaultIndex;
  writer: GlimmerWriter;
  /** Opens "New glimmer", with this template when given. */
  newGlimmer(templateId?: string): void;
  quickGlimmer(): void;
  openDashboard(): void;
  /** Adds a panel to the `glimmers` code block (the dashboard's extension point). */
  addBlockPanel(name: string, create: (el: HTMLElement, source: string) => MarkdownRenderChild): void;
}

/** What the rest of the plugin may use: the first-run card opens the reminder's settings with it. */
export interface CareHandle {
  /** Opens the end-of-day reminder's settings in a small modal. */
  openNudgeSettings(): void;
  /** Opens "Revisit a glimmer" (the closing card offers it after a heavy day). */
  openRevisit(): void;
}

/** Registers the care loop on the plugin. */
export function registerCare(plugin: Plugin, deps: CareDeps): CareHandle {
  const { app } = plugin;
  const { vaultIndex } = deps;
  const readyIndex = () => (vaultIndex.ready ? vaultIndex.index : null);
  const care: CareSettingsHost = {
    current: () => deps.getSettings().care,
    update: (change) => deps.updateSettings((s) => change(s.care)),
    // The reminder's own modal has one text box, a time picker that changes once per choice.
    updateSoon: (change) => void deps.updateSettings((s) => change(s.care)),
  };
  const state = deviceNudgeState(app);
  const nudge = new EndOfDayNudge({
    now: () => deps.now(),
    getSettings: () => deps.getSettings().care,
    state,
    reflect: () => deps.newGlimmer(END_OF_DAY_TEMPLATE),
    wroteOn: (day) => {
      if (vaultIndex.index.query({ from: day, to: day, recentLimit: 0, counts: false }).count > 0) return true;
      return vaultIndex.ready ? false : null;
    },
  });
  // Timers end with the plugin; a phone pauses them in the background, so coming back also checks.
  plugin.registerInterval(window.setInterval(() => nudge.check(), NUDGE_CHECK_MS));
  plugin.registerDomEvent(activeDocument, 'visibilitychange', () => nudge.check());
  plugin.register(vaultIndex.onChange(() => nudge.check()));
  plugin.register(() => nudge.close());
  app.workspace.onLayoutReady(() => nudge.check());
  // Turned on, or moved earlier, after today's time has passed: the reminder starts with the next day.
  let before = deps.getSettings().care;
  plugin.register(deps.onSettingsChange((settings) => {
    const after = settings.care;
    const started = after.nudge && (!before.nudge || after.nudgeTime !== before.nudgeTime);
    if (started && nudgeTimePassed(deps.now(), after.nudgeTime)) state.set(localDate(deps.now()));
    before = after;
  }));

  registerLinks((action, handler) => plugin.registerObsidianProtocolHandler(action, handler), {
    new: () => deps.newGlimmer(),
    quick: () => deps.quickGlimmer(),
    dashboard: () => deps.openDashboard(),
  });

  const writeAndOpen = async (kind: 'week' | 'month', period?: Parameters<typeof writeReview>[2]): Promise<void> => {
    const result = await writeReview({ app, writer: deps.writer, readyIndex, getSettings: () => deps.getSettings(), now: () => deps.now() }, kind, period);
    if (!result.ok) {
      new Notice(result.message);
      return;
    }
    new Notice(`Review written: ${result.file.path}`);
    openNote(app, result.file.path);
  };

  const openRevisit = (): void => {
    const session = new RevisitSession({ app, index: () => vaultIndex.index, now: () => deps.now() });
    // Whether any glimmer is old enough to come back, for the words shown when none has words.
    const hasOlder = (): boolean => hasRevisitCandidates(vaultIndex.index, { today: localDate(deps.now()) });
    new RevisitModal(app, session, (path) => openNote(app, path), hasOlder).open();
  };
  plugin.addCommand({ id: CARE_COMMANDS.revisit, name: 'Revisit a glimmer', callback: openRevisit });
  plugin.addCommand({
    id: CARE_COMMANDS.basics,
    name: 'Get back to basics',
    callback: () => new BasicsModal(app, () => mostUsedFirst(deps.getSettings().grounding, vaultIndex.index.query({ recentLimit: 0 }).grounding)).open(),
  });
  plugin.addCommand({ id: CARE_COMMANDS.weekReview, name: "Write this week's review", callback: () => void writeAndOpen('week') });
  plugin.addCommand({ id: CARE_COMMANDS.monthReview, name: "Write this month's review", callback: () => void writeAndOpen('month') });
  const openNudgeSettings = (): void => new NudgeSettingsModal(app, care).open();
  plugin.addCommand({ id: CARE_COMMANDS.reminder, name: 'Set up the end-of-day reminder', callback: openNudgeSettings });

  deps.addBlockPanel('review', (el, source) => new ReviewBlock(el, source, {
    vaultIndex,
    getSettings: () => deps.getSettings(),
    onSettingsChange: (listener) => deps.onSettingsChange(() => listener()),
    now: () => deps.now(),
    write: (period) => writeAndOpen(period.kind, period),
  }));
  return { openNudgeSettings, openRevisit };
}
