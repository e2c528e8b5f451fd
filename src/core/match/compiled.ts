import type { EpisodeRef } from '../episode';
import type { Tuning } from './sensitivity';
import type { WordIndex } from './word-index';

/**
 * The compiled form of the followed shows: what the scanner walks. Terms are
 * word-id sequences shared by every fact (and show) that uses them.
 */
export interface Term {
  /** Vocabulary ids of the term's words, matched as consecutive page tokens. */
  words: number[];
  /** Bit i set: word i is an everyday word used as a name ("Will"), so the page must capitalise it. */
  capMask: number;
  /** Index of the word the term is found by (its first non-everyday word). */
  anchor: number;
}

/** One alternative of a group: a term and the label shown in explanations ("@cassie", "pushed"). */
export interface Alt {
  term: number;
  label: string;
}

export interface CompiledFact {
  show: number;
  id: string;
  label: string;
  season: number;
  episode: number;
  groups: Alt[][];
  /** Phrase terms: filled as a page first shows the word they are found by (phrase-terms.ts). */
  phrases: Alt[];
  context: 'self' | 'show';
  /** A user's own term: no context needed, reported as via "own-term". */
  own: boolean;
}

export interface CompiledShow {
  id: string;
  title: string;
  watched: EpisodeRef;
  facts: CompiledFact[];
  /** Title, aliases and hashtags. */
  titleTerms: Set<number>;
  /**
   * Names distinctive enough to make a passage about the show on their own:
   * the title and aliases, and a character's name of two or more words (full
   * name, actor, "Cassie Shore", "Anna Maiche").
   */
  strongTerms: Set<number>;
  /** Character alternatives -> the character's index (distinct characters make context). */
  characterOf: Map<number, number>;
  /** Every name of the show: title, aliases, characters, actors, entities. */
  nameTerms: Set<number>;
  /** Fact words that are not names and not everyday words: "plot-ish" evidence. */
  plotTerms: Set<number>;
  /** Episodes per season, to resolve "the finale". */
  episodesIn: Map<number, number>;
}

export interface FactRef {
  fact: CompiledFact;
  /** Index of the group the term belongs to, or -1 for a phrase. */
  group: number;
  /**
   * A phrase, or the fact's key group (its first group with no everyday-only
   * term). A passage only starts work on a fact when a key term occurs, so
   * "her" and "with" in every passage cost nothing.
   */
  key: boolean;
  /**
   * Compile order of the link (eager links count up; a phrase's lazily built
   * links fall between, see phrase-terms.ts), so every list stays in one order.
   */
  order: number;
}

export interface Compiled {
  tuning: Tuning;
  words: WordIndex;
  terms: Term[];
  /** Indexed by word id: the terms anchored on it (see TermTable.byAnchor). */
  termsByAnchor: (number[] | undefined)[];
  shows: CompiledShow[];
  factsByTerm: Map<number, FactRef[]>;
  /**
   * Episode titles of two or more words ("Push Comes to Shove"): words inside
   * one are the title, as in an episode listing, never plot evidence.
   */
  episodeTitles: Set<number>;
  /** Per vocabulary id: 1 for "episode", "season", "finale"...; a passage without one or a digit has no reference. */
  mentionWords: Uint8Array;
  /** Per term: TERM_KEY | TERM_CONTEXT | TERM_EPISODE_TITLE, so a passage is triaged without lookups. */
  termFlags: Uint8Array;
}

/** The term starts work on some fact (a phrase or a key-group term). */
export const TERM_KEY = 1;
/** The term tells the page is about a show (title, alias, a character's name). */
export const TERM_CONTEXT = 2;
export const TERM_EPISODE_TITLE = 4;
