import { emptyLibrary, migrateLibrary, type PackLibrary } from '../core/pack/library';
import { currentLibrary } from './library-as-stored';
import { type RawSettings, readSettingsWith } from './settings';

/**
 * The library as stored, repaired where it must be: a well-formed value is used as it is;
 * anything else goes through migrateLibrary, which repairs or drops what it cannot read.
 * For the popup, the options page and the background (the content script reads with
 * library-as-stored.ts, which never repairs).
 */
export function asLibrary(value: unknown): PackLibrary {
  const current = currentLibrary(value);
  if (current) return current;
  try {
    return migrateLibrary(value);
  } catch {
    // Written by a newer build: read nothing from it, and never write over it here.
    return emptyLibrary();
  }
}

/**
 * One read of all settings (settings.ts readSettingsWith), the library repaired in memory
 * (asLibrary); nothing is written.
 */
export function readSettings(): Promise<RawSettings> {
  return readSettingsWith(asLibrary);
}
