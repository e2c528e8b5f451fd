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
  const v = value as Partial<PackLibrary> | null | undefined;
  if (
    v &&
    v.version === LIBRARY_VERSION &&
    Array.isArray(v.userPacks) &&
    Array.isArray(v.disabledBuiltins) &&
    v.ownTerms !== null &&
    typeof v.ownTerms === 'object'
  ) {
    return v as PackLibrary;
  }
  try {
    return migrateLibrary(value);
  } catch {
    // Written by a newer build: read nothing from it, and never write over it here.
    return emptyLibrary();
  }
}
