/**
 * The privacy guard in the plugin: identifier warnings under the form's text boxes, the commands
 * "Check for identifiers" and "Export supervision digest", and the settings section.
 * Registered from `main.ts` with the few things it needs, never the plugin itself. The name check's
 * language library is loaded when a form opens or a command runs, never at start-up.
 */
import type { GlimmersSettings, PrivacySettings } from '@glimmers/core';
import type { App, Command } from 'obsidian';
import type { FieldHook } from '../field-hooks.ts';
import { IdentifierCheckModal } from './check-modal.ts';
import { writeDigest } from './digest-export.ts';
import { DigestModal } from './digest-modal.ts';
import { createFieldWarningsHook } from './field-warnings.ts';
import type { FileNamePrivacy } from './file-name-for.ts';
import { createNameFinderLoader, createScanOptionsSource } from './scan-options.ts';

export { renderPrivacySettings, type PrivacySettingsHost } from './settings-section.ts';

/** The command ids (Obsidian prefixes them with the plugin id). Stable: people bind hotkeys to them. */
export const CHECK_IDENTIFIERS_COMMAND_ID = 'check-identifiers';
export const EXPORT_DIGEST_COMMAND_ID = 'export-supervision-digest';

/** What the privacy guard needs from the plugin. */
export interface PrivacyGuardHost {
  app: App;
  addCommand(command: Command): unknown;
  registerFieldHook(hook: FieldHook): void;
  getSettings(): PrivacySettings;
  getAllSettings(): GlimmersSettings;
  updatePrivacy(change: (privacy: PrivacySettings) => void): Promise<void>;
  now(): Date;
}

/** Attaches the warnings to the forms and adds the commands; returns the check that file names use. */
export function registerPrivacyGuard(host: PrivacyGuardHost): FileNamePrivacy {
  const names = createNameFinderLoader();
  const scanOptions = createScanOptionsSource(() => host.getSettings(), names);
  host.registerFieldHook(createFieldWarningsHook({
    scanOptions: () => (host.getSettings().warnWhileWriting ? scanOptions() : null),
    ready: () => names.ready(),
  }));
  host.addCommand({
    id: CHECK_IDENTIFIERS_COMMAND_ID,
    name: 'Check for identifiers',
    callback: () => new IdentifierCheckModal(host.app, async () => {
      await names.ready();
      return scanOptions();
    }).open(),
  });
  host.addCommand({
    id: EXPORT_DIGEST_COMMAND_ID,
    name: 'Export supervision digest',
    callback: () => {
      void names.ready();
      new DigestModal(host.app, {
        initial: { period: 'last-4-weeks', precision: 'week', folder: host.getSettings().digestFolder, remember: 5, includeFlagged: false },
        write: async (choices) => {
          await names.ready();
          const themeLabels = Object.fromEntries(host.getAllSettings().themes.map((t) => [t.id, t.label]));
          return writeDigest(host.app, choices, { scan: scanOptions(), now: host.now(), themeLabels });
        },
        rememberFolder: (folder) => host.updatePrivacy((p) => { p.digestFolder = folder; }),
      }).open();
    },
  });
  return { scanOptions };
}
