import type { OwnTerm } from '../match/types';
import type { Pack } from './schema';

/** The stored shape of the user's pack library (see library.ts for the operations). */

export const LIBRARY_VERSION = 1;

export interface UserPack {
  pack: Pack;
  enabled: boolean;
  /** Epoch milliseconds of the last import. */
  importedAt: number;
}

export interface PackLibrary {
  version: 1;
  userPacks: UserPack[];
  /** Ids of built-in packs the user switched off. */
  disabledBuiltins: string[];
  /** Own terms per show id. */
  ownTerms: Record<string, OwnTerm[]>;
}

export type LibraryResult = { ok: true; library: PackLibrary } | { ok: false; errors: string[] };

export type ImportResult =
  | { ok: true; library: PackLibrary; pack: Pack; replaced: boolean; warnings: string[] }
  | { ok: false; errors: string[] };

export function emptyLibrary(): PackLibrary {
  return { version: LIBRARY_VERSION, userPacks: [], disabledBuiltins: [], ownTerms: {} };
}

/**
 * The packs the matcher should use: enabled built-ins, then enabled imports.
 * An import whose id a later release made built-in is skipped, so ids stay unique.
 */
export function activePacks(lib: PackLibrary, builtins: readonly Pack[]): Pack[] {
  const builtinIds = new Set(builtins.map((pack) => pack.id));
  return [
    ...builtins.filter((pack) => !lib.disabledBuiltins.includes(pack.id)),
    ...lib.userPacks
      .filter((user) => user.enabled && !builtinIds.has(user.pack.id))
      .map((user) => user.pack),
  ];
}
