import type { Sensitivity } from './types';

/**
 * What each sensitivity means. The names follow the user's tolerance for spoilers:
 * - 'strict'   hides most eagerly: looser typos (1 edit from 4 letters, 2 from 8),
 *              one character of the show makes a page "about the show", a wider
 *              co-occurrence window, and an episode reference next to a single
 *              show word is enough.
 * - 'balanced' (default): 1 edit from 5 letters, 2 from 9; two distinct
 *              characters (or the title, or a full name) make a page about the
 *              show; off such a page a fact still counts when a name of the show
 *              matched with its other groups ("june's emancipation!!" on a bare
 *              tweet). Measured on the development corpus: recall 86.5% -> 89.3%
 *              with no harmless passage hidden; the price is that another show's
 *              "Cassie ... in a coma" hides too (names or plot words alone never do).
 * - 'broad'    tolerant, hides only clear-cut spoilers: 1 edit from 6 letters,
 *              2 from 11, three characters or the title for context, groups must
 *              meet in one sentence or within 12 words, off a page about the show
 *              a fact needs a name plus two other groups, and an episode number
 *              alone never hides anything that no fact matched.
 */
export interface Tuning {
  /** Shortest word length allowed one edit, and two edits. */
  oneEditFrom: number;
  twoEditsFrom: number;
  /**
   * fuse.js score cut-off (0 exact .. 1 anything) for a fuzzy candidate. Bitap
   * scores about errors/length and counts a swap of neighbours as two errors,
   * so each cut-off admits one swap in the shortest word its sensitivity lets
   * be fuzzy (strict 2/4, balanced 2/5, broad 2/6) and no more.
   */
  fuseThreshold: number;
  /** Typos keep the first letter in most real misspellings; strict lets it change. */
  sameFirstLetter: boolean;
  /** Distinct characters of a show that make a page about the show. */
  showCharacters: number;
  /** Token window in which a fact's groups may co-occur across a sentence break. */
  window: number;
  /** Show words beside an "episode N" reference needed to hide with no fact matched (0 = never). */
  episodeRefEvidence: number;
  /**
   * A "show" fact also counts on a page not (yet) about the show when one of the
   * show's names matched together with this many other groups (0 = never):
   * "raymon smashing the mirror" (name + verb + object) on a bare tweet.
   */
  standaloneGroups: number;
  /**
   * Talk about a TV show ("this episode", "the writers", "s1e8") stands in for a
   * name of the show when every group of a fact matched (see tv-talk.ts).
   */
  talkCounts: boolean;
}

const TUNINGS: Record<Sensitivity, Tuning> = {
  strict: {
    oneEditFrom: 4,
    twoEditsFrom: 8,
    fuseThreshold: 0.5,
    sameFirstLetter: false,
    showCharacters: 1,
    window: 35,
    episodeRefEvidence: 1,
    standaloneGroups: 1,
    talkCounts: true,
  },
  balanced: {
    oneEditFrom: 5,
    twoEditsFrom: 9,
    fuseThreshold: 0.41,
    sameFirstLetter: true,
    showCharacters: 2,
    window: 25,
    episodeRefEvidence: 2,
    standaloneGroups: 1,
    talkCounts: true,
  },
  broad: {
    oneEditFrom: 6,
    twoEditsFrom: 11,
    fuseThreshold: 0.34,
    sameFirstLetter: true,
    showCharacters: 3,
    window: 12,
    episodeRefEvidence: 0,
    standaloneGroups: 2,
    talkCounts: false,
  },
};

export function tuningFor(sensitivity: Sensitivity = 'balanced'): Tuning {
  const t = TUNINGS[sensitivity];
  if (!t)
    throw new Error(`sensitivity: expected "strict", "balanced" or "broad", got "${sensitivity}"`);
  return t;
}

/** Edits allowed between a page word and a vocabulary word, by the shorter length. */
export function editBudget(tuning: Tuning, length: number): number {
  if (length >= tuning.twoEditsFrom) return 2;
  if (length >= tuning.oneEditFrom) return 1;
  return 0;
}
