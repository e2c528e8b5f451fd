import { storage } from 'wxt/utils/storage';
import type { EpisodeRef } from '../core/episode';
import type { PackLibrary } from '../core/pack/library';
import { DEFAULT_FOLLOWED, KEYS } from './keys';
import { asLibrary } from './library-read';
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
 * which is what lets the popup render at once and the content script release
 * the page soon. It does not wait for WXT's migration pass (items.ts, run by
 * the background and the extension pages): a prefs value still in the v1
 * shape is migrated here in memory. Every value is normalized, because sync
 * may carry a shape written by another build.
 */
export async function readSettings(): Promise<RawSettings> {
  const [progress, followed, prefs, library] = (
    await storage.getItems([KEYS.progress, KEYS.followed, KEYS.prefs, KEYS.library])
  ).map((entry) => entry.value as unknown);
  return {
    progress: normalizeProgress(progress),
    followed: Array.isArray(followed)
      ? followed.filter((id): id is string => typeof id === 'string')
      : [...DEFAULT_FOLLOWED],
    prefs: migratePrefsV1toV2(prefs as Partial<PrefsV1> | null),
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
  const unwatchers = Object.values(KEYS).map((key) => storage.watch(key, () => onChange()));
  return () => {
    for (const unwatch of unwatchers) unwatch();
  };
}
