import type { EpisodeRef } from '../core/episode';
import type { PackLibrary } from '../core/pack/library';
import { followedItem, libraryItem, prefsItem, progressItem } from './items';
import { asLibrary } from './packs';
import { normalizePrefs, type Prefs } from './prefs';

/** Everything the shield, the popup and the options page read, as stored. */
export interface RawSettings {
  progress: Record<string, EpisodeRef>;
  followed: string[];
  prefs: Prefs;
  library: PackLibrary;
}

/**
 * One read of all settings: the four items are fetched in parallel (two
 * storage areas), and prefs are normalized because sync may carry a shape
 * from another build.
 */
export async function readSettings(): Promise<RawSettings> {
  const [progress, followed, prefs, library] = await Promise.all([
    progressItem.getValue(),
    followedItem.getValue(),
    prefsItem.getValue(),
    libraryItem.getValue(),
  ]);
  return { progress, followed, prefs: normalizePrefs(prefs), library: asLibrary(library) };
}

/** Calls `onChange` whenever any settings item changes; returns the unwatch. */
export function watchSettings(onChange: () => void): () => void {
  const unwatchers = [progressItem, followedItem, prefsItem, libraryItem].map((item) =>
    item.watch(() => onChange()),
  );
  return () => {
    for (const unwatch of unwatchers) unwatch();
  };
}
