/**
 * The default words of the glimmer format v1: theme ids, moments and section headings.
 * Ids are what the notes store; labels and descriptions are what people read.
 */

/** One theme of the default vocabulary. */
export interface ThemeDefinition {
  /** The id written in a note's `themes` list, e.g. `client-hope`. */
  readonly id: string;
  /** A short label for buttons and charts. */
  readonly label: string;
  /** One sentence saying what the theme is about. */
  readonly description: string;
}

/**
 * The default theme vocabulary, in display order. Themes 2-8 follow the themes of the
 * Vicarious Resilience Scale (Killian et al. 2017), in our own words; `client-growth` is the
 * step forward itself. Unknown ids in a note are kept and warned about, never dropped.
 */
export const DEFAULT_THEMES: readonly ThemeDefinition[] = Object.freeze([
  { id: 'client-growth', label: "A client's step forward", description: 'You saw a client grow, heal or take a step, however small.' },
  { id: 'client-hope', label: 'Hope sparked by a client', description: "A client's courage or healing gave you hope." },
  { id: 'perspective', label: 'Perspective on what matters', description: 'The work put your own worries and priorities in a new light.' },
  { id: 'meaning', label: 'Meaning, faith and spirit', description: 'You felt a sense of meaning, faith or something larger than yourself.' },
  { id: 'resourcefulness', label: 'Creative resourcefulness', description: 'You found or witnessed a creative way through a hard situation.' },
  { id: 'self-care', label: 'Self-awareness and self-care', description: 'You noticed your own needs and looked after them.' },
  { id: 'context', label: 'Power, privilege and context', description: 'You saw how power, privilege and circumstance shape lives, yours included.' },
  { id: 'presence', label: 'Staying present with hard stories', description: 'You stayed with a painful story and were still there at the end.' },
].map((t) => Object.freeze(t)));

/** The ids of {@link DEFAULT_THEMES}, in order. */
export const DEFAULT_THEME_IDS: readonly string[] = Object.freeze(DEFAULT_THEMES.map((t) => t.id));

/** One of the four moments at which a glimmer may be written. */
export interface MomentDefinition {
  readonly id: 'after-session' | 'end-of-day' | 'supervision' | 'other';
  readonly label: string;
}

/** The four moments, in display order. Any other `moment` value is kept and warned about. */
export const MOMENTS: readonly MomentDefinition[] = Object.freeze([
  Object.freeze({ id: 'after-session', label: 'After a session' } as const),
  Object.freeze({ id: 'end-of-day', label: 'End of day' } as const),
  Object.freeze({ id: 'supervision', label: 'Supervision' } as const),
  Object.freeze({ id: 'other', label: 'Other' } as const),
]);

/** The standard `##` section headings of a glimmer's body, in template order. */
export const STANDARD_SECTIONS: readonly string[] = Object.freeze([
  'What I witnessed',
  'How it felt in my body',
  'What I want to remember',
  "What I'm carrying",
  'Getting back to basics',
]);
