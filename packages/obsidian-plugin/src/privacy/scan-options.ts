/**
 * Turns the privacy settings into scan options: the watch list loaded once per stored version (so
 * scanning as one types reuses its cache), and the person-name finder with its language library once
 * it has loaded (until then, the name rules alone). The library is loaded on demand, never at start-up.
 */
import {
  createPersonNameFinder, loadPersonNameFinder, loadWatchList, privacyCategoriesFor,
  type PersonNameFinder, type PrivacySettings, type ScanOptions, type WatchList, type WatchListData,
} from '@glimmers/core';

/** Loads the person-name finder's library once, when first asked (a form opens, a check runs). */
export interface NameFinderLoader {
  /** The finder: with its library once loaded, the rules alone before. */
  current(): PersonNameFinder;
  /** Starts loading the library (once) and resolves when it is ready. */
  ready(): Promise<PersonNameFinder>;
}

/** Makes the loader; `load` is core's `loadPersonNameFinder` unless a test passes its own. */
export function createNameFinderLoader(load: () => Promise<PersonNameFinder> = loadPersonNameFinder): NameFinderLoader {
  const rules = createPersonNameFinder();
  let loaded: PersonNameFinder | null = null;
  let loading: Promise<PersonNameFinder> | null = null;
  return {
    current: () => loaded ?? rules,
    ready() {
      loading ??= load().then((finder) => {
        loaded = finder;
        return finder;
      }, () => rules);
      return loading;
    },
  };
}

/** Returns the scan options for the current settings (a new object only when the settings changed). */
export function createScanOptionsSource(getSettings: () => PrivacySettings, names: NameFinderLoader): () => ScanOptions {
  let lastData: WatchListData | null = null;
  let lastList: WatchList | undefined;
  return () => {
    const settings = getSettings();
    if (settings.watchList !== lastData) {
      lastData = settings.watchList;
      lastList = lastData === null ? undefined : loadWatchList(lastData);
    }
    const categories = privacyCategoriesFor(settings);
    return { categories, names: names.current(), ...(lastList === undefined ? {} : { watchList: lastList }) };
  };
}
