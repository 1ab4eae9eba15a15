import { Notice, Plugin } from 'obsidian';
import { systemClock, type CaptureContext, type GlimmerDraft } from './capture.ts';
import { openNewGlimmer, registerCaptureCommands } from './commands.ts';
import { registerDashboard } from './dashboard/register-dashboard.ts';
import { DraftStore } from './drafts.ts';
import { createVaultWriter } from './glimmer-writer.ts';
import { registerPrivacyGuard } from './privacy/index.ts';
import { GlimmersSettingTab } from './settings-tab.ts';
import { SettingsStore } from './settings-store.ts';
import type { FieldHook } from './ui/text-field.ts';

/** Glimmers: lifecycle only. Features live in their own modules and are registered here. */
export default class GlimmersPlugin extends Plugin {
  readonly settingsStore = new SettingsStore({ load: () => this.loadData(), save: (data) => this.saveData(data) });
  /** Unsaved form contents: in memory only, never in `data.json`. */
  readonly drafts = new DraftStore<GlimmerDraft>();
  private readonly fieldHooks: FieldHook[] = [];

  override async onload(): Promise<void> {
    if (!(await this.settingsStore.load())) new Notice("Glimmers couldn't read its settings, so it is using the defaults for now.");
    const capture: CaptureContext = {
      app: this.app,
      getSettings: () => this.settingsStore.current,
      writer: createVaultWriter(this.app.vault),
      drafts: this.drafts,
      fieldHooks: this.fieldHooks,
      ...systemClock,
    };
    registerCaptureCommands(this, capture);
    capture.fileNamePrivacy = registerPrivacyGuard({
      app: this.app,
      addCommand: (command) => this.addCommand(command),
      registerFieldHook: (hook) => this.registerFieldHook(hook),
      getSettings: () => this.settingsStore.current.privacy,
      getAllSettings: () => this.settingsStore.current,
      updatePrivacy: (change) => this.settingsStore.update((s) => change(s.privacy)),
      now: () => capture.now(),
    });
    registerDashboard(this, {
      getSettings: () => this.settingsStore.current,
      onSettingsChange: (listener) => this.settingsStore.onChange(listener),
      newGlimmer: () => void openNewGlimmer(capture),
      now: () => capture.now(),
    });
    this.addSettingTab(new GlimmersSettingTab(this.app, this, this.settingsStore));
  }

  override onunload(): void {
    this.drafts.clear();
  }

  /** `data.json` changed on disk (a sync from another device): read it again. */
  override async onExternalSettingsChange(): Promise<void> {
    await this.settingsStore.load();
  }

  /** Runs `hook` on every text box of the capture forms opened from now on, until unload. */
  registerFieldHook(hook: FieldHook): void {
    this.fieldHooks.push(hook);
    this.register(() => {
      const index = this.fieldHooks.indexOf(hook);
      if (index >= 0) this.fieldHooks.splice(index, 1);
    });
  }
}
