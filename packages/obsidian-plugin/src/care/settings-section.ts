/**
 * The care loop's part of the settings tab: the end-of-day reminder (off until turned on) and
 * review notes. The reminder's controls also open on their own in a small modal, for the first-run
 * card's "Set up a reminder" and the command of that name.
 */
import { cleanFolder, cleanNudgeTime, defaultCareSettings, weekdayName, type CareSettings } from '@glimmers/core';
import { Modal, Setting, type App } from 'obsidian';

/** How the section reads and changes the care settings (the settings store, narrowed). */
export interface CareSettingsHost {
  current(): CareSettings;
  update(change: (care: CareSettings) => void): Promise<void>;
  /** For text boxes: the change now, written after a pause in typing (see the settings store). */
  updateSoon(change: (care: CareSettings) => void): void;
}

/** The weekdays in the order a week is shown: Monday first, Sunday last. */
const WEEK_ORDER = [1, 2, 3, 4, 5, 6, 0];

const WORDS = {
  nudge: 'Remind me at the end of the day',
  nudgeDesc: 'One quiet invitation to pause and reflect, on the days and at the time below, and only when you have not written a glimmer that day. '
    + 'Never more than once a day, never a count of days. Each device keeps its own reminder.',
  time: 'Time',
  timeDesc: 'In 24-hour time on this device, like 17:30. If Obsidian opens within three hours after it, the reminder comes then.',
  timeBad: 'Write the time like 17:30.',
  days: 'Days',
  daysDesc: 'The days the reminder may come.',
};

/** The reminder's controls: on or off, the time and the weekdays. */
export function renderNudgeSettings(el: HTMLElement, host: CareSettingsHost): void {
  new Setting(el).setName(WORDS.nudge).setDesc(WORDS.nudgeDesc).addToggle((toggle) => toggle
    .setValue(host.current().nudge)
    .onChange(async (value) => host.update((c) => { c.nudge = value; })));

  const time = new Setting(el).setName(WORDS.time).setDesc(WORDS.timeDesc);
  time.addText((text) => {
    text.inputEl.type = 'time';
    text.setPlaceholder('17:30').setValue(host.current().nudgeTime).onChange(async (value) => {
      const clean = cleanNudgeTime(value);
      time.descEl.setText(clean === null ? WORDS.timeBad : WORDS.timeDesc);
      time.descEl.toggleClass('glimmers-setting-error', clean === null);
      if (clean !== null) host.updateSoon((c) => { c.nudgeTime = clean; });
    });
  });

  const days = new Setting(el).setName(WORDS.days).setDesc(WORDS.daysDesc);
  const group = days.controlEl.createDiv({ cls: 'glimmers-care-days', attr: { role: 'group', 'aria-label': WORDS.days } });
  for (const day of WEEK_ORDER) {
    const name = weekdayName(day);
    const on = (): boolean => host.current().nudgeDays.includes(day);
    const button = group.createEl('button', { cls: 'glimmers-care-day', text: name.slice(0, 3), attr: { type: 'button', 'aria-label': name, 'aria-pressed': String(on()) } });
    button.addEventListener('click', () => {
      const wanted = !on();
      button.setAttr('aria-pressed', String(wanted));
      void host.update((c) => {
        c.nudgeDays = wanted ? [...c.nudgeDays, day] : c.nudgeDays.filter((d) => d !== day);
      });
    });
  }
}

/** The "End-of-day reminder" and "Review notes" parts of the settings tab. */
export function renderCareSettings(el: HTMLElement, host: CareSettingsHost): void {
  new Setting(el).setName('End-of-day reminder').setHeading();
  renderNudgeSettings(el, host);

  new Setting(el).setName('Review notes').setHeading()
    .setDesc('Each review command writes a new note looking back on a week or a month. A review is always a new note; none is ever replaced.');
  const folderDesc = 'Reviews are saved in this folder. It is created when needed; leave empty for the vault root.';
  const folder = new Setting(el).setName('Review folder').setDesc(folderDesc);
  folder.addText((text) => text.setPlaceholder(defaultCareSettings().reviewFolder).setValue(host.current().reviewFolder).onChange(async (value) => {
    const clean = cleanFolder(value);
    folder.descEl.setText(clean === null ? 'Obsidian hides folders whose names start with a dot, so choose another folder.' : folderDesc);
    folder.descEl.toggleClass('glimmers-setting-error', clean === null);
    if (clean !== null) host.updateSoon((c) => { c.reviewFolder = clean; });
  }));
  new Setting(el).setName('Include what you carried')
    .setDesc('Quote what you wrote under the carrying prompt in review notes. Off by default: those lines can be heavy to reread.')
    .addToggle((toggle) => toggle.setValue(host.current().reviewCarrying).onChange(async (value) => host.update((c) => { c.reviewCarrying = value; })));
}

/** The reminder's controls in a small modal of their own. */
export class NudgeSettingsModal extends Modal {
  constructor(app: App, private readonly host: CareSettingsHost) {
    super(app);
  }

  override onOpen(): void {
    this.modalEl.addClass('glimmers-care-card');
    this.setTitle('End-of-day reminder');
    this.contentEl.empty();
    renderNudgeSettings(this.contentEl, this.host);
  }

  override onClose(): void {
    this.contentEl.empty();
  }
}
