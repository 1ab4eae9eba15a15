/**
 * What the dashboard's index reads from Obsidian's cache of a note besides its frontmatter.
 */
import type { CachedMetadata } from 'obsidian';

/** A note whose cache shows a frontmatter block but no parsed frontmatter: Obsidian could not read its YAML. */
export function hasUnreadFrontmatter(cache: CachedMetadata): boolean {
  if (cache.frontmatter !== undefined && cache.frontmatter !== null) return false;
  return cache.frontmatterPosition !== undefined || (cache.sections ?? []).some((s) => s.type === 'yaml');
}

/** The first `# Title` of the note, from the cache (what `parseGlimmer` would call its title). */
export function cachedTitle(cache: CachedMetadata): string | undefined {
  const heading = cache.headings?.find((h) => h.level === 1)?.heading.trim();
  return heading !== undefined && heading !== '' ? heading : undefined;
}
