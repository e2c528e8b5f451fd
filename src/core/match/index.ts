import type { EpisodeRef } from '../episode';
import { tokenize } from '../text/tokenize';
import { compileShows } from './compile';
import type { Compiled } from './compiled';
import { Page } from './page-scan';
import { tuningFor } from './sensitivity';
import { snapshotKey, takeSnapshot } from './snapshot';
import { restoreSnapshot } from './snapshot-restore';
import type { CompileMatcher, Matcher, MatcherOptions, ShowProfile } from './types';
import { ownTermsProfiles, withOwnTerms } from './with-own-terms';

export { type Tuning, tuningFor } from './sensitivity';
export type * from './types';

/** The engine's Matcher, plus figures for the benchmark and the options page. */
export interface EngineMatcher extends Matcher {
  stats(): { vocabulary: number; cachedWords: number };
  /**
   * Builds now what compile leaves to the first page that needs it (phrase terms,
   * word indexes), so a measurement can tell the word cache from compiled rules.
   */
  buildAll(): void;
  /**
   * Moves each show's progress (same order as the compiled profiles). Decisions read it at
   * evaluation time and nothing compiled depends on it, so "I watched episode 4" needs no
   * recompile; the next evaluate() of any page uses it.
   */
  setProgress(watched: readonly EpisodeRef[]): void;
  /** Whether a page word resolves without a fuzzy step (with-own-terms.ts). */
  knowsExactly(word: string): boolean;
}

/**
 * Compiles the followed shows once; every page then gets a fresh PageScan that
 * shares the compiled rules and the per-word fuzzy cache.
 */
export const compileMatcher: CompileMatcher = (profiles, options): EngineMatcher =>
  matcherOf(compileShows(profiles, tuningFor(options?.sensitivity ?? 'balanced')));

/**
 * The matcher compileMatcher() would give for these profiles, from a snapshot taken of them
 * (snapshot.ts): what the content script uses for the built-in packs, which it cannot afford
 * to compile in every frame. Throws when the snapshot was taken of other packs.
 */
export function restoreMatcher(
  snapshot: string,
  profiles: ShowProfile[],
  options?: MatcherOptions,
): EngineMatcher {
  return matcherOf(
    restoreSnapshot(snapshot, profiles, tuningFor(options?.sensitivity ?? 'balanced')),
  );
}

/**
 * What compileMatcher() would give for profiles with own terms, from a snapshot of their packs
 * (without own terms): the packs restored, and only the own terms compiled beside them
 * (with-own-terms.ts). Why: compiling the built-in show with one own term took ~50-70 ms in
 * Node, its names and the own term alone ~4 ms, and the content script holds the page for it.
 */
export function restoreMatcherWithOwnTerms(
  snapshot: string,
  profiles: ShowProfile[],
  options?: MatcherOptions,
): EngineMatcher {
  const bare = profiles.map(({ pack, watched }) => ({ pack, watched }));
  return ownTermsBeside(restoreMatcher(snapshot, bare, options), profiles, options);
}

/**
 * The profiles' own terms compiled beside `packs`, a matcher of the same packs without own
 * terms made with the same options (the content script's speculative restore, when it has one).
 */
export function ownTermsBeside(
  packs: EngineMatcher,
  profiles: ShowProfile[],
  options?: MatcherOptions,
): EngineMatcher {
  const tuning = tuningFor(options?.sensitivity ?? 'balanced');
  const own = matcherOf(compileShows(ownTermsProfiles(profiles), tuning, packs.knowsExactly));
  return withOwnTerms(packs, own);
}

/** The snapshot text of these profiles' packs (own terms are left out: they are the user's). */
export function snapshotPacks(profiles: ShowProfile[]): string {
  const bare = profiles.map(({ pack, watched }) => ({ pack, watched }));
  const compiled = compileShows(bare, tuningFor('balanced'));
  matcherOf(compiled).buildAll();
  return takeSnapshot(compiled, snapshotKey(bare));
}

function matcherOf(compiled: Compiled): EngineMatcher {
  return {
    stats: () => ({
      vocabulary: compiled.words.words.length,
      cachedWords: compiled.words.cacheSize,
    }),
    buildAll() {
      const { words } = compiled;
      const build = words.onFirstHit;
      if (build) for (let id = 0; id < words.words.length; id++) build(id);
      words.buildIndexes();
    },
    setProgress(watched) {
      compiled.shows.forEach((show, i) => {
        const to = watched[i];
        if (to) show.watched = { season: to.season, episode: to.episode };
      });
    },
    knowsExactly: (word) => compiled.words.knowsExactly(word),
    newPage: () => new Page(compiled),
    evaluateDocument(text) {
      const page = new Page(compiled);
      page.observe(text);
      return page.evaluate(text);
    },
  };
}

/** The floor the benchmark compares against: tokenising alone, same tokenizer. */
export function tokenizeOnly(text: string): number {
  return tokenize(text).count;
}
