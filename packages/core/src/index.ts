/**
 * `@glimmers/core`: the glimmer format v1. Pure TypeScript (no Node, no DOM, no Obsidian), for the
 * Obsidian plugin on desktop and phone, the dashboard and the command-line tool.
 */
export type { Glimmer, GlimmerSection, Issue, Moment, ParseResult, Severity } from './format/types.ts';
export type { AttemptedEntry, BucketSums, DayBucket, IndexAggregates, IndexEntry, IndexQuery, Mean, MonthBucket, WeekBucket } from './index/index-query.ts';
export { couldBeGlimmer, parseGlimmer, startsLikeGlimmer, type ParseOptions } from './format/parse.ts';
export { validateFrontmatter, type ValidateOptions, type ValidationResult } from './format/validate.ts';
export { serializeGlimmer } from './format/serialize.ts';
// Sections by heading (onehome, #15): one folding rule, comments removed one way.
export { foldHeading, rememberText, REMEMBER_HEADING, removeComments, sectionText } from './format/sections.ts';
export { editFrontmatter, type EditResult } from './edit/edit-frontmatter.ts';
export { splitFrontmatter, type FrontmatterSplit } from './frontmatter/split-frontmatter.ts';
export { DEFAULT_THEMES, DEFAULT_THEME_IDS, MOMENTS, STANDARD_SECTIONS, type MomentDefinition, type ThemeDefinition } from './format/vocabulary.ts';
export { ISSUE_CODES, type IssueCode } from './format/issue-codes.ts';
export { MAX_FILE_BYTES, MAX_FRONTMATTER_BYTES, MAX_ALIAS_COUNT } from './frontmatter/yaml-options.ts';
export { GlimmerIndex } from './index/glimmer-index.ts';
// The one calendar (onehome, #15): integer days, ISO weeks, any week start, months; `created`.
export {
  addDays, addMonths, dayFromNumber, dayNumber, daysInMonth, FIRST_YEAR, isLeapYear, isoWeek, isoWeekStart, isValidDay, LAST_YEAR, startOfWeek, weekdayOf,
} from './calendar/calendar.ts';
export { glimmerDay, isValidCreated, localCreated, localDate } from './calendar/created.ts';
export {
  parseTemplate, renderTemplate, TEMPLATE_PLACEHOLDERS, TEMPLATE_SLOTS,
  type GlimmerTemplate, type RenderedTemplate, type TemplatePrompt, type TemplateSlot, type TemplateValues,
} from './template/template.ts';
export { composeGlimmerNote, templateDefaults, type ComposedNote, type GlimmerNoteInput, type TemplateDefaults } from './template/template-note.ts';
export { BUILT_IN_TEMPLATES, type BuiltInTemplate } from './template/template-builtins.ts';
export * from './privacy/index.ts';
export {
  DEFAULT_FILE_NAME_PATTERN, FALLBACK_SLUG, FILE_NAME_TOKENS, glimmerFileName, randomId, slugify,
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
// the date rule it reads with (used by the CLI's export rows too); sections are read by format/sections.ts.
export { DIGEST_PARTS, chooseRememberLines, supervisionDigest, type DigestGlimmer, type DigestOptions, type DigestResult } from './digest/supervision-digest.ts';
export { digestFilter, glimmerReviewed, leftOutSentence, type DigestFilter, type DigestPrivacy, type LeftOut } from './digest/digest-privacy.ts';
export { DIGEST_PERIODS, digestPeriod, type DigestPeriodChoice } from './digest/digest-periods.ts';
export { coarsenDay, type DatePrecision } from './calendar/coarsen-day.ts';
export { TITLE_LEFT_OUT_MESSAGE, newGlimmerFileName, titleForFileName, type NewFileName, type NewFileNameParts } from './naming/title-in-name.ts';
// The practice (issue #10): body map regions and sensations, scale words, default word lists,
// grounding suggestions, and the reflection form's settings.
export { BODY_REGIONS, bodyRegion, type BodyRegion, type BodyRegionId } from './body/regions.ts';
export { bodyRegionsOf } from './body/body-regions-of.ts';
// The body map's figures per region, light beside weight (dashboard, issue #13).
export { BodyFiguresMemo, bodyMapFigures, type BodyFiguresOptions, type ChangingDaySource, type BodyMapFigures, type BodyRegionFigures } from './body/body-figures.ts';
export { composeBodyEntry, DEFAULT_SENSATIONS, sensationChoices, splitBodyEntry, type BodyMapEntry } from './body/sensations.ts';
export { INTENSITY_SCALE, WEIGHT_SCALE, scaleText, scaleWord, type ScaleDefinition } from './practice/scale-words.ts';
export { DEFAULT_BODY_WORDS, DEFAULT_FEELINGS, DEFAULT_GROUNDING } from './practice/default-words.ts';
export { suggestGrounding, type GroundingHistoryItem, type GroundingSuggestionInput } from './practice/grounding-order.ts';
export { defaultPracticeSettings, migratePracticeSettings, type PracticeSettings } from './settings/practice-settings.ts';
export { DRAFT_NOTE_TYPE, draftNoteText, readDraftNote, type DraftNote, type GlimmerDraft } from './draft/draft-note.ts';
// The care loop (care): choosing glimmers worth rereading, and "On this day".
export { hasRevisitCandidates, lastRevisitDay, REVISIT_QUIET_DAYS, revisitOrder, revisitTier, revisitWindow, type RevisitOptions, type RevisitWindow } from './revisit/revisit-order.ts';
export { revisitSourceOf, type DayRange, type RevisitSource } from './revisit/revisit-source.ts';
export { REVISIT_SECTIONS, revisitText, type RevisitText } from './revisit/revisit-text.ts';
export { chooseRevisit, nextRevisit, revisitCandidates, type NextRevisitOptions, type RevisitCandidate, type RevisitChoice } from './revisit/revisit.ts';
export { agoInWords, onThisDay, onThisDayEntries, type OnThisDayChoice, type OnThisDayEntry } from './revisit/on-this-day.ts';
// The care loop (care): review notes, and the words they are written in.
export { monthPeriod, reviewPeriodOf, weekPeriod, type ReviewPeriod } from './review/review-period.ts';
export { composeReview, REVIEW_TYPE, reviewFigures, reviewSummary, reviewTitle, type ComposedReview, type ReviewFigures, type ReviewOptions } from './review/review-note.ts';
export { MAX_REVIEW_NAMES, reviewBaseName, reviewFileName } from './review/review-name.ts';
export { noteLink } from './review/review-links.ts';
export { dayInWords, dayRangeInWords, longDate, monthLabel, monthName, monthShort, shortDate, weekdayName, weekdayShort } from './words/date-words.ts';
export { idAsWords, momentLabel, themeLabel } from './words/labels.ts';
export { cleanNudgeTime, DEFAULT_NUDGE_TIME, defaultCareSettings, migrateCareSettings, nudgeMinutes, type CareSettings } from './settings/care-settings.ts';
// The summary in words (dashboard engineer): the sentences the dashboard shows and `glimmer stats` prints.
export {
  dayCount, glimmerCount, oneDecimal, SUMMARY_RULES, summarizeHistory,
  type HelpedSummary, type HistorySummary, type PeriodSummary, type StretchSummary, type SummaryOptions,
} from './summary/index.ts';
// Plain-data equality, for "did this change?" (the plugin's index, the dashboard's redraws).
export { deepEqual } from './edit/deep-equal.ts';
// Hostile notes (#17): control characters shown as visible escapes (terminal output, excerpts).
export { escapeControls } from './format/excerpt.ts';
