/**
 * Turns the privacy settings into scan options, loading the watch list once per stored version so
 * scanning as one types reuses its cache.
 */
import { DEFAULT_PRIVACY_CATEGORIES, loadWatchList, type PrivacyCategory, type PrivacySettings, type ScanOptions, type WatchList, type WatchListData } from '@glimmers/core';

/** Returns the scan options for the current settings (a new object only when the settings changed). */
export function createScanOptionsSource(getSettings: () => PrivacySettings): () => ScanOptions {
  let lastData: WatchListData | null = null;
  let lastList: WatchList | undefined;
  return () => {
    const settings = getSettings();
    if (settings.watchList !== lastData) {
      lastData = settings.watchList;
      lastList = lastData === null ? undefined : loadWatchList(lastData);
    }
    const categories: PrivacyCategory[] = settings.nameGuess ? [...DEFAULT_PRIVACY_CATEGORIES, 'name'] : [...DEFAULT_PRIVACY_CATEGORIES];
    return lastList === undefined ? { categories } : { categories, watchList: lastList };
  };
}
