import type { OwnTerm } from '../match/types';
import { emptyLibrary, LIBRARY_VERSION, type PackLibrary, type UserPack } from './library-data';
import { list, nonBlank, positiveInt, type Raw, record } from './raw';
import { validatePack } from './validate';

/**
 * Upgrades a stored library, one version at a time. A future version 2 is one
 * line here, `2: (v1) => ({ ...v1, version: 2, newField: [] })`, plus the v2 shape
 * in readCurrent.
 */
const MIGRATIONS: Record<number, (previous: Raw) => Raw> = {};

/**
 * Reads whatever storage holds into a current library. Nothing stored gives a
 * fresh one. Entries that no longer make sense (a pack today's rules reject, a
 * malformed own term) are dropped rather than crash the extension. A library
 * written by a NEWER version throws, so the caller does not overwrite it.
 */
export function migrateLibrary(stored: unknown): PackLibrary {
  if (stored === undefined || stored === null) return emptyLibrary();
  let raw = record(stored);
  let version = positiveInt(raw.version) ?? 1;
  if (version > LIBRARY_VERSION) {
    throw new Error(
      `the pack library was saved by a newer Spoiler Shield (version ${version}; this one reads ${LIBRARY_VERSION})`,
    );
  }
  while (version < LIBRARY_VERSION) {
    const step = MIGRATIONS[version + 1];
    if (!step) throw new Error(`no migration from library version ${version}`);
    raw = step(raw);
    version++;
  }
  return readCurrent(raw);
}

function readCurrent(raw: Raw): PackLibrary {
  const userPacks = list(raw.userPacks).flatMap((item): UserPack[] => {
    const entry = record(item);
    const result = validatePack(entry.pack);
    if (!result.ok) return [];
    const importedAt = typeof entry.importedAt === 'number' ? entry.importedAt : 0;
    return [{ pack: result.pack, enabled: entry.enabled !== false, importedAt }];
  });
  const disabledBuiltins = list(raw.disabledBuiltins).flatMap((id) => nonBlank(id) ?? []);
  const ownTerms: Record<string, OwnTerm[]> = {};
  for (const [showId, terms] of Object.entries(record(raw.ownTerms))) {
    const kept = list(terms).flatMap((item): OwnTerm[] => {
      const own = record(item);
      const term = nonBlank(own.term);
      const season = positiveInt(own.season);
      const episode = positiveInt(own.episode);
      return term && season && episode ? [{ term, season, episode }] : [];
    });
    if (kept.length > 0) ownTerms[showId] = kept;
  }
  return { version: LIBRARY_VERSION, userPacks, disabledBuiltins, ownTerms };
}
