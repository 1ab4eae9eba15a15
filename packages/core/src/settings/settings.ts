/**
 * The settings model, the one home of every settings rule: their shape, their defaults, and
 * `migrateSettings`, which turns whatever is in the plugin's `data.json` (nothing, garbage, an older
 * or newer version) into settings without throwing. The Obsidian plugin and the command line both
 * read `data.json` through this module (see `read-settings.ts`), so they always agree.
 */
import { BUILT_IN_TEMPLATES } from '../template/template-builtins.ts';
import { DEFAULT_FILE_NAME_PATTERN } from '../naming/file-name.ts';
import { DEFAULT_THEMES } from '../format/vocabulary.ts';
import { defaultPrivacySettings, migratePrivacySettings, type PrivacySettings } from './privacy-settings.ts';
import { defaultPracticeSettings, migratePracticeSettings, type PracticeSettings } from './practice-settings.ts';
import { DEFAULT_BODY_WORDS, DEFAULT_FEELINGS, DEFAULT_GROUNDING } from '../practice/default-words.ts';
import { defaultCareSettings, migrateCareSettings, type CareSettings } from './care-settings.ts';

/** The settings format this version writes. */
export const SETTINGS_VERSION = 1;

/** One theme of the user's vocabulary. The id is what notes store; renaming changes the label only. */
export interface ThemeSetting {
  id: string;
  label: string;
  /** Hidden themes are not offered in the form; notes that use them keep them. */
  hidden: boolean;
}

/** The day a week starts on, for the dashboard's calendar. */
export type WeekStart = 'monday' | 'sunday' | 'saturday';

/** Everything the plugin stores in `data.json` (settings only: never note text). */
export interface GlimmersSettings {
  version: number;
  /** Where new glimmers are written, relative to the vault root ('' = the root). */
  glimmerFolder: string;
  /** Where user templates are read from. */
  templatesFolder: string;
  /** `builtin:<id>` or the vault path of a user template. */
  defaultTemplate: string;
  /** File name pattern with tokens, see `naming/file-name.ts`. */
  fileNamePattern: string;
  /** Open a new glimmer in the editor after saving (off by default: the closing card comes first). */
  openAfterCreate: boolean;
  themes: ThemeSetting[];
  /** Sensation words for the body map (older vaults may hold places here; the form sets those aside). */
  body: string[];
  feelings: string[];
  /** "What helps me get back to basics": the grounding toolkit the closing card suggests from. */
  grounding: string[];
  weekStart: WeekStart;
  /** Shows this week's count in the status bar (used by the dashboard). */
  showStatusBar: boolean;
  /** Hides glimmer text in the dashboard for screen sharing (used by the dashboard). */
  privacyMode: boolean;
  /** The privacy guard's switches and the watch list's salted hashes (never its words). */
  privacy: PrivacySettings;
  /** The reflection form's memory ("Add details" open, first-run card seen). */
  practice: PracticeSettings;
  /** The care loop: the end-of-day nudge and review notes. */
  care: CareSettings;
}

/** Prefix of built-in template ids in {@link GlimmersSettings.defaultTemplate}. */
export const BUILT_IN_PREFIX = 'builtin:';

/** Longest word kept in the body, feelings and grounding lists. */
export const MAX_WORD_LENGTH = 60;
const MAX_LIST_ITEMS = 200;
const WEEK_STARTS: readonly WeekStart[] = ['monday', 'sunday', 'saturday'];

/** A fresh copy of the defaults (never shared, so nothing can change the defaults themselves). */
export function defaultSettings(): GlimmersSettings {
  return {
    version: SETTINGS_VERSION,
    glimmerFolder: 'Glimmers',
    templatesFolder: 'Templates/Glimmers',
    defaultTemplate: `${BUILT_IN_PREFIX}${BUILT_IN_TEMPLATES[0]?.id ?? 'session'}`,
    fileNamePattern: DEFAULT_FILE_NAME_PATTERN,
    openAfterCreate: false,
    themes: DEFAULT_THEMES.map((t) => ({ id: t.id, label: t.label, hidden: false })),
    body: [...DEFAULT_BODY_WORDS],
    feelings: [...DEFAULT_FEELINGS],
    grounding: [...DEFAULT_GROUNDING],
    weekStart: 'monday',
    showStatusBar: true,
    privacyMode: false,
    privacy: defaultPrivacySettings(),
    practice: defaultPracticeSettings(),
    care: defaultCareSettings(),
  };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Cleans a folder path typed by a person: slashes normalised, no leading or trailing slash.
 * Returns `null` for a path Obsidian would hide or that leaves the vault (`.obsidian`, `..`).
 */
export function cleanFolder(value: string): string | null {
  const path = value.trim().replace(/\\/g, '/').replace(/\/+/g, '/').replace(/^\/|\/$/g, '');
  if (path.split('/').some((part) => part.startsWith('.') || part.trim() !== part)) return null;
  return path;
}

/** Cleans a list of words: trimmed, non-empty, no duplicates (ignoring case), each at most {@link MAX_WORD_LENGTH}. */
export function cleanWords(values: readonly unknown[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const value of values) {
    if (typeof value !== 'string') continue;
    const word = value.replace(/\s+/g, ' ').trim().slice(0, MAX_WORD_LENGTH);
    if (word === '' || seen.has(word.toLowerCase())) continue;
    seen.add(word.toLowerCase());
    out.push(word);
    if (out.length >= MAX_LIST_ITEMS) break;
  }
  return out;
}

/** A theme id made from a label: lower case words joined by hyphens (`Quiet courage` → `quiet-courage`). */
export function themeIdFromLabel(label: string): string {
  return label.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 40);
}

