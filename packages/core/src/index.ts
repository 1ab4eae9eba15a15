/**
 * `@glimmers/core`: the glimmer format v1. Pure TypeScript (no Node, no DOM, no Obsidian), for the
 * Obsidian plugin on desktop and phone, the dashboard and the command-line tool.
 */
export type { Glimmer, GlimmerSection, Issue, Moment, ParseResult, Severity } from './format/types.ts';
export type { AttemptedEntry, BucketSums, DayBucket, IndexAggregates, IndexEntry, IndexQuery, Mean, MonthBucket, WeekBucket } from './index/index-query.ts';
export { couldBeGlimmer, parseGlimmer, type ParseOptions } from './format/parse.ts';
export { validateFrontmatter, type ValidateOptions, type ValidationResult } from './format/validate.ts';
export { serializeGlimmer } from './format/serialize.ts';
export { editFrontmatter, type EditResult } from './edit/edit-frontmatter.ts';
export { splitFrontmatter, type FrontmatterSplit } from './frontmatter/split-frontmatter.ts';
export { glimmerDay, isValidCreated, isValidDay, isoWeek, isoWeekStart } from './calendar/dates.ts';
export { DEFAULT_THEMES, DEFAULT_THEME_IDS, MOMENTS, STANDARD_SECTIONS, type MomentDefinition, type ThemeDefinition } from './format/vocabulary.ts';
export { ISSUE_CODES, type IssueCode } from './format/issue-codes.ts';
export { MAX_FILE_BYTES, MAX_FRONTMATTER_BYTES, MAX_ALIAS_COUNT } from './frontmatter/yaml-options.ts';
export { GlimmerIndex } from './index/glimmer-index.ts';
export { addDays, addMonths, dayFromNumber, dayNumber, daysInMonth, startOfWeek, weekdayOf } from './calendar/calendar.ts';
export {
  parseTemplate, renderTemplate, TEMPLATE_PLACEHOLDERS, TEMPLATE_SLOTS,
  type GlimmerTemplate, type RenderedTemplate, type TemplatePrompt, type TemplateSlot, type TemplateValues,
} from './template/template.ts';
export { composeGlimmerNote, templateDefaults, type ComposedNote, type GlimmerNoteInput, type TemplateDefaults } from './template/template-note.ts';
export { BUILT_IN_TEMPLATES, type BuiltInTemplate } from './template/template-builtins.ts';
export * from './privacy/index.ts';
export {
  DEFAULT_FILE_NAME_PATTERN, FALLBACK_SLUG, FILE_NAME_TOKENS, glimmerFileName, localCreated, localDate, randomId, slugify,
  type FileNameParts,
} from './naming/file-name.ts';
export {
  BUILT_IN_PREFIX, cleanFolder, cleanWords, cloneSettings, defaultSettings, MAX_WORD_LENGTH, migrateSettings, SETTINGS_VERSION, settingsForSave,
  themeIdFromLabel, weekStartDay, type GlimmersSettings, type ThemeSetting, type WeekStart,
} from './settings/settings.ts';
export { defaultPrivacySettings, migratePrivacySettings, privacyCategoriesFor, type PrivacySettings } from './settings/privacy-settings.ts';
export { readSettingsText, type SettingsReadResult } from './settings/read-settings.ts';
// Hostile notes (#17): what a typed key=value means, exactly as typed unless a documented form.
export { readTypedValue, type TypedValue } from './edit/typed-value.ts';
// Privacy (the privacy engineer): the supervision digest, shared by `glimmer export` and the plugin;
// the section and date rules it reads with (used by the CLI's export rows too).
export { DIGEST_PARTS, chooseRememberLines, supervisionDigest, type DigestGlimmer, type DigestOptions, type DigestResult } from './digest/supervision-digest.ts';
export { glimmerReviewed, leftOutSentence, type DigestPrivacy, type LeftOut } from './digest/digest-privacy.ts';
export { DIGEST_PERIODS, digestPeriod, type DigestPeriodChoice } from './digest/digest-periods.ts';
export { sectionText } from './format/section-text.ts';
export { coarsenDay, type DatePrecision } from './calendar/coarsen-day.ts';
export { TITLE_LEFT_OUT_MESSAGE, newGlimmerFileName, titleForFileName, type NewFileName, type NewFileNameParts } from './naming/title-in-name.ts';
// The summary in words (dashboard engineer): the sentences the dashboard shows and `glimmer stats` prints.
export {
  dayCount, glimmerCount, oneDecimal, SUMMARY_RULES, summarizeHistory,
  type HelpedSummary, type HistorySummary, type PeriodSummary, type StretchSummary, type SummaryOptions,
} from './summary/index.ts';
// Plain-data equality, for "did this change?" (the plugin's index, the dashboard's redraws).
export { deepEqual } from './edit/deep-equal.ts';
