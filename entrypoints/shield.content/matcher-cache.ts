import type { EpisodeRef } from '@/src/core/episode';
import { compileMatcher } from '@/src/core/match/index';
import type { Matcher, Sensitivity, ShowProfile } from '@/src/core/match/types';
import type { Pack } from '@/src/core/pack/schema';

/**
 * Compiles matchers, and reuses the last one when only the progress differs.
 *
 * Why: compiling is the largest piece of work between document_start and first paint (a
 * cold compile took ~85-130 ms per frame in Chromium), and what it builds (word index, term
 * table) does not depend on the episodes watched: those are read at evaluation time. So
 * main() can compile for the most likely settings while the storage read is in flight
 * (the main thread idles then), and the settings that arrive, or a later "I watched
 * episode 4" change, only swap in the progress.
 *
 * The progress is swapped in through the ShowProfile.watched objects the matcher was
 * compiled with, which it keeps by reference (compileShows stores `profile.watched` as is).
 * tests/dom/matcher-cache.test.ts checks that a reused matcher decides exactly like a fresh
 * compile, so a change in the engine that broke this fails there, not on a user's page.
 */
const WARM_TEXT =
  'Warming up: the rehersals ran late, said the choreografer, before the showcase episode.';

export class MatcherCache {
  private entry: { key: string; matcher: Matcher; watched: EpisodeRef[] } | null = null;

  constructor(private readonly builtins: readonly Pack[]) {}

  /** A matcher for these settings: the cached one when only the progress changed. */
  get(profiles: ShowProfile[], sensitivity: Sensitivity): Matcher {
    const key = this.keyOf(profiles, sensitivity);
    const entry = this.entry;
    if (entry?.key === key) {
      profiles.forEach((p, i) => {
        const watched = entry.watched[i] as EpisodeRef;
        watched.season = p.watched.season;
        watched.episode = p.watched.episode;
      });
      return entry.matcher;
    }
    // Own copies of the progress, so the caller's objects are never written to.
    const watched = profiles.map((p) => ({ ...p.watched }));
    const own = profiles.map((p, i) => ({ ...p, watched: watched[i] as EpisodeRef }));
    const matcher = compileMatcher(own, { sensitivity });
    this.entry = { key, matcher, watched };
    return matcher;
  }

  /**
   * Runs the matcher once over a made-up sentence. The engine builds some tables on the
   * first lookup that needs them (stems, typo candidates: ~85 ms of a 140 ms first scan in
   * a Chromium profile) and V8 compiles the evaluation code on its first run; done here,
   * while the settings read is in flight, that work is off the path to first paint.
   * Lookups are cached per word, not per page, so nothing of this sentence reaches a page.
   */
  static warm(matcher: Matcher): void {
    // An unknown word long enough for a typo search, a known inflection, a name, a title.
    matcher.evaluateDocument(WARM_TEXT);
  }

  /** True when get() with these settings would reuse the compiled matcher. */
  has(profiles: ShowProfile[], sensitivity: Sensitivity): boolean {
    return this.entry?.key === this.keyOf(profiles, sensitivity);
  }

  /** Everything compile reads except the progress. Built-in packs by id: they never change. */
  private keyOf(profiles: ShowProfile[], sensitivity: Sensitivity): string {
    const shows = profiles.map((p) => [
      this.builtins.includes(p.pack) ? p.pack.id : JSON.stringify(p.pack),
      p.ownTerms ?? [],
    ]);
    return JSON.stringify([sensitivity, shows]);
  }
}
