/**
 * What past glimmers chose for grounding, read from Obsidian's metadata cache (already parsed, so
 * no note is read from disk), for the closing card's "Before you go" order.
 */
import { validateFrontmatter, type GroundingHistoryItem } from '@glimmers/core';
import type { App } from 'obsidian';

/** The day, weight and grounding of every glimmer the cache knows, in no particular order. */
export function* groundingHistoryFromCache(app: App): Generator<GroundingHistoryItem> {
  for (const file of app.vault.getMarkdownFiles()) {
    const frontmatter: unknown = app.metadataCache.getFileCache(file)?.frontmatter;
    // Most notes are not glimmers: a look at `type` spares them the format's checks.
    if (typeof frontmatter !== 'object' || frontmatter === null || (frontmatter as Record<string, unknown>)['type'] !== 'glimmer') continue;
    const glimmer = validateFrontmatter(frontmatter).glimmer;
    if (glimmer === null || glimmer.grounding.length === 0) continue;
    yield { day: glimmer.day, ...(glimmer.weight !== undefined ? { weight: glimmer.weight } : {}), grounding: glimmer.grounding };
  }
}
