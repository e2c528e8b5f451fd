import { storage } from 'wxt/utils/storage';
import type { EpisodeRef } from '../core/episode';
import { emptyLibrary, type PackLibrary } from '../core/pack/library';
import type { BadgeState } from './badge';
import { DEFAULT_FOLLOWED, KEYS } from './keys';
import { DEFAULT_PREFS, migratePrefsV1toV2, type Prefs } from './prefs';

/**
 * Every storage item of the extension, in one place. Synced items hold what a
 * user expects to follow them between their browsers (where they are in each
 * show, what they follow, how the shield behaves); packs can be large and stay
 * on the device (storage.sync allows ~100 KB in total, 8 KB per item).
 *
 * Each item reads its `fallback` while nothing is stored, so a fresh install
 * writes nothing: the defaults are the fallbacks.
 *
 * Versions: progress v1, followed v1, prefs v2 (v1 -> v2 in prefs.ts),
 * library v1 (its shape and migration belong to src/core/pack/library.ts).
 */

/** Last episode watched per show id; a missing show is not started. */
export const progressItem = storage.defineItem<Record<string, EpisodeRef>>(KEYS.progress, {
  fallback: {},
  version: 1,
});

/** Show ids the user follows, in the order they chose. */
export const followedItem = storage.defineItem<string[]>(KEYS.followed, {
  fallback: [...DEFAULT_FOLLOWED],
  version: 1,
});

export const prefsItem = storage.defineItem<Prefs>(KEYS.prefs, {
  fallback: DEFAULT_PREFS,
  version: 2,
  migrations: {
    2: migratePrefsV1toV2,
  },
});

/**
 * Imported packs, disabled built-ins and own terms. The library versions its
 * own shape (`version` inside the value, src/core/pack/library-migrate.ts):
 * reads pass through asLibrary (src/settings/library-read.ts), which uses a current,
 * well-formed value as it is and sends anything else through migrateLibrary;
 * every write starts from migrateLibrary's output.
 */
export const libraryItem = storage.defineItem<PackLibrary>(KEYS.library, {
  fallback: emptyLibrary(),
  version: 1,
});

/**
 * The badge's counts per tab and frame (src/settings/badge.ts), kept for the browser session
 * so that they outlive a service worker restart. Not a setting, so not in KEYS: settings
 * readers watch every key there, and content scripts may not touch the session area
 * (Firefox has no storage.session in them at all).
 */
export const badgeCountsItem = storage.defineItem<BadgeState>('session:badgeCounts', {
  fallback: {},
});
