import { BUILTIN_PACKS } from '../core/pack/builtin/index';
import {
  activePacks,
  addOwnTerm,
  type ImportResult,
  importPackText,
  type LibraryResult,
  migrateLibrary,
  type OwnTermResult,
  type PackLibrary,
  removeOwnTerm,
  removePack,
  setPackEnabled,
} from '../core/pack/library';
import type { Pack } from '../core/pack/schema';
import { libraryItem } from './items';

/**
 * Storage wiring around the pure pack library (src/core/pack/library.ts).
 * Each operation reads the library, applies the pure step, and writes only
 * when it succeeded: a failed import or a bad own term changes nothing.
 */

const builtinIds = (builtins: readonly Pack[]) => builtins.map((p) => p.id);

async function update<
  R extends { ok: true; library: PackLibrary } | { ok: false; errors: string[] },
>(step: (lib: PackLibrary) => R): Promise<R> {
  // Writes go through the full migration so they never store a damaged entry back.
  const result = step(migrateLibrary(await libraryItem.getValue()));
  if (result.ok) await libraryItem.setValue(result.library);
  return result;
}

export function importPack(
  text: string,
  now: number,
  builtins: readonly Pack[] = BUILTIN_PACKS,
): Promise<ImportResult> {
  return update((lib) => importPackText(lib, text, builtinIds(builtins), now));
}

export function deletePack(packId: string): Promise<LibraryResult> {
  return update((lib) => removePack(lib, packId));
}

export function enablePack(
  packId: string,
  enabled: boolean,
  builtins: readonly Pack[] = BUILTIN_PACKS,
): Promise<LibraryResult> {
  return update((lib) => setPackEnabled(lib, packId, enabled, builtinIds(builtins)));
}

export function addTerm(
  showId: string,
  term: string,
  season: number,
  episode: number,
  builtins: readonly Pack[] = BUILTIN_PACKS,
): Promise<OwnTermResult> {
  return update((lib) => addOwnTerm(lib, showId, term, season, episode, allPacks(lib, builtins)));
}

export function removeTerm(showId: string, term: string): Promise<LibraryResult> {
  return update((lib) => removeOwnTerm(lib, showId, term));
}

/** Built-ins and every import, enabled or not (own terms may be set for either). */
export function allPacks(lib: PackLibrary, builtins: readonly Pack[]): Pack[] {
  const ids = new Set(builtinIds(builtins));
  return [...builtins, ...lib.userPacks.map((u) => u.pack).filter((p) => !ids.has(p.id))];
}

export interface PackEntry {
  pack: Pack;
  builtin: boolean;
  enabled: boolean;
}

/** Every pack the user has, built-in first, with whether the matcher uses it. */
export function listPacks(lib: PackLibrary, builtins: readonly Pack[]): PackEntry[] {
  const active = new Set(activePacks(lib, builtins).map((p) => p.id));
  const ids = new Set(builtinIds(builtins));
  return allPacks(lib, builtins).map((pack) => ({
    pack,
    builtin: ids.has(pack.id),
    enabled: active.has(pack.id),
  }));
}