function cleanThemes(value: unknown[]): ThemeSetting[] | null {
  const themes: ThemeSetting[] = [];
  const seen = new Set<string>();
  for (const item of value) {
    // Older or hand-edited data may list plain ids.
    const raw = typeof item === 'string' ? { id: item } : isRecord(item) ? item : null;
    if (raw === null || typeof raw['id'] !== 'string') continue;
    const id = raw['id'].trim();
    if (id === '' || seen.has(id)) continue;
    seen.add(id);
    const fallbackLabel = DEFAULT_THEMES.find((t) => t.id === id)?.label ?? id;
    const label = typeof raw['label'] === 'string' && raw['label'].trim() !== '' ? raw['label'].trim() : fallbackLabel;
    themes.push({ id, label, hidden: raw['hidden'] === true });
  }
  return themes.length > 0 ? themes : null;
}

/**
 * Turns the contents of `data.json` into settings. Never throws. Anything missing, of the wrong
 * type or unusable takes its default; every key it understands is kept. A newer `version` is read
 * the same way (its known keys kept), so a phone with an older plugin does not reset the settings.
 */
export function migrateSettings(raw: unknown): GlimmersSettings {
  const settings = defaultSettings();
  if (!isRecord(raw)) return settings;
  const folder = (key: 'glimmerFolder' | 'templatesFolder'): void => {
    const value = raw[key];
    const clean = typeof value === 'string' ? cleanFolder(value) : null;
    if (clean !== null) settings[key] = clean;
  };
  folder('glimmerFolder');
  folder('templatesFolder');
  if (typeof raw['defaultTemplate'] === 'string' && raw['defaultTemplate'].trim() !== '') settings.defaultTemplate = raw['defaultTemplate'].trim();
  if (typeof raw['fileNamePattern'] === 'string' && raw['fileNamePattern'].trim() !== '') settings.fileNamePattern = raw['fileNamePattern'].trim();
  for (const key of ['openAfterCreate', 'showStatusBar', 'privacyMode'] as const) {
    if (typeof raw[key] === 'boolean') settings[key] = raw[key];
  }
  if (Array.isArray(raw['themes'])) settings.themes = cleanThemes(raw['themes']) ?? settings.themes;
  for (const key of ['body', 'feelings', 'grounding'] as const) {
    const value = raw[key];
    if (Array.isArray(value)) settings[key] = cleanWords(value);
  }
  settings.privacy = migratePrivacySettings(raw['privacy']);
  settings.practice = migratePracticeSettings(raw['practice']);
  settings.care = migrateCareSettings(raw['care']);
  if (typeof raw['weekStart'] === 'string' && (WEEK_STARTS as readonly string[]).includes(raw['weekStart'])) {
    settings.weekStart = raw['weekStart'] as WeekStart;
  }
  return settings;
}

/**
 * What to write to `data.json`: the settings, plus any keys of the previous data this version
 * does not know (a newer plugin on another device may have written them), so saving never drops them.
 */
export function settingsForSave(settings: GlimmersSettings, previous: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (isRecord(previous)) {
    for (const [key, value] of Object.entries(previous)) if (!(key in settings)) out[key] = value;
  }
  const previousVersion = isRecord(previous) && typeof previous['version'] === 'number' ? previous['version'] : 0;
  return { ...out, ...cloneSettings(settings), version: Math.max(SETTINGS_VERSION, previousVersion) };
}

/**
 * A deep copy of settings. Settings are plain JSON data, so a JSON round trip copies them exactly;
 * `structuredClone` is not used because Obsidian's oldest supported iOS WebKit lacks it.
 */
export function cloneSettings(settings: GlimmersSettings): GlimmersSettings {
  return JSON.parse(JSON.stringify(settings)) as GlimmersSettings;
}

/** The day number (0 = Sunday) a week starts on, as `Date.getDay()` counts. */
export function weekStartDay(weekStart: WeekStart): number {
  return weekStart === 'sunday' ? 0 : weekStart === 'saturday' ? 6 : 1;
}
