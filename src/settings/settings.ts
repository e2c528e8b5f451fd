import { storage } from 'wxt/utils/storage';
import type { EpisodeRef } from '../core/episode';
import type { PackLibrary } from '../core/pack/library';
import { followedItem, libraryItem, prefsItem, progressItem } from './items';
import { asLibrary } from './packs';
import { migratePrefsV1toV2, type Prefs, type PrefsV1 } from './prefs';

/** Everything the shield, the popup and the options page read, as stored. */
export interface RawSettings {
  progress: Record<string, EpisodeRef>;
  followed: string[];
  prefs: Prefs;
  library: PackLibrary;
}

/**
 * One read of all settings: a single storage.get per area (sync and local),
 * which is what lets the popup render at once. Items are read without waiting
 * for WXT's migration pass (a second round trip); a prefs value still in the
 * v1 shape is migrated here in memory, and the pass stores it later. Prefs are
 * normalized because sync may carry a shape from another build.
 */
export async function readSettings(): Promise<RawSettings> {
  const [progress, followed, prefs, library] = (
    await storage.getItems([progressItem, followedItem, prefsItem, libraryItem])
  ).map((entry) => entry.value);
  return {
    progress: normalizeProgress(progress),
    followed: Array.isArray(followed) ? followed.filter((id) => typeof id === 'string') : [],
    prefs: migratePrefsV1toV2(prefs as Partial<PrefsV1>),
    library: asLibrary(library),
  };
}

/** Keeps the entries that are real episode points; anything else reads as not started. */
function normalizeProgress(value: unknown): Record<string, EpisodeRef> {
  const out: Record<string, EpisodeRef> = {};
  if (!value || typeof value !== 'object') return out;
  for (const [showId, ref] of Object.entries(value)) {
    const { season, episode } = (ref ?? {}) as Record<string, unknown>;
    if (typeof season === 'number' && typeof episode === 'number') {
      if (Number.isInteger(season) && Number.isInteger(episode) && season >= 1 && episode >= 0) {
        out[showId] = { season, episode };
      }
    }
  }
  return out;
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
