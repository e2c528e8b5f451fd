import {
  compileMatcher,
  type EngineMatcher,
  ownTermsBeside,
  restoreMatcher,
} from '@/src/core/match/index';
import { snapshotKey } from '@/src/core/match/snapshot';
import type { Sensitivity, ShowProfile } from '@/src/core/match/types';
import type { Pack } from '@/src/core/pack/schema';
import { LazyMatcher } from './lazy-matcher';

/**
 * Compiles matchers (or restores the build-time snapshot), and reuses the last one when only
 * the progress differs.
 *
 * Why: compiling is the largest piece of work between document_start and first paint (a
 * cold compile took ~85-130 ms per frame in Chromium), and what it builds (word index, term
 * table) does not depend on the episodes watched: those are read at evaluation time. So
 * main() can make the matcher for the most likely settings while the storage read is in
 * flight, and the settings that arrive, or a later "I watched
 * episode 4" change, only move the progress (EngineMatcher.setProgress). And for the settings
 * of nearly everyone, the built-in show followed with no own terms, there is a snapshot made at
 * build time (src/core/match/snapshot.ts), restored in a fraction of a compile. With own terms
 * the snapshot is restored too, and only the own terms are compiled beside it
 * (src/core/match/with-own-terms.ts).
 */
/** How the current matcher was made. */
export type MatcherSource = 'snapshot' | 'snapshot and own terms' | 'compile';

export class MatcherCache {
  private entry: { key: string; matcher: EngineMatcher; from: MatcherSource } | null = null;
  /** The subframes' matcher; `latest`: the profiles it is made with when first needed. */
  private lazyEntry: { key: string; matcher: LazyMatcher; latest: ShowProfile[] } | null = null;

  constructor(
    private readonly builtins: readonly Pack[],
    /** The text of a snapshot of some of `builtins` (snapshot.ts), or null for none. */
    private readonly snapshot: string | null = null,
    private readonly snapshotOf: readonly string[] = [],
  ) {}

  /** A matcher for these settings: the cached one when only the progress changed. */
  get(profiles: ShowProfile[], sensitivity: Sensitivity): EngineMatcher {
    const key = this.keyOf(profiles, sensitivity);
    if (this.entry?.key === key) {
      this.entry.matcher.setProgress(profiles.map((p) => p.watched));
      return this.entry.matcher;
    }
    const from = this.sourceFor(profiles);
    const snapshot = this.snapshot as string;
    const matcher =
      from === 'snapshot'
        ? restoreMatcher(snapshot, profiles, { sensitivity })
        : from === 'snapshot and own terms'
          ? ownTermsBeside(this.restoredWithout(profiles, sensitivity), profiles, { sensitivity })
          : (compileMatcher(profiles, { sensitivity }) as EngineMatcher);
    this.entry = { key, matcher, from };
    return matcher;
  }

  /**
   * The snapshot restored for these profiles without their own terms: the current matcher
   * when it is just that (main() restores it while the settings read is in flight, and the
   * settings that arrive add own terms), else a fresh restore.
   */
  private restoredWithout(profiles: ShowProfile[], sensitivity: Sensitivity): EngineMatcher {
    const bare = profiles.map(({ pack, watched }) => ({ pack, watched }));
    const current = this.entry;
    if (current?.from === 'snapshot' && current.key === this.keyOf(bare, sensitivity)) {
      current.matcher.setProgress(bare.map((p) => p.watched));
      return current.matcher;
    }
    return restoreMatcher(this.snapshot as string, bare, { sensitivity });
  }

  /**
   * For a subframe: a matcher made when a page first needs a decision (lazy-matcher.ts). The
   * same object while only the progress changes, like get(), so the shield can tell a step
   * forward from new settings; its real matcher, once made, is get()'s and moves with it.
   */
  lazy(profiles: ShowProfile[], sensitivity: Sensitivity): LazyMatcher {
    const key = this.keyOf(profiles, sensitivity);
    const entry = this.lazyEntry;
    if (entry?.key === key) {
      entry.latest = profiles;
      if (entry.matcher.isMade) this.get(profiles, sensitivity);
      return entry.matcher;
    }
    const fresh = {
      key,
      latest: profiles,
      matcher: new LazyMatcher((): EngineMatcher => this.get(fresh.latest, sensitivity)),
    };
    this.lazyEntry = fresh;
    return fresh.matcher;
  }

  /** Where the current matcher came from (tests). */
  get source(): MatcherSource | null {
    return this.entry?.from ?? null;
  }

  /**
   * The snapshot serves when it was taken of exactly these packs and they are the bundled
   * built-in objects (a user pack may reuse a built-in id); own terms are compiled beside it.
   */
  private sourceFor(profiles: ShowProfile[]): MatcherSource {
    const fits =
      this.snapshot !== null &&
      profiles.every((p) => this.builtins.includes(p.pack)) &&
      snapshotKey(profiles).join() === this.snapshotOf.join();
    if (!fits) return 'compile';
    return profiles.some((p) => p.ownTerms?.length) ? 'snapshot and own terms' : 'snapshot';
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
