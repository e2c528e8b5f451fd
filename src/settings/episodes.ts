import { compareEpisodes, type EpisodeRef, NOT_STARTED } from '../core/episode';
import type { Pack } from '../core/pack/schema';

/** One watchable episode of a pack, in order. */
export interface EpisodeEntry extends EpisodeRef {
  title: string;
  /** The last episode of its season: choosing it means "finished the season". */
  lastOfSeason: boolean;
}

/** Every episode of the pack, seasons and episodes sorted. */
export function listEpisodes(pack: Pack): EpisodeEntry[] {
  const seasons = [...pack.seasons].sort((a, b) => a.number - b.number);
  return seasons.flatMap((season) => {
    const episodes = [...season.episodes].sort((a, b) => a.number - b.number);
    return episodes.map((ep, i) => ({
      season: season.number,
      episode: ep.number,
      title: ep.title,
      lastOfSeason: i === episodes.length - 1,
    }));
  });
}

/** The episode after `reached`, or null when the user has seen them all. */
export function nextEpisode(pack: Pack, reached: EpisodeRef): EpisodeEntry | null {
  return listEpisodes(pack).find((e) => compareEpisodes(e, reached) > 0) ?? null;
}

/** "S1E7" <-> EpisodeRef, as used for <option> values. */
export function episodeKey(ref: EpisodeRef): string {
  return `S${ref.season}E${ref.episode}`;
}

export function parseEpisodeKey(key: string): EpisodeRef | null {
  const m = /^S(\d+)E(\d+)$/.exec(key);
  return m ? { season: Number(m[1]), episode: Number(m[2]) } : null;
}

/**
 * Progress as stored may point at an episode the pack no longer has (a pack
 * update removed it). Keep it as is: comparisons still order it correctly, and
 * the picker shows the nearest earlier entry.
 */
export function pickerValue(pack: Pack, reached: EpisodeRef): string {
  if (compareEpisodes(reached, NOT_STARTED) <= 0) return episodeKey(NOT_STARTED);
  const entries = listEpisodes(pack).filter((e) => compareEpisodes(e, reached) <= 0);
  const last = entries[entries.length - 1];
  return last ? episodeKey(last) : episodeKey(NOT_STARTED);
}
