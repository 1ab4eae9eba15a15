/**
 * `@glimmers/core`: the glimmer format v1. Pure TypeScript (no Node, no DOM, no Obsidian), for the
 * Obsidian plugin on desktop and phone, the dashboard and the command-line tool.
 */
export type { Glimmer, GlimmerSection, Issue, Moment, ParseResult, Severity } from './types.ts';
export type { AttemptedEntry, DayBucket, IndexAggregates, IndexEntry, IndexQuery, Mean, WeekBucket } from './index-query.ts';
export { couldBeGlimmer, parseGlimmer, type ParseOptions } from './parse.ts';
export { validateFrontmatter, type ValidateOptions, type ValidationResult } from './validate.ts';
export { serializeGlimmer } from './serialize.ts';
export { editFrontmatter, type EditResult } from './edit-frontmatter.ts';
export { splitFrontmatter, type FrontmatterSplit } from './split-frontmatter.ts';
export { glimmerDay, isValidCreated, isValidDay, isoWeek, isoWeekStart } from './dates.ts';
export { DEFAULT_THEMES, DEFAULT_THEME_IDS, MOMENTS, STANDARD_SECTIONS, type MomentDefinition, type ThemeDefinition } from './vocabulary.ts';
export { ISSUE_CODES, type IssueCode } from './issue-codes.ts';
export { MAX_FILE_BYTES, MAX_FRONTMATTER_BYTES, MAX_ALIAS_COUNT } from './yaml-options.ts';
export { GlimmerIndex } from './glimmer-index.ts';
export { addDays, addMonths, dayFromNumber, dayNumber, daysInMonth, startOfWeek, weekdayOf } from './calendar.ts';
export {
  parseTemplate, renderTemplate, TEMPLATE_PLACEHOLDERS, TEMPLATE_SLOTS,
  type GlimmerTemplate, type RenderedTemplate, type TemplatePrompt, type TemplateSlot, type TemplateValues,
} from './template.ts';
export { composeGlimmerNote, templateDefaults, type ComposedNote, type GlimmerNoteInput, type TemplateDefaults } from './template-note.ts';
export { BUILT_IN_TEMPLATES, type BuiltInTemplate } from './template-builtins.ts';
export * from './privacy/index.ts';
export {
  DEFAULT_FILE_NAME_PATTERN, FALLBACK_SLUG, FILE_NAME_TOKENS, glimmerFileName, localCreated, localDate, randomId, slugify,
  type FileNameParts,
} from './file-name.ts';
