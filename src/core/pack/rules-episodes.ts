import type { PathKey } from './issue-text';
import { list, positiveInt, record } from './raw';

export type Report = (keys: PathKey[], message: string) => void;

/**
 * Season number -> its episode numbers, or null when that season's episodes
 * are malformed. `complete` is false when some season itself is unreadable:
 * then "season 2 does not exist" cannot be said, it may be the broken one.
 * Both keep one shape error from echoing through every fact.
 */
export interface SeasonIndex {
  seasons: Map<number, Set<number> | null>;
  complete: boolean;
}

/**
 * Seasons are unique; episodes within a season are unique and numbered 1..N
 * without gaps, so "episode 7" always means the same thing and the picker can
 * list them in order.
 */
export function checkSeasons(pack: unknown, report: Report): SeasonIndex {
  const raw = record(pack).seasons;
  const index: SeasonIndex = { seasons: new Map(), complete: Array.isArray(raw) };
  const seasonAt = new Map<number, number>();
  list(raw).forEach((rawSeason, s) => {
    const season = record(rawSeason);
    const number = positiveInt(season.number);
    const episodes = checkEpisodes(season.episodes, s, report);
    if (number === undefined) {
      index.complete = false;
      return;
    }
    const first = seasonAt.get(number);
    if (first !== undefined) {
      report(['seasons', s, 'number'], `duplicate season ${number} (also seasons[${first}])`);
      return;
    }
    seasonAt.set(number, s);
    index.seasons.set(number, episodes);
  });
  return index;
}

/** The season's episode numbers, or null if any of them is unreadable. */
function checkEpisodes(raw: unknown, s: number, report: Report): Set<number> | null {
  if (!Array.isArray(raw)) return null;
  const episodes = new Set<number>();
  const episodeAt = new Map<number, number>();
  let readable = true;
  raw.forEach((rawEpisode, e) => {
    const episode = positiveInt(record(rawEpisode).number);
    if (episode === undefined) {
      readable = false;
      return;
    }
    const first = episodeAt.get(episode);
    if (first !== undefined) {
      report(
        ['seasons', s, 'episodes', e, 'number'],
        `duplicate episode ${episode} (also seasons[${s}].episodes[${first}])`,
      );
      return;
    }
    episodeAt.set(episode, e);
    episodes.add(episode);
  });
  // A gap next to an episode whose number is already reported as wrong is that same mistake.
  if (!readable) return null;
  const missing: number[] = [];
  for (let n = 1; n <= Math.max(0, ...episodes); n++) if (!episodes.has(n)) missing.push(n);
  if (missing.length > 0) {
    const which =
      missing.length === 1 ? `episode ${missing[0]} is` : `episodes ${missing.join(', ')} are`;
    report(['seasons', s, 'episodes'], `${which} missing (number them 1, 2, 3... without gaps)`);
  }
  return episodes;
}

/** Every fact points at a season and an episode the pack lists. */
export function checkFactEpisodes(pack: unknown, index: SeasonIndex, report: Report): void {
  const seasonList = [...index.seasons.keys()].sort((a, b) => a - b).join(', ');
  list(record(pack).facts).forEach((rawFact, f) => {
    const fact = record(rawFact);
    const season = positiveInt(fact.season);
    if (season === undefined) return;
    if (!index.seasons.has(season)) {
      if (index.complete && index.seasons.size > 0) {
        report(
          ['facts', f, 'season'],
          `${season} is not a season of this pack (seasons: ${seasonList})`,
        );
      }
      return;
    }
    const episodes = index.seasons.get(season);
    const episode = positiveInt(fact.episode);
    if (episodes && episode !== undefined && !episodes.has(episode)) {
      report(
        ['facts', f, 'episode'],
        `${episode} is not an episode of season ${season} (1..${Math.max(0, ...episodes)})`,
      );
    }
  });
}
