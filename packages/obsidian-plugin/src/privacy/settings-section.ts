/**
 * The "Privacy" part of the settings tab: warnings on or off, the name guess, and the watch list.
 * The watch list box is never bound to the settings: its words are hashed when added and the box
 * is emptied, so the words exist only while being typed.
 */
import { addToWatchList, createWatchList, removeFromWatchList, watchListEntries, type PrivacySettings } from '@glimmers/core';
import { Setting } from 'obsidian';

/** How the section reads and changes the privacy settings (the settings store, narrowed). */
export interface PrivacySettingsHost {
  current(): PrivacySettings;
  update(change: (privacy: PrivacySettings) => void): Promise<void>;
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
    .setDesc('Under each box of the form, list details that may identify someone: people\'s names, phone numbers, emails, dates with a day '
      + 'and month, ages over 89, addresses, record numbers, words from your watch list. Saving is never blocked.')
    .addToggle((toggle) => toggle.setValue(host.current().warnWhileWriting).onChange(async (value) => {
      await host.update((p) => { p.warnWhileWriting = value; });
    }));

  new Setting(el)
    .setName("Look for people's names")
    .setDesc('Finds likely names (in any position, of many languages) with a language library that runs on this device only. '
      + 'It misses some names and flags some other words; the watch list is the sure way for the names that matter to you.')
    .addToggle((toggle) => toggle.setValue(host.current().personNames).onChange(async (value) => {
      await host.update((p) => { p.personNames = value; });
    }));

  new Setting(el)
    .setName('Put typed titles in file names')
    .setDesc('File names show in search, tabs, sync logs and screen shares, so by default they hold only the date, the time and a code. '
      + 'When this is on, a title you type goes into the name too, unless it may identify someone.')
    .addToggle((toggle) => toggle.setValue(host.current().titleInFileName).onChange(async (value) => {
      await host.update((p) => { p.titleInFileName = value; });
    }));

  new Setting(el)
    .setName('Also flag other capitalised words that may be names')
    .setDesc('Catches more names, but also places, books and other proper nouns.')
    .addToggle((toggle) => toggle.setValue(host.current().nameGuess).onChange(async (value) => {
      await host.update((p) => { p.nameGuess = value; });
    }));

  const list = new Setting(el).setName('Watch list');
  const desc = list.descEl;
  desc.createDiv({
    text: 'Names or words to flag, such as current clients\' first names: one per line or separated by commas. When you add them they are stored only '
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
  list.addButton((button) => button.setButtonText('Remove from watch list').onClick(async () => {
    if (area === null) return;
    const words = watchListEntries(area.value);
    area.value = '';
    const stored = host.current().watchList;
    if (words.length === 0 || stored === null) return;
    let removed = 0;
    await host.update((p) => {
      if (p.watchList === null) return;
      const result = removeFromWatchList(p.watchList, words);
      removed = result.removed;
      p.watchList = result.list.hashes.length === 0 ? null : result.list;
    });
    const notOn = words.length - removed;
    count.setText(`${countText(host.current())} ${removed === 0 ? 'Nothing typed was on the list.' : `Removed ${removed} ${removed === 1 ? 'entry' : 'entries'}.`}${removed > 0 && notOn > 0 ? ` ${notOn} typed ${notOn === 1 ? 'was' : 'were'} not on it.` : ''}`);
  }));

  let confirming = false;
  new Setting(el)
    .setName('Clear the watch list')
    .setDesc('Removes every entry. The list cannot be shown; to remove one entry, type it in the box above and use the remove button.')
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
