/**
 * Labels for the ids a note stores (themes, moments), in one place for the dashboard, the review
 * notes and the command line. An id without a label reads as words, never as a bare slug.
 */
import { DEFAULT_THEMES, MOMENTS } from '../format/vocabulary.ts';

/**
 * An id written as a slug (`my-own_theme`) as words ("My own theme"): dashes and underscores
 * become spaces and the first letter a capital. Anything else is already words and stays as written.
 */
export function idAsWords(id: string): string {
  if (!/^[\p{L}\p{N}]+(?:[-_]+[\p{L}\p{N}]+)*$/u.test(id)) return id;
  const words = id.replace(/[-_]+/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The label of a theme id: the caller's (the person's settings), the core vocabulary's, or else the
 * id as words (`my-own-theme` reads "My own theme").
 */
export function themeLabel(id: string, labels?: Readonly<Record<string, string>>): string {
  const own = labels && Object.prototype.hasOwnProperty.call(labels, id) ? labels[id] : undefined;
  if (typeof own === 'string' && own.trim() !== '') return own;
  return DEFAULT_THEMES.find((t) => t.id === id)?.label ?? idAsWords(id);
}

/** The label of a moment id, or the id as words. */
export function momentLabel(id: string): string {
  return MOMENTS.find((m) => m.id === id)?.label ?? idAsWords(id);
}
