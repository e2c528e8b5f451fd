import type { PathKey } from './issue-text';
import { list, positiveInt, record } from './raw';

export type Report = (keys: PathKey[], message: string) => void;

/** Season number -> its episode numbers (first occurrence of each season only). */
export type SeasonMap = Map<number, Set<number>>;

/**
 * Seasons are unique; episodes within a season are unique and numbered 1..N
 * without gaps, so "episode 7" always means the same thing and the picker can
 * list them in order.
 */
export function checkSeasons(pack: unknown, report: Report): SeasonMap {
  const seasons: SeasonMap = new Map();
  const seasonAt = new Map<number, number>();
  list(record(pack).seasons).forEach((rawSeason, s) => {
    const season = record(rawSeason);
    const number = positiveInt(season.number);
    const episodes = new Set<number>();
    const episodeAt = new Map<number, number>();
    let unnumbered = false;
    list(season.episodes).forEach((rawEpisode, e) => {
      const episode = positiveInt(record(rawEpisode).number);
      if (episode === undefined) {
        unnumbered = true;
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
    const missing: number[] = [];
    for (let n = 1; n <= Math.max(0, ...episodes); n++) if (!episodes.has(n)) missing.push(n);
    // A gap next to an episode whose number is already reported as wrong is that same mistake.
    if (missing.length > 0 && !unnumbered) {
      const which =
        missing.length === 1 ? `episode ${missing[0]} is` : `episodes ${missing.join(', ')} are`;
      report(['seasons', s, 'episodes'], `${which} missing (number them 1, 2, 3... without gaps)`);
    }
    if (number === undefined) return;
    const first = seasonAt.get(number);
    if (first !== undefined) {
      report(['seasons', s, 'number'], `duplicate season ${number} (also seasons[${first}])`);
      return;
    }
    seasonAt.set(number, s);
    seasons.set(number, episodes);
  });
  return seasons;
}

/** Every fact points at a season and an episode the pack lists. */
export function checkFactEpisodes(pack: unknown, seasons: SeasonMap, report: Report): void {
  // With no valid season at all the shape check has already said so; every fact would repeat it.
  if (seasons.size === 0) return;
  const seasonList = [...seasons.keys()].sort((a, b) => a - b).join(', ');
  list(record(pack).facts).forEach((rawFact, f) => {
    const fact = record(rawFact);
    const season = positiveInt(fact.season);
    if (season === undefined) return;
    const episodes = seasons.get(season);
    if (episodes === undefined) {
      report(
        ['facts', f, 'season'],
        `${season} is not a season of this pack (seasons: ${seasonList})`,
      );
      return;
    }
    const episode = positiveInt(fact.episode);
    if (episode !== undefined && !episodes.has(episode)) {
      report(
        ['facts', f, 'episode'],
        `${episode} is not an episode of season ${season} (1..${Math.max(0, ...episodes)})`,
      );
    }
  });
}
