import { browser } from 'wxt/browser';
import type { EpisodeRef } from '../core/episode';
import type { PackLibrary } from '../core/pack/library';
import { DEFAULT_FOLLOWED, KEYS } from './keys';
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
 * may carry a shape written by another build. The library is read by
 * `readLibrary`: the extension pages pass one that repairs (library-read.ts
 * readSettings), the content script one that cannot (library-as-stored.ts), so
 * the pack rules and their validator are not compiled in every frame of every
 * page. Nothing is written.
 *
 * Straight browser.storage calls rather than WXT's storage wrapper: the same two gets, without
 * compiling the wrapper (~7 kB) in every frame.
 */
export async function readSettingsWith(
  readLibrary: (stored: unknown) => PackLibrary,
): Promise<RawSettings> {
  const [sync, local] = await Promise.all([
    browser.storage.sync.get(keysIn('sync')),
    browser.storage.local.get(keysIn('local')),
  ]);
  const read = (key: string): unknown => {
    const [area, name] = areaAndName(key);
    return (area === 'sync' ? sync : local)[name] ?? null;
  };
  return {
    progress: normalizeProgress(read(KEYS.progress)),
    followed: normalizeFollowed(read(KEYS.followed)),
    prefs: migratePrefsV1toV2(read(KEYS.prefs) as Partial<PrefsV1> | null),
    library: readLibrary(read(KEYS.library)),
  };
}

type Area = 'sync' | 'local';

/** KEYS are WXT item keys, "area:name". */
function areaAndName(key: string): [Area, string] {
  const at = key.indexOf(':');
  return [key.slice(0, at) as Area, key.slice(at + 1)];
}

function keysIn(area: Area): string[] {
  return Object.values(KEYS).flatMap((key) => {
    const [a, name] = areaAndName(key);
    return a === area ? [name] : [];
  });
}

function normalizeFollowed(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((id): id is string => typeof id === 'string')
    : [...DEFAULT_FOLLOWED];
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

/**
 * Calls `onChange` once per storage change that touches a settings item with a new value;
 * returns the unwatch. A write of the value already stored is no change (as WXT's watch).
 */
export function watchSettings(onChange: () => void): () => void {
  const listener = (
    changes: Record<string, { oldValue?: unknown; newValue?: unknown }>,
    area: string,
  ) => {
    const touched = Object.values(KEYS).some((key) => {
      const [a, name] = areaAndName(key);
      const change = a === area ? changes[name] : undefined;
      return change !== undefined && !sameValue(change.oldValue, change.newValue);
    });
    if (touched) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** Storage values are JSON: equal JSON is the same value. Settings are small. */
function sameValue(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}
