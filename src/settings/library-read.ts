import {
  emptyLibrary,
  LIBRARY_VERSION,
  migrateLibrary,
  type PackLibrary,
} from '../core/pack/library';

/**
 * The library as stored, cheaply: a well-formed value is used as it is (the
 * content script reads this at document_start); anything else goes through
 * migrateLibrary, which repairs or drops what it cannot read.
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
 * The content script's read: a current, well-formed library as it is, nothing stored as a
 * fresh library, and anything else as a library with no packs of its own (the built-in shows
 * are still shielded), with a warning.
 *
 * Why no repair here: repairing validates every stored pack, and those rules and their
 * validator were ~14 kB of the script compiled in every frame, before first paint, for a case
 * this build never writes (every write stores migrateLibrary's output). The popup and the
 * options page read with asLibrary, show the repaired library, and their next write stores it;
 * every open tab then follows through the storage change. Nothing stored is changed here.
 */
export function libraryAsStored(value: unknown): PackLibrary {
  if (value === undefined || value === null) return emptyLibrary();
  const current = currentLibrary(value);
  if (current) return current;
  console.warn(
    'Spoiler Shield: the stored pack library is not in the shape this version writes; only the built-in shows are shielded until the options page saves it again.',
  );
  return emptyLibrary();
}

function currentLibrary(value: unknown): PackLibrary | null {
  const v = value as Partial<PackLibrary> | null | undefined;
  return v &&
    v.version === LIBRARY_VERSION &&
    Array.isArray(v.userPacks) &&
    Array.isArray(v.disabledBuiltins) &&
    v.ownTerms !== null &&
    typeof v.ownTerms === 'object'
    ? (v as PackLibrary)
    : null;
}
