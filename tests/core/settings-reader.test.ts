// The one reader of the plugin's data.json text, used by the plugin and the command line alike.
import { describe, expect, it } from 'vitest';
import { createWatchList, defaultSettings, readSettingsText } from '@glimmers/core';

describe('readSettingsText', () => {
  it('gives the defaults quietly when there is no file yet', () => {
    expect(readSettingsText(null)).toEqual({ settings: defaultSettings() });
  });

  it('reads the settings it understands', () => {
    const { settings, warning } = readSettingsText(JSON.stringify({ glimmerFolder: 'Work/Glimmers', weekStart: 'sunday' }));
    expect(warning).toBeUndefined();
    expect(settings.glimmerFolder).toBe('Work/Glimmers');
    expect(settings.weekStart).toBe('sunday');
  });

  it('ignores a glimmer folder Obsidian would hide, as the settings tab does', () => {
    expect(readSettingsText(JSON.stringify({ glimmerFolder: '.hidden' })).settings.glimmerFolder).toBe('Glimmers');
  });

  it('turns a truncated file into the defaults and one warning, never into watch-list entries', () => {
    const list = createWatchList(['client hope']);
    const whole = JSON.stringify({ privacy: { warnWhileWriting: true, nameGuess: false, watchList: list } }, null, 2);
    const truncated = whole.slice(0, Math.floor(whole.length * 0.7));
    const { settings, warning } = readSettingsText(truncated);
    expect(settings).toEqual(defaultSettings());
    expect(settings.privacy.watchList).toBeNull();
    expect(warning).toMatch(/not valid JSON; using the default settings/);
    expect(warning).not.toContain(list.salt);
  });

  it('warns when the file holds JSON that is not settings', () => {
    for (const text of ['[]', '"x"', '42', 'null']) {
      const { settings, warning } = readSettingsText(text);
      expect(settings).toEqual(defaultSettings());
      expect(warning).toMatch(/does not hold settings/);
    }
  });
});
