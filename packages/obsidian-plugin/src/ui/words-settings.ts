/**
 * Settings → "Words for the body, feelings and grounding": the person's sensation words for the
 * body map, their feelings (light and heavy), and their grounding toolkit ("What helps me get back
 * to basics"), which the closing card suggests from. One word or phrase per line.
 */
import { cleanWords, type GlimmersSettings } from '@glimmers/core';
import { Setting } from 'obsidian';

/** How the section reads and changes the settings. */
export interface WordsSettingsHost {
  current(): GlimmersSettings;
  /** For text boxes: the change now, written after a pause in typing (see the settings store). */
  updateSoon(change: (settings: GlimmersSettings) => void): void;
}

const LISTS: ReadonlyArray<readonly ['body' | 'feelings' | 'grounding', string, string]> = [
  ['body', 'Body sensations', 'How a place in the body felt (warm, tight, …), offered for each place you tap on the body map.'],
  ['feelings', 'Feelings', 'Light and heavy ones: a glimmer can hold both.'],
  ['grounding', 'What helps me get back to basics', 'Small things that ground you. After a save, up to three are suggested, the ones that helped after similar days first.'],
];

/** Adds the section to the settings tab. */
export function renderWordsSettings(el: HTMLElement, host: WordsSettingsHost): void {
  new Setting(el).setName('Words for the body, feelings and grounding').setHeading()
    .setDesc('Offered as choices in the form, one per line. You can always add your own words while writing.');
  for (const [key, name, desc] of LISTS) {
    new Setting(el).setName(name).setDesc(desc).addTextArea((area) => {
      area.inputEl.addClass('glimmers-words');
      area.inputEl.rows = 6;
      area.setValue(host.current()[key].join('\n')).onChange((value) => host.updateSoon((s) => { s[key] = cleanWords(value.split('\n')); }));
    });
  }
}
