/**
 * The privacy guard: finds likely client identifiers in glimmer text and keeps the personal watch
 * list as salted hashes. Pure TypeScript (no Node, no DOM), so it runs in Obsidian on desktop and phone.
 */
export type { IdentifierFinding, PrivacyCategory } from './types.ts';
export { DEFAULT_PRIVACY_CATEGORIES, PRIVACY_CATEGORIES } from './types.ts';
export { privacyCategoryMessage } from './messages.ts';
export type { ScanOptions } from './scan.ts';
export type { NameSpan, NameTagger, PersonNameFinder, TaggedTerm } from './person-names.ts';
export { createPersonNameFinder } from './person-names.ts';
export { loadPersonNameFinder } from './load-name-finder.ts';
export { scanForIdentifiers } from './scan.ts';
export type { RandomSource, WatchList, WatchListData, WatchRun } from './watch-list.ts';
export {
  addToWatchList,
  createWatchList,
  hashWatchPhrase,
  isWatchListData,
  loadWatchList,
  normaliseWatchPhrase,
  normaliseWatchWord,
  removeFromWatchList,
  watchListEntries,
  watchListFromPluginData,
} from './watch-list.ts';
export type { NoteFinding, PrivacyIssueOptions } from './issues.ts';
export { PRIVACY_REVIEWED_KEY, findIdentifiersInNote, isPrivacyReviewed, privacyIssueCode, privacyIssues } from './issues.ts';
