import { compileMatcher, type EngineMatcher } from '@/src/core/match/index';
import type { Sensitivity, ShowProfile } from '@/src/core/match/types';
import type { Pack } from '@/src/core/pack/schema';

/**
 * Compiles matchers, and reuses the last one when only the progress differs.
 *
 * Why: compiling is the largest piece of work between document_start and first paint (a
 * cold compile took ~85-130 ms per frame in Chromium), and what it builds (word index, term
 * table) does not depend on the episodes watched: those are read at evaluation time. So
 * main() can compile for the most likely settings while the storage read is in flight
 * (the main thread idles then), and the settings that arrive, or a later "I watched
 * episode 4" change, only move the progress (EngineMatcher.setProgress).
 */
const WARM_TEXT =
  'Warming up: the rehersals ran late, said the choreografer, before the showcase episode.';

export class MatcherCache {
  private entry: { key: string; matcher: EngineMatcher } | null = null;

  constructor(private readonly builtins: readonly Pack[]) {}

  /** A matcher for these settings: the cached one when only the progress changed. */
  get(profiles: ShowProfile[], sensitivity: Sensitivity): EngineMatcher {
    const key = this.keyOf(profiles, sensitivity);
    if (this.entry?.key === key) {
      this.entry.matcher.setProgress(profiles.map((p) => p.watched));
      return this.entry.matcher;
    }
    const matcher = compileMatcher(profiles, { sensitivity }) as EngineMatcher;
    this.entry = { key, matcher };
    return matcher;
  }

  /**
   * Runs the matcher once over a made-up sentence, while the settings read is in flight, so
   * V8 has compiled the evaluation code before the first scan needs it. Lookups are cached
   * per word, not per page, so nothing of this sentence reaches a page.
   */
  static warm(matcher: EngineMatcher): void {
    // An unknown word long enough for a typo search, a known inflection, a name, a title.
    matcher.evaluateDocument(WARM_TEXT);
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
