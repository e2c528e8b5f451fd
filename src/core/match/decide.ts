import { compareEpisodes, isAfter } from '../episode';
import type { Analysis, Occurrence } from './analyse';
import type { Compiled, CompiledShow } from './compiled';
import { addContext, emptyContexts, type ShowContext } from './context';
import { episodeRefHits } from './episode-ref-hits';
import { labelFor, termMatch } from './explain';
import { fireFacts } from './fire-facts';
import type { Decision, FactHit } from './types';

/**
 * The episode gate: a passage is hidden iff it gives away something later than
 * the episode the user reached for that show. Facts already watched are kept
 * as watchedHits for explanations only. hits[0] is the latest unwatched one.
 */
export function decide(c: Compiled, text: string, a: Analysis, page: ShowContext[]): Decision {
  if (a.occurrences.length === 0) return nothing();
  const passage = emptyContexts(c);
  addContext(c, a.occurrences, passage);
  const fired = fireFacts(c, a, page, passage);
  const hits: FactHit[] = [];
  const watchedHits: FactHit[] = [];
  for (const f of fired) {
    const show = c.shows[f.fact.show] as CompiledShow;
    const hit: FactHit = {
      showId: show.id,
      showTitle: show.title,
      factId: f.fact.id,
      label: f.fact.label,
      season: f.fact.season,
      episode: f.fact.episode,
      matches: f.occurrences.map((i) => {
        const o = a.occurrences[i] as Occurrence;
        return termMatch(text, a, o, labelFor(c, f.fact, o.term));
      }),
      via: f.via,
    };
    (isAfter(hit, show.watched) ? hits : watchedHits).push(hit);
  }
  hits.push(...episodeRefHits(c, text, a, fired, page, passage));
  hits.sort((x, y) => compareEpisodes(y, x));
  const top = hits[0] ?? watchedHits[0];
  return {
    hidden: hits.length > 0,
    hits,
    watchedHits,
    episode: hits[0] ? { season: hits[0].season, episode: hits[0].episode } : null,
    showId: top?.showId ?? null,
    showTitle: top?.showTitle ?? null,
  };
}

export function nothing(): Decision {
  return { hidden: false, hits: [], watchedHits: [], episode: null, showId: null, showTitle: null };
}
