/**
 * The shared vocabulary of `@glimmers/core`: what a glimmer is once read, and how problems are reported.
 * Every other package (dashboard, plugin, CLI) speaks in these types.
 */

/** How serious a finding is: an `error` means the note is not counted as a glimmer; a `warning` is advice. */
export type Severity = 'error' | 'warning';

/**
 * One problem found in a note. `code` is stable (listed in `docs/format.md`);
 * `message` is plain words for people; `line` and `column` are 1-based positions in the file when known.
 */
export interface Issue {
  severity: Severity;
  code: string;
  message: string;
  field?: string;
  line?: number;
  column?: number;
}

/** The four moments at which a glimmer may be written. Other values are kept and warned about. */
export type Moment = 'after-session' | 'end-of-day' | 'supervision' | 'other';

/** One `##` section of a glimmer's body: its heading as written and the Markdown under it (trimmed). */
export interface GlimmerSection {
  heading: string;
  text: string;
}

/**
 * A valid glimmer, as read from its frontmatter (and, when the whole file was parsed, its body).
 * Optional fields are absent (not `undefined`-valued) when the note does not have them.
 */
export interface Glimmer {
  /** `created` exactly as written (`YYYY-MM-DD`, optionally with a time and offset). */
  created: string;
  /** The calendar day: the first ten characters of `created`, never converted between time zones. */
  day: string;
  moment?: string;
  themes: string[];
  intensity?: number;
  weight?: number;
  body: string[];
  feelings: string[];
  grounding: string[];
  /** Every other frontmatter key (including `tags`), untouched, in the order written. */
  extra: Record<string, unknown>;
  /** The `# Title` of the body, when the whole file was parsed and it has one. */
  title?: string;
  /** The `##` sections of the body, in order, when the whole file was parsed. */
  sections: GlimmerSection[];
}

/** What `parseGlimmer` returns for any string. */
export interface ParseResult {
  /** The glimmer, or `null` for a plain note, an attempted glimmer with an error, or unreadable input. */
  glimmer: Glimmer | null;
  /** The parsed frontmatter mapping, or `null` when there is none or it could not be parsed. */
  frontmatter: Record<string, unknown> | null;
  /** `true` when the note means to be a glimmer (`type: glimmer`), even if it has errors. */
  attempted: boolean;
  /** The Markdown after the frontmatter. */
  body: string;
  /** The body's `##` sections, in order. */
  sections: GlimmerSection[];
  issues: Issue[];
}
