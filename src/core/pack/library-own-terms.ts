import type { OwnTerm } from '../match/types';
import type { LibraryResult, PackLibrary } from './library-data';
import { letterCount } from './raw';
import type { Pack } from './schema';

const MIN_LETTERS = 3;
const MAX_LENGTH = 100;

export type OwnTermResult =
  | { ok: true; library: PackLibrary; replaced: boolean }
  | { ok: false; errors: string[] };

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * Adds a user's own term to a show, hidden until they reach `season`/`episode`.
 * Adding a term the show already has (any case) moves it to the new episode.
 * `packs` are the packs that exist (built-in and imported) to check the episode.
 */
export function addOwnTerm(
  lib: PackLibrary,
  showId: string,
  term: string,
  season: number,
  episode: number,
  packs: readonly Pack[],
): OwnTermResult {
  const errors: string[] = [];
  const trimmed = term.trim();
  if (trimmed === '') {
    errors.push('the term is empty');
  } else if (letterCount(trimmed) < MIN_LETTERS) {
    errors.push(`term "${trimmed}" is shorter than ${MIN_LETTERS} letters`);
  } else if (trimmed.length > MAX_LENGTH) {
    errors.push(`term is longer than ${MAX_LENGTH} characters`);
  }
  const pack = packs.find((p) => p.id === showId);
  if (!pack) {
    errors.push(`no show "${showId}"`);
  } else {
    const episodes = pack.seasons.find((s) => s.number === season)?.episodes;
    if (!episodes) {
      const seasons = pack.seasons.map((s) => s.number).join(', ');
      errors.push(`season ${season} is not a season of ${pack.title} (seasons: ${seasons})`);
    } else if (!episodes.some((e) => e.number === episode)) {
      errors.push(
        `${episode} is not an episode of season ${season} of ${pack.title} (1..${episodes.length})`,
      );
    }
  }
  if (errors.length > 0) return { ok: false, errors };

  const existing = lib.ownTerms[showId] ?? [];
  const entry: OwnTerm = { term: trimmed, season, episode };
  const replaced = existing.some((own) => same(own.term, trimmed));
  const terms = replaced
    ? existing.map((own) => (same(own.term, trimmed) ? entry : own))
    : [...existing, entry];
  return {
    ok: true,
    library: { ...lib, ownTerms: { ...lib.ownTerms, [showId]: terms } },
    replaced,
  };
}

export function removeOwnTerm(lib: PackLibrary, showId: string, term: string): LibraryResult {
  const existing = lib.ownTerms[showId] ?? [];
  const kept = existing.filter((own) => !same(own.term, term.trim()));
  if (kept.length === existing.length) {
    return { ok: false, errors: [`"${term.trim()}" is not one of your terms for "${showId}"`] };
  }
  const ownTerms = { ...lib.ownTerms, [showId]: kept };
  if (kept.length === 0) delete ownTerms[showId];
  return { ok: true, library: { ...lib, ownTerms } };
}
