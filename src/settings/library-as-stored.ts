import { emptyLibrary, LIBRARY_VERSION, type PackLibrary } from '../core/pack/library-data';

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
 *
 * Why a module of its own, importing only library-data: a module that imports the pack
 * schema, even for one function, brings valibot and the schema's construction into the
 * bundle (they run at load, so they are not tree-shaken).
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

/** `value` when it is a library in the current shape, else null. */
export function currentLibrary(value: unknown): PackLibrary | null {
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
