import { jsonSyntaxError } from './json-error';
import type { ImportResult, LibraryResult, PackLibrary, UserPack } from './library-data';
import { PACK_SCHEMA_FILE } from './pack-schema-file';
import type { Pack } from './schema';
import { validatePack } from './validate';

export * from './library-data';
export { migrateLibrary } from './library-migrate';
export { addOwnTerm, type OwnTermResult, removeOwnTerm } from './library-own-terms';

/**
 * The user's pack library as plain data: imported packs, built-ins they turned
 * off, and their own terms per show. Pure: storage lives in src/settings.
 * Every operation returns a NEW library (or errors) and never mutates its
 * input, so a failed operation leaves the user's data exactly as it was.
 */

/** Parses, validates and adds a pack file; the same id as an earlier import replaces it. */
export function importPackText(
  lib: PackLibrary,
  text: string,
  builtinIds: readonly string[],
  now: number,
): ImportResult {
  // Editors on Windows may save a byte order mark, which JSON.parse rejects.
  const source = text.replace(/^\uFEFF/, '');
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch {
    return { ok: false, errors: [jsonSyntaxError(source)] };
  }
  const result = validatePack(json);
  if (!result.ok) return result;
  const { pack, warnings } = result;
  if (builtinIds.includes(pack.id)) {
    return {
      ok: false,
      errors: [
        `id: "${pack.id}" is a built-in pack; give your pack another id (for example "${pack.id}-custom")`,
      ],
    };
  }
  const entry: UserPack = { pack, enabled: true, importedAt: now };
  const index = lib.userPacks.findIndex((user) => user.pack.id === pack.id);
  const userPacks =
    index === -1
      ? [...lib.userPacks, entry]
      : lib.userPacks.map((u, i) => (i === index ? entry : u));
  return { ok: true, library: { ...lib, userPacks }, pack, replaced: index !== -1, warnings };
}

/** Pretty JSON that validates in editors (`$schema`) and imports back to the same pack. */
export function exportPack(pack: Pack): string {
  const { $schema: _old, ...rest } = pack;
  return `${JSON.stringify({ $schema: PACK_SCHEMA_FILE, ...rest }, null, 2)}\n`;
}

/** Deletes an imported pack. Built-ins cannot be deleted, only disabled. Own terms stay. */
export function removePack(lib: PackLibrary, packId: string): LibraryResult {
  if (!lib.userPacks.some((user) => user.pack.id === packId)) {
    return {
      ok: false,
      errors: [`no imported pack "${packId}" (built-in packs can only be disabled)`],
    };
  }
  return {
    ok: true,
    library: { ...lib, userPacks: lib.userPacks.filter((user) => user.pack.id !== packId) },
  };
}

export function setPackEnabled(
  lib: PackLibrary,
  packId: string,
  enabled: boolean,
  builtinIds: readonly string[],
): LibraryResult {
  if (builtinIds.includes(packId)) {
    const others = lib.disabledBuiltins.filter((id) => id !== packId);
    return {
      ok: true,
      library: { ...lib, disabledBuiltins: enabled ? others : [...others, packId] },
    };
  }
  if (!lib.userPacks.some((user) => user.pack.id === packId)) {
    return { ok: false, errors: [`no pack "${packId}"`] };
  }
  const userPacks = lib.userPacks.map((user) =>
    user.pack.id === packId ? { ...user, enabled } : user,
  );
  return { ok: true, library: { ...lib, userPacks } };
}
