/**
 * Labels for the ids a note stores (themes, moments), in one place for the dashboard, the review
 * notes and the command line.
 */
import { DEFAULT_THEMES, MOMENTS } from '../format/vocabulary.ts';

/** The label of a theme id: the caller's (the person's settings), the core vocabulary's, or the id itself. */
export function themeLabel(id: string, labels?: Readonly<Record<string, string>>): string {
  const own = labels && Object.prototype.hasOwnProperty.call(labels, id) ? labels[id] : undefined;
  if (typeof own === 'string' && own.trim() !== '') return own;
  return DEFAULT_THEMES.find((t) => t.id === id)?.label ?? id;
}

/** The label of a moment id, or the id itself. */
export function momentLabel(id: string): string {
  return MOMENTS.find((m) => m.id === id)?.label ?? id;
}
