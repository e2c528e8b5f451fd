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
