/** A point in a show: season and episode. Episode 0 of season 1 means "not started". */
export interface EpisodeRef {
  season: number;
  episode: number;
}

export const NOT_STARTED: EpisodeRef = { season: 1, episode: 0 };

/** Orders episodes: seasons first, then episodes. */
export function compareEpisodes(a: EpisodeRef, b: EpisodeRef): number {
  return a.season - b.season || a.episode - b.episode;
}

/** True when `fact` becomes known after the point the user has reached. */
export function isAfter(fact: EpisodeRef, reached: EpisodeRef): boolean {
  return compareEpisodes(fact, reached) > 0;
}

/** "S1E7": the form used in data-spoiler-episode and on the command line. */
export function formatEpisode(ref: EpisodeRef): string {
  return `S${ref.season}E${ref.episode}`;
}

/**
 * Parses "7" (season 1), "S1E7", "s2e03". Returns null for anything else.
 * A bare number is an episode of season 1: the CLI's `--watched 7`.
 */
export function parseEpisode(input: string): EpisodeRef | null {
  const s = input.trim();
  const bare = /^(\d{1,3})$/.exec(s);
  if (bare) return { season: 1, episode: Number(bare[1]) };
  const full = /^s(\d{1,2})\s*e(\d{1,3})$/i.exec(s);
  if (full) return { season: Number(full[1]), episode: Number(full[2]) };
  return null;
}
