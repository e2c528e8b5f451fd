import { DEFAULT_SHOW_ID } from '../core/pack/builtin/index';

/**
 * Storage keys and the values read while nothing is stored. items.ts defines
 * the WXT items (versions, migrations) from these; the content script's read
 * path (settings.ts) uses the keys directly, because defining an item costs a
 * storage round trip per item at import, in every frame of every page.
 */
export const KEYS = {
  progress: 'sync:progress',
  followed: 'sync:followed',
  prefs: 'sync:prefs',
  library: 'local:library',
} as const;

/** A fresh install follows the built-in show, not started. */
export const DEFAULT_FOLLOWED: readonly string[] = [DEFAULT_SHOW_ID];
