/**
 * The "Privacy" part of the settings tab: warnings on or off, the name guess, and the watch list.
 * The watch list box is never bound to the settings: its words are hashed when added and the box
 * is emptied, so the words exist only while being typed.
 */
import { addToWatchList, createWatchList, type PrivacySettings } from '@glimmers/core';
import { Setting } from 'obsidian';

/** How the section reads and changes the privacy settings (the settings store, narrowed). */
export interface PrivacySettingsHost {
  current(): PrivacySettings;
  update(change: (privacy: PrivacySettings) => void): Promise<void>;
}

/** One entry per line; commas also separate entries, so "Maria, Dmitri" is two. */
export function watchListEntries(text: string): string[] {
  return text.split(/[\n,;]/).map((entry) => entry.trim()).filter((entry) => entry !== '');
}

function countText(privacy: PrivacySettings): string {
  const n = privacy.watchList?.hashes.length ?? 0;
  return n === 0 ? 'The watch list is empty.' : `The watch list has ${n} ${n === 1 ? 'entry' : 'entries'}, stored as hashes.`;
}

/** Adds the section to the settings tab. `redraw` redraws the whole tab (after the list changes). */
export function renderPrivacySettings(el: HTMLElement, host: PrivacySettingsHost, redraw: () => void): void {
  new Setting(el).setName('Privacy').setHeading().setDesc(
    'Glimmers never sends anything over a network. These warnings help you keep client identifiers out of your notes; '
    + 'they are an aid, not a guarantee. Other plugins, sync services and backups can read your vault.',
  );

  new Setting(el)
    .setName('Warn about identifiers while writing')
    .setDesc('Under each box of the form, list details that may identify someone: phone numbers, emails, dates with a day and month, '
      + 'ages over 89, addresses, record numbers, words from your watch list. Saving is never blocked.')
    .addToggle((toggle) => toggle.setValue(host.current().warnWhileWriting).onChange(async (value) => {
      await host.update((p) => { p.warnWhileWriting = value; });
    }));

  new Setting(el)
    .setName('Also flag capitalised words that may be names')
    .setDesc('Catches some names, but also places, books and other proper nouns. The watch list is more reliable.')
    .addToggle((toggle) => toggle.setValue(host.current().nameGuess).onChange(async (value) => {
      await host.update((p) => { p.nameGuess = value; });
    }));

  const list = new Setting(el).setName('Watch list');
  const desc = list.descEl;
  desc.createDiv({
    text: 'Names or words to flag, such as current clients\' first names: one per line. When you add them they are stored only '
      + 'as salted hashes and this box empties, so the list cannot be read in Glimmers\' settings file, a synced copy or a '
      + 'screenshot. Someone who has that file could still test guesses, such as a list of common names, against the hashes.',
  });
  const count = desc.createDiv({ cls: 'glimmers-privacy-count', text: countText(host.current()) });
  let area: HTMLTextAreaElement | null = null;
  list.addTextArea((text) => {
    area = text.inputEl;
    text.inputEl.addClass('glimmers-watch-list');
    text.inputEl.rows = 4;
    text.inputEl.setAttr('autocomplete', 'off');
    text.inputEl.setAttr('spellcheck', 'false');
    text.setPlaceholder('One name or word per line');
  });
  list.addButton((button) => button.setButtonText('Add to watch list').setCta().onClick(async () => {
    if (area === null) return;
    const words = watchListEntries(area.value);
    // Empty the box first: the words must not outlive this click.
    area.value = '';
    if (words.length === 0) return;
    await host.update((p) => {
      p.watchList = p.watchList === null ? createWatchList(words) : addToWatchList(p.watchList, words);
    });
    count.setText(countText(host.current()));
  }));

  let confirming = false;
  new Setting(el)
    .setName('Clear the watch list')
    .setDesc('Removes every entry. The list cannot be shown, so to change it, clear it and add the words again.')
    .addButton((button) => button.setButtonText('Clear').setWarning().onClick(async () => {
      if (!confirming) {
        confirming = true;
        button.setButtonText('Click again to clear');
        return;
      }
      await host.update((p) => { p.watchList = null; });
      redraw();
    }));
}
