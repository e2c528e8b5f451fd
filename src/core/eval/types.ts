/**
 * The labelled passages the engine is measured against (tests/fixtures/*.jsonl).
 * Pure data; loading and validation live in scripts/eval-lib.ts.
 */

export const STYLES = [
  'article',
  'reddit',
  'tweet',
  'youtube',
  'search',
  'review',
  'chat',
] as const;
export type Style = (typeof STYLES)[number];

export interface Passage {
  id: string;
  text: string;
  /** The LATEST season-1 episode the passage gives away; null when it gives nothing away. */
  episode: number | null;
  /** Page context seen before the passage: a thread title, subreddit or headline. */
  context?: string;
  kind: 'spoiler' | 'harmless';
  style: Style;
  note: string;
}

/** One (passage, episode reached) pair: what should happen and what the engine did. */
export interface Outcome {
  passage: Passage;
  /** Episode of season 1 the user has watched (0 = not started). */
  watched: number;
  expected: boolean;
  hidden: boolean;
  /** The unwatched facts that made the engine hide it ("fact-id@E9"), for diagnosis. */
  facts: string[];
}

/** A spoiler passage must stay hidden exactly while the user is before its episode. */
export function expectedHidden(episode: number | null, watched: number): boolean {
  return episode !== null && episode > watched;
}
