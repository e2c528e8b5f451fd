import { decisionOf } from './decide';
import type { EngineMatcher } from './index';
import type { Decision, FactHit, PageScan, ShowProfile } from './types';

/**
 * The profiles for a matcher of the user's own terms alone: each pack without its facts
 * (its names stay, for the words and the show's title), with the own terms. Same shows in
 * the same order as `profiles`, so setProgress() lines up.
 *
 * Why: a pack with its facts takes ~50-70 ms to compile (Node, the built-in show), its names
 * and one own term ~4 ms. The content script restores the build-time snapshot of the packs
 * and compiles only this beside it (withOwnTerms), instead of compiling everything.
 */
export function ownTermsProfiles(profiles: readonly ShowProfile[]): ShowProfile[] {
  return profiles.map((p) => ({
    pack: { ...p.pack, facts: [] },
    watched: p.watched,
    ownTerms: p.ownTerms ?? [],
  }));
}

const ownHits = (hits: FactHit[]) => hits.filter((h) => h.via === 'own-term');

/**
 * One decision from the packs' and the own terms': the own terms' matcher adds only its
 * own-term hits (its episode references are the packs' too), and decide()'s decisionOf()
 * makes the decision of them all.
 */
export function mergeDecisions(packs: Decision, own: Decision): Decision {
  const extra = ownHits(own.hits);
  const extraWatched = ownHits(own.watchedHits);
  if (extra.length === 0 && extraWatched.length === 0) return packs;
  return decisionOf([...packs.hits, ...extra], [...packs.watchedHits, ...extraWatched]);
}

class MergedPage implements PageScan {
  constructor(
    private readonly packs: PageScan,
    private readonly own: PageScan,
  ) {}

  /** Grows when either context grows (each only ever grows). */
  get contextVersion(): number {
    return this.packs.contextVersion + this.own.contextVersion;
  }

  observe(text: string): void {
    this.packs.observe(text);
    this.own.observe(text);
  }

  evaluate(text: string): Decision {
    return mergeDecisions(this.packs.evaluate(text), this.own.evaluate(text));
  }
}

/** A matcher that decides as `packs` and `own` together (see ownTermsProfiles). */
export function withOwnTerms(packs: EngineMatcher, own: EngineMatcher): EngineMatcher {
  return {
    stats: () => {
      const a = packs.stats();
      const b = own.stats();
      return {
        vocabulary: a.vocabulary + b.vocabulary,
        cachedWords: a.cachedWords + b.cachedWords,
      };
    },
    buildAll() {
      packs.buildAll();
      own.buildAll();
    },
    setProgress(watched) {
      packs.setProgress(watched);
      own.setProgress(watched);
    },
    knowsExactly: (word) => packs.knowsExactly(word) || own.knowsExactly(word),
    newPage: () => new MergedPage(packs.newPage(), own.newPage()),
    evaluateDocument(text) {
      const page = new MergedPage(packs.newPage(), own.newPage());
      page.observe(text);
      return page.evaluate(text);
    },
  };
}
