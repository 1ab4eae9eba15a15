/**
 * The privacy guard in the plugin: identifier warnings under the form's text boxes, the command
 * "Check glimmers for identifiers", and the settings section. Registered from `main.ts` with the
 * few things it needs, never the plugin itself.
 */
import type { App, Command } from 'obsidian';
import type { FieldHook } from '../ui/text-field.ts';
import { IdentifierCheckModal } from './check-modal.ts';
import { createFieldWarningsHook } from './field-warnings.ts';
import { createScanOptionsSource } from './scan-options.ts';
import type { PrivacySettings } from '@glimmers/core';

export { renderPrivacySettings, type PrivacySettingsHost } from './settings-section.ts';

/** The command id (Obsidian prefixes it with the plugin id). Stable: people bind hotkeys to it. */
export const CHECK_IDENTIFIERS_COMMAND_ID = 'check-identifiers';

/** What the privacy guard needs from the plugin. */
export interface PrivacyGuardHost {
  app: App;
  addCommand(command: Command): unknown;
  registerFieldHook(hook: FieldHook): void;
  getSettings(): PrivacySettings;
}

/** Attaches the warnings to the forms and adds the check command. */
export function registerPrivacyGuard(host: PrivacyGuardHost): void {
  const scanOptions = createScanOptionsSource(() => host.getSettings());
  host.registerFieldHook(createFieldWarningsHook({ scanOptions: () => (host.getSettings().warnWhileWriting ? scanOptions() : null) }));
  host.addCommand({
    id: CHECK_IDENTIFIERS_COMMAND_ID,
    name: 'Check glimmers for identifiers',
    callback: () => new IdentifierCheckModal(host.app, scanOptions()).open(),
  });
}
