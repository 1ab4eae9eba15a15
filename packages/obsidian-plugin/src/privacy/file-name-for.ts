/**
 * The file name of a new glimmer in the plugin: core's rule (`newGlimmerFileName`: no words of the
 * note; a typed title only when "Titles in file names" is on and the identifier check finds nothing
 * in it), with the plugin's scan options, so capture only passes what it has.
 */
import { newGlimmerFileName, type GlimmersSettings, type NewFileName, type ScanOptions } from '@glimmers/core';

/** Where the check's options come from (the privacy guard's scan options, with the name finder). */
export interface FileNamePrivacy {
  scanOptions(): ScanOptions;
}

/** The name (without `.md`) for a new glimmer, and a message when a title was kept out of it. */
export function fileNameFor(settings: GlimmersSettings, privacy: FileNamePrivacy | undefined, parts: { now: Date; title: string; id: string }): NewFileName {
  return newGlimmerFileName(settings.fileNamePattern, {
    now: parts.now,
    id: parts.id,
    title: parts.title,
    useTitle: settings.privacy.titleInFileName,
    scan: privacy?.scanOptions() ?? {},
  });
}
