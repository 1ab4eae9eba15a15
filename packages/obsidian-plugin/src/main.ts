import { Notice, Plugin } from 'obsidian';
import { registerCapture } from './register-capture.ts';
import { registerCare, type CareHandle } from './care/register-care.ts';
import { registerDashboard, revealDashboard } from './dashboard/register-dashboard.ts';
import { FieldHookRegistry } from './field-hooks.ts';
import { registerPrivacyGuard } from './privacy/index.ts';
import { GlimmersSettingTab } from './settings-tab.ts';
import { SettingsStore } from './settings-store.ts';

/** Glimmers: lifecycle only. Features live in their own modules and are registered here. */
export default class GlimmersPlugin extends Plugin {
  readonly settingsStore = new SettingsStore({ load: () => this.loadData(), save: (data) => this.saveData(data) });
  /** Hooks run on every text box of the capture forms (the privacy guard's warnings). */
  private readonly fieldHooks = new FieldHookRegistry();

  override async onload(): Promise<void> {
    if (!(await this.settingsStore.load())) new Notice("Glimmers couldn't read its settings, so it is using the defaults for now.");
    const fileNamePrivacy = registerPrivacyGuard({
      app: this.app,
      addCommand: (command) => this.addCommand(command),
      registerFieldHook: (hook) => this.register(this.fieldHooks.add(hook)),
      getSettings: () => this.settingsStore.current.privacy,
      getAllSettings: () => this.settingsStore.current,
      updatePrivacy: (change) => this.settingsStore.update((s) => change(s.privacy)),
      now: () => new Date(),
    });
    // The capture forms offer "Revisit a glimmer" and the reminder's settings, which the care loop
    // (registered after them, as it opens the forms) provides.
    let care: CareHandle | null = null;
    const capture = registerCapture(this, {
      getSettings: () => this.settingsStore.current,
      updateSettings: (change) => this.settingsStore.update(change),
      fieldHooks: this.fieldHooks,
      fileNamePrivacy,
      revisit: () => (care === null ? null : () => care?.openRevisit()),
      reminder: () => (care === null ? null : { text: 'Set an end-of-day reminder', open: () => care?.openNudgeSettings() }),
    });
    const dashboard = registerDashboard(this, {
      getSettings: () => this.settingsStore.current,
      onSettingsChange: (listener) => this.settingsStore.onChange(listener),
      newGlimmer: () => capture.openNewGlimmer(),
      now: () => capture.now(),
      firstRun: (el, owner) => capture.showFirstRun(el, owner),
    });
    care = registerCare(this, {
      ...dashboard,
      getSettings: () => this.settingsStore.current,
      updateSettings: (change) => this.settingsStore.update(change),
      onSettingsChange: (listener) => this.settingsStore.onChange(listener),
      now: () => capture.now(),
      writer: capture.writer,
      newGlimmer: (template) => capture.openNewGlimmer(template),
      quickGlimmer: () => capture.openQuickGlimmer(),
      openDashboard: () => void revealDashboard(this.app),
    });
    this.addSettingTab(new GlimmersSettingTab(this.app, this, this.settingsStore));
    // Settings typed a moment ago wait for a pause before they are written: write them when a
    // phone sends Obsidian to the background (it may end it there) and when the plugin unloads.
    this.registerDomEvent(activeDocument, 'visibilitychange', () => {
      if (activeDocument.visibilityState === 'hidden') void this.settingsStore.flush().catch(() => undefined);
    });
    this.register(() => void this.settingsStore.flush().catch(() => undefined));
  }

  /** `data.json` changed on disk (a sync from another device): read it again. */
  override async onExternalSettingsChange(): Promise<void> {
    await this.settingsStore.load();
  }
}
