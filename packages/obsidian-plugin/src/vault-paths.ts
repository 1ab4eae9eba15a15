/**
 * Vault paths in one place, at the bottom of the plugin: the folder path Obsidian uses for a
 * folder typed in settings, and the path of a note in it. Imported by the writer and the template
 * list alike, so neither reaches into the other for a helper.
 */
import { normalizePath } from 'obsidian';

/** The folder path Obsidian uses for a user-typed folder; `''` for the vault root. */
export function folderPath(folder: string): string {
  const trimmed = folder.trim();
  if (trimmed === '' || trimmed === '/') return '';
  const normal = normalizePath(trimmed);
  return normal === '/' ? '' : normal;
}

/** The vault path of the note `<name>.md` in a folder given by {@link folderPath} (`''` for the root). */
export function notePath(folder: string, name: string): string {
  return normalizePath(folder === '' ? `${name}.md` : `${folder}/${name}.md`);
}
