/**
 * The settings tab: general settings first (no heading), then "Themes", "Words for the body,
 * feelings and grounding" (`ui/words-settings.ts`), "Dashboard", the privacy section and the care
 * loop's. Every change goes through the settings store, which cleans it at once and writes
 * `data.json` after a pause in typing, when focus leaves a box, or when the tab closes. When
 * `data.json` changes on disk (a sync from another device), an open tab redraws with what it now holds.
 */
import { Platform, PluginSettingTab, Setting, type App, type Plugin } from 'obsidian';
import { cleanFolder, DEFAULT_FILE_NAME_PATTERN, FILE_NAME_TOKENS, glimmerFileName, type GlimmersSettings, themeIdFromLabel, type WeekStart } from '@glimmers/core';
import type { SettingsStore } from './settings-store.ts';
import { listTemplateChoices } from './templates.ts';
import { renderPrivacySettings } from './privacy/index.ts';
import { renderWordsSettings } from './ui/words-settings.ts';
import { renderCareSettings } from './care/settings-section.ts';

const WEEK_START_LABELS: Record<WeekStart, string> = { monday: 'Monday', sunday: 'Sunday', saturday: 'Saturday' };

const EXAMPLE_DATE = new Date(2026, 2, 4, 14, 15, 3);

/** The Glimmers settings tab. */
export class GlimmersSettingTab extends PluginSettingTab {
  /** Stops the redraw on a sync while the tab is open. */
  private stopListening: (() => void) | null = null;

  constructor(app: App, plugin: Plugin, private readonly store: SettingsStore) {
    super(app, plugin);
    // Leaving a text box writes what was typed without waiting for the pause.
    this.containerEl.addEventListener('focusout', () => void this.store.flush().catch(() => undefined));
  }

  private get settings(): GlimmersSettings {
    return this.store.current;
  }

  /** Toggles, menus and buttons: saved at once (queued, so the last change wins). */
  private save(change: (draft: GlimmersSettings) => void): Promise<void> {
    return this.store.update(change);
  }

  /** Text boxes: the change at once, written after a pause in typing or when the box is left. */
  private saveSoon(change: (draft: GlimmersSettings) => void): void {
    this.store.updateSoon(change);
  }

  display(): void {
    this.stopListening?.();
    this.stopListening = this.store.onChange((_settings, cause) => {
      if (cause !== 'load') return;
      // Read from disk while open: show what it holds now, where the person was.
      const scroll = this.containerEl.scrollTop;
      this.display();
      this.containerEl.scrollTop = scroll;
    });
    const { containerEl } = this;
    containerEl.empty();
    this.general(containerEl);
    this.themes(containerEl);
    renderWordsSettings(containerEl, { current: () => this.settings, updateSoon: (change) => this.saveSoon(change) });
    this.dashboard(containerEl);
    renderPrivacySettings(containerEl, { current: () => this.settings.privacy, update: (change) => this.save((s) => change(s.privacy)) }, () => this.display());
    renderCareSettings(containerEl, {
      current: () => this.settings.care,
      update: (change) => this.save((s) => change(s.care)),
      updateSoon: (change) => this.saveSoon((s) => change(s.care)),
    });
  }

  override hide(): void {
    this.stopListening?.();
    this.stopListening = null;
    void this.store.flush().catch(() => undefined);
    super.hide();
  }

  private folderSetting(el: HTMLElement, key: 'glimmerFolder' | 'templatesFolder', name: string, desc: string): void {
    const setting = new Setting(el).setName(name).setDesc(desc);
    setting.addText((text) => text
      .setPlaceholder(key === 'glimmerFolder' ? 'Glimmers' : 'Templates/Glimmers')
      .setValue(this.settings[key])
      .onChange((value) => {
        const clean = cleanFolder(value);
        setting.descEl.setText(clean === null ? 'Obsidian hides folders whose names start with a dot, so choose another folder.' : desc);
        setting.descEl.toggleClass('glimmers-setting-error', clean === null);
        if (clean !== null) this.saveSoon((s) => { s[key] = clean; });
      }));
  }

