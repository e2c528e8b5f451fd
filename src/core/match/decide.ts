import { compareEpisodes, isAfter } from '../episode';
import type { Compiled, CompiledShow } from './compiled';
import { isAbout, type ShowContext } from './context';
import { weight } from './episode-evidence';
import { episodeRefHits } from './episode-ref-hits';
import { labelFor, termMatch } from './explain';
import type { Candidate, Span, Summary } from './summary';
import type { Decision, FactHit } from './types';

/**
 * The context gate, then the episode gate.
 * Context: own terms fire anywhere; "self" facts when one of the show's names
 * is among the matched words or the page is about the show ("pushed off the
 * roof" alone is not enough, "Delia pushed Cassie off the roof" is); "show"
 * facts on a page about the show (isAbout), or when a name of the show matched
 * with enough other groups or inside a phrase (Tuning.standaloneGroups); on
 * 'strict' and 'balanced', talk about a TV show (tv-talk.ts) stands in for the name.
 * Episode: a passage is hidden iff it gives away something later than the
 * episode the user reached for that show; facts already watched are kept as
 * watchedHits for explanations only. hits[0] is the latest unwatched one.
 */
export function decide(c: Compiled, text: string, s: Summary, page: ShowContext[]): Decision {
  if (s.candidates.length === 0 && s.mentions.length === 0) return nothing();
  const about = c.shows.map((_, i) => isAbout(c, page[i] as ShowContext, s.context[i]));
  const standalone = c.tuning.standaloneGroups;
  // TV talk stands in for a name: "her parents took her off the ventilator and she
  // kept breathing. episode 8" is about a show, the same words about a grandmother not.
  const talk = c.tuning.talkCounts && s.talk === true;
  const fired = s.candidates.filter(
    (f) =>
      f.fact.own ||
      about[f.fact.show] ||
      ((f.namesShow || (talk && talkWeighs(c, s, f))) &&
        (f.fact.context === 'self' || (standalone > 0 && f.otherGroups >= standalone))),
  );
  const hits: FactHit[] = [];
  const watchedHits: FactHit[] = [];
  for (const f of fired) {
    const hit = toHit(c, text, s, f);
    (isAfter(hit, (c.shows[f.fact.show] as CompiledShow).watched) ? hits : watchedHits).push(hit);
  }
  hits.push(...episodeRefHits(c, text, s, fired, about));
  return decisionOf(hits, watchedHits);
}

/** The decision these hits make: `hits` are sorted here, latest unwatched episode first. */
export function decisionOf(hits: FactHit[], watchedHits: FactHit[]): Decision {
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

/**
 * In TV talk, everyday words ("the big sister did it all along") are too little:
 * the fact's words must weigh as much as a reference's plot evidence (weight()),
 * or be one of its phrases, which the pack gives as telling on their own.
 */
function talkWeighs(c: Compiled, s: Summary, f: Candidate): boolean {
  const show = c.shows[f.fact.show];
  if (!show) return false;
  return f.via === 'phrase' || weight(c, show, s, f.spans) >= c.tuning.episodeRefEvidence;
}

function toHit(c: Compiled, text: string, s: Summary, f: Candidate): FactHit {
  const show = c.shows[f.fact.show] as CompiledShow;
  return {
    showId: show.id,
    showTitle: show.title,
    factId: f.fact.id,
    label: f.fact.label,
    season: f.fact.season,
    episode: f.fact.episode,
    matches: f.spans.map((i) => {
      const o = s.spans[i] as Span;
      return termMatch(text, o, labelFor(c, f.fact, o.term));
    }),
    via: f.via,
  };
}

export function nothing(): Decision {
  return { hidden: false, hits: [], watchedHits: [], episode: null, showId: null, showTitle: null };
}
