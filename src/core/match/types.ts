import type { EpisodeRef } from '../episode';
import type { Pack } from '../pack/schema';

/**
 * The contract between the matching engine (src/core/match) and its callers
 * (src/dom, the check CLI, eval and bench). Pure data: no DOM, no browser.
 */

export type Sensitivity = 'strict' | 'balanced' | 'broad';

/** A user's own term: hidden until they reach `season`/`episode`. */
export interface OwnTerm {
  term: string;
  season: number;
  episode: number;
}

/** One followed show as the matcher needs it. */
export interface ShowProfile {
  pack: Pack;
  /** The last episode the user has watched ({season: 1, episode: 0} = not started). */
  watched: EpisodeRef;
  ownTerms?: OwnTerm[];
}

export interface MatcherOptions {
  sensitivity?: Sensitivity; // default 'balanced'
}

/** Where a term matched: offsets are into the passage text given to evaluate(). */
export interface TermMatch {
  /** The pack term (or own term) that matched, e.g. "pushed" or "@cassie". */
  term: string;
  /** The page's word(s) as written, e.g. "Cassy". */
  found: string;
  start: number;
  end: number;
  /** 0 for exact, >0 for fuzzy (edit distance). */
  distance: number;
}

export interface FactHit {
  showId: string;
  showTitle: string;
  factId: string;
  /** Spoiler-free label from the pack. */
  label: string;
  season: number;
  episode: number;
  /** Why: which terms matched and where. */
  matches: TermMatch[];
  /**
   * "terms" when all groups co-occurred, "phrase" for a strong phrase, "own-term";
   * "episode-ref" when an explicit later episode reference ("episode 9", "S1E9",
   * "the finale") next to the show's plot words makes the passage about that episode.
   */
  via: 'terms' | 'phrase' | 'own-term' | 'episode-ref';
}

export interface Decision {
  /** True iff some hit is after the episode the user reached for its show. */
  hidden: boolean;
  /** Facts given away by the passage that are still unwatched (drive hiding). */
  hits: FactHit[];
  /** Facts given away that the user has already watched (explanations only). */
  watchedHits: FactHit[];
  /** The latest unwatched episode spoiled, for the label and data-spoiler-episode. */
  episode: EpisodeRef | null;
  showId: string | null;
  showTitle: string | null;
}

/**
 * Page context accumulates as a page is read (the title, aliases, hashtags and
 * distinct characters seen so far). It belongs to one document.
 */
export interface PageScan {
  /** Feed every piece of the page's text (title, headings, passages) once. */
  observe(text: string): void;
  /** Decide one passage against the context gathered so far. */
  evaluate(text: string): Decision;
  /** Bumps whenever the context grows enough that earlier "no" answers may change. */
  readonly contextVersion: number;
}

export interface Matcher {
  /** A fresh page context. */
  newPage(): PageScan;
  /** One-shot: observe then evaluate a standalone document (CLI --jsonl, eval). */
  evaluateDocument(text: string): Decision;
}

export type CompileMatcher = (profiles: ShowProfile[], options?: MatcherOptions) => Matcher;