  private general(el: HTMLElement): void {
    this.folderSetting(el, 'glimmerFolder', 'Glimmer folder', 'New glimmers are saved in this folder. It is created when needed; leave empty for the vault root.');
    this.folderSetting(el, 'templatesFolder', 'Templates folder', 'Markdown files in this folder are offered as templates. Their ## headings become the prompts.');

    const choices = listTemplateChoices(this.app.vault, this.settings.templatesFolder);
    new Setting(el).setName('Default template').setDesc('Used each time you start a new glimmer.').addDropdown((dropdown) => {
      for (const choice of choices) dropdown.addOption(choice.id, choice.name);
      if (!choices.some((c) => c.id === this.settings.defaultTemplate)) dropdown.addOption(this.settings.defaultTemplate, `${this.settings.defaultTemplate} (not found)`);
      dropdown.setValue(this.settings.defaultTemplate).onChange(async (value) => this.save((s) => { s.defaultTemplate = value; }));
    });

    const pattern = new Setting(el).setName('File name pattern');
    const describe = (value: string): void => {
      const example = glimmerFileName(value || DEFAULT_FILE_NAME_PATTERN, { now: EXAMPLE_DATE, title: 'A small step', id: 'k3f9' });
      pattern.setDesc(`Tokens: ${FILE_NAME_TOKENS.join(', ')} (date, time with seconds, first words, a short random code). `
        + `The random code is always added so two devices never pick the same name. Example: ${example}.md`);
    };
    describe(this.settings.fileNamePattern);
    pattern.addText((text) => text
      .setPlaceholder(DEFAULT_FILE_NAME_PATTERN)
      .setValue(this.settings.fileNamePattern)
      .onChange((value) => {
        describe(value);
        this.saveSoon((s) => { s.fileNamePattern = value.trim() || DEFAULT_FILE_NAME_PATTERN; });
      }));

    new Setting(el).setName('Open new glimmers').setDesc('Open a glimmer in the editor right after saving it.').addToggle((toggle) => toggle
      .setValue(this.settings.openAfterCreate)
      .onChange(async (value) => this.save((s) => { s.openAfterCreate = value; })));

    new Setting(el).setName('Week starts on').setDesc('For the calendar and weekly counts.').addDropdown((dropdown) => {
      for (const [value, label] of Object.entries(WEEK_START_LABELS)) dropdown.addOption(value, label);
      dropdown.setValue(this.settings.weekStart).onChange(async (value) => this.save((s) => { s.weekStart = value as WeekStart; }));
    });
  }

  private themes(el: HTMLElement): void {
    new Setting(el).setName('Themes').setHeading()
      .setDesc('Renaming a theme changes its label only: notes keep the theme ID, so no note is rewritten. Hidden themes are not offered in the form.');
    for (const theme of this.settings.themes) {
      new Setting(el)
        .setName(theme.label)
        .setDesc(`ID: ${theme.id}`)
        .addText((text) => text.setValue(theme.label).onChange((value) => {
          if (value.trim() === '') return;
          this.saveSoon((s) => {
            const t = s.themes.find((x) => x.id === theme.id);
            if (t) t.label = value.trim();
          });
        }))
        .addToggle((toggle) => toggle.setTooltip('Offer in the form').setValue(!theme.hidden).onChange(async (shown) => this.save((s) => {
          const t = s.themes.find((x) => x.id === theme.id);
          if (t) t.hidden = !shown;
        })));
    }
    let label = '';
    const add = new Setting(el).setName('Add a theme').setDesc('A theme of your own, in your words.');
    add.addText((text) => text.setPlaceholder('Quiet courage').onChange((value) => { label = value; }));
    add.addButton((button) => button.setButtonText('Add').onClick(async () => {
      const clean = label.replace(/\s+/g, ' ').trim();
      if (clean === '') return;
      const base = themeIdFromLabel(clean) || 'theme';
      let id = base;
      for (let n = 2; this.settings.themes.some((t) => t.id === id); n++) id = `${base}-${n}`;
      await this.save((s) => { s.themes.push({ id, label: clean, hidden: false }); });
      this.display();
    }));
  }

  private dashboard(el: HTMLElement): void {
    new Setting(el).setName('Dashboard').setHeading();
    // Obsidian on phones and tablets has no status bar.
    if (!Platform.isMobile) {
      new Setting(el).setName('Show this week in the status bar')
        .setDesc('A quiet count of this week\'s glimmers at the bottom of the window. Click it to open the dashboard.')
        .addToggle((toggle) => toggle
          .setTooltip('Show the count in the status bar')
          .setValue(this.settings.showStatusBar)
          .onChange(async (value) => this.save((s) => { s.showStatusBar = value; })));
    }
    new Setting(el).setName('Privacy mode')
      .setDesc('For screen sharing: the dashboard shows counts only, and the words of a glimmer stay hidden until you choose to show them.')
      .addToggle((toggle) => toggle
        .setTooltip('Hide glimmer text in the dashboard')
        .setValue(this.settings.privacyMode)
        .onChange(async (value) => this.save((s) => { s.privacyMode = value; })));
  }
}
