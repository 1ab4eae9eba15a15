/**
 * Pins the public exports of `@glimmers/core`. Adding an export is a deliberate act: add its name
 * here in the same commit. Removing or renaming one breaks the plugin, dashboard or CLI.
 */
import { describe, expect, it } from 'vitest';

const EXPORTS = [
  'BUILT_IN_TEMPLATES',
  'DEFAULT_FILE_NAME_PATTERN',
  'DEFAULT_PRIVACY_CATEGORIES',
  'DEFAULT_THEMES',
  'DEFAULT_THEME_IDS',
  'FALLBACK_SLUG',
  'FILE_NAME_TOKENS',
  'GlimmerIndex',
  'ISSUE_CODES',
  'MAX_ALIAS_COUNT',
  'MAX_FILE_BYTES',
  'MAX_FRONTMATTER_BYTES',
  'MOMENTS',
  'PRIVACY_CATEGORIES',
  'PRIVACY_REVIEWED_KEY',
  'STANDARD_SECTIONS',
  'TEMPLATE_PLACEHOLDERS',
  'TEMPLATE_SLOTS',
  'addDays',
  'addMonths',
  'addToWatchList',
  'composeGlimmerNote',
  'couldBeGlimmer',
  'createWatchList',
  'dayFromNumber',
  'dayNumber',
  'daysInMonth',
  'editFrontmatter',
  'findIdentifiersInNote',
  'glimmerDay',
  'glimmerFileName',
  'hashWatchPhrase',
  'isPrivacyReviewed',
  'isValidCreated',
  'isValidDay',
  'isWatchListData',
  'isoWeek',
  'isoWeekStart',
  'loadWatchList',
  'localCreated',
  'localDate',
  'normaliseWatchPhrase',
  'normaliseWatchWord',
  'parseGlimmer',
  'parseTemplate',
  'privacyCategoryLabel',
  'privacyCategoryMessage',
  'privacyIssueCode',
  'privacyIssues',
  'randomId',
  'renderTemplate',
  'scanForIdentifiers',
  'serializeGlimmer',
  'slugify',
  'splitFrontmatter',
  'startOfWeek',
  'templateDefaults',
  'validateFrontmatter',
  'watchListFromPluginData',
  'weekdayOf',
  'BUILT_IN_PREFIX',
  'cleanFolder',
  'cleanWords',
  'cloneSettings',
  'defaultSettings',
  'MAX_WORD_LENGTH',
  'migrateSettings',
  'SETTINGS_VERSION',
  'settingsForSave',
  'themeIdFromLabel',
  'weekStartDay',
  'defaultPrivacySettings',
  'migratePrivacySettings',
  'readSettingsText',
  // Hostile notes (#17)
  'readTypedValue',
  // Privacy (#12, #11 item 6): people's names, the digest, file names without note words.
  'DIGEST_PARTS',
  'DIGEST_PERIODS',
  'TITLE_LEFT_OUT_MESSAGE',
  'chooseRememberLines',
  'coarsenDay',
  'createPersonNameFinder',
  'digestPeriod',
  'glimmerReviewed',
  'leftOutSentence',
  'loadPersonNameFinder',
  'newGlimmerFileName',
  'privacyCategoriesFor',
  'removeFromWatchList',
  'sectionText',
  'supervisionDigest',
  'titleForFileName',
  'watchListEntries',
  // The summary in words (dashboard).
  'dayCount',
  'glimmerCount',
  'oneDecimal',
  'SUMMARY_RULES',
  'summarizeHistory',
  'deepEqual',
];

describe('@glimmers/core public API', () => {
  it('exports exactly the pinned names', async () => {
    const core = await import('@glimmers/core');
    expect(Object.keys(core).sort()).toEqual([...EXPORTS].sort());
  });

  it('exports no undefined values', async () => {
    const core: Record<string, unknown> = await import('@glimmers/core');
    for (const name of EXPORTS) expect(core[name], name).not.toBeUndefined();
  });

  it('keeps the format vocabulary the issue fixes', async () => {
    const { DEFAULT_THEMES, MOMENTS, STANDARD_SECTIONS } = await import('@glimmers/core');
    expect(DEFAULT_THEMES.map((t) => t.id)).toEqual([
      'client-growth', 'client-hope', 'perspective', 'meaning', 'resourcefulness', 'self-care', 'context', 'presence',
    ]);
    expect(MOMENTS.map((m) => [m.id, m.label])).toEqual([
      ['after-session', 'After a session'], ['end-of-day', 'End of day'], ['supervision', 'Supervision'], ['other', 'Other'],
    ]);
    expect(STANDARD_SECTIONS).toEqual([
      'What I witnessed', 'How it felt in my body', 'What I want to remember', "What I'm carrying", 'Getting back to basics',
    ]);
  });
});
