import { compareEpisodes, type EpisodeRef, formatEpisode, isAfter } from '../episode';
import type { Analysis, Occurrence } from './analyse';
import type { Compiled, CompiledShow } from './compiled';
import { isAbout, type ShowContext } from './context';
import { type EpisodeMention, findEpisodeMentions } from './episode-refs';
import { labelFor, termMatch } from './explain';
import type { Fired } from './fire-facts';
import type { FactHit } from './types';

/**
 * Explicit episode references ("episode 9", "S1E9", "the finale") as evidence.
 * Rule (one synthetic hit per show, for the latest episode referenced beyond
 * the one the user reached):
 * R1. A passage that gives away a fact of the show AND names a later episode is
 *     taken to discuss that episode: the decision's episode is at least the
 *     referenced one, even when the fact itself was already watched.
 * R2. With no fact given away, a reference hides only with plot evidence near it
 *     (same sentence or within the window): at least one plot word of the pack
 *     and, on 'balanced', a second distinct show word (plot word or character);
 *     'strict' takes one, 'broad' never hides on a reference alone. The show's
 *     title does not count as evidence, and the page must be about the show
 *     unless a character is among the evidence. "I loved episode 9!" hides nothing.
 */
export function episodeRefHits(
  c: Compiled,
  text: string,
  a: Analysis,
  fired: Fired[],
  page: ShowContext[],
  passage: ShowContext[],
): FactHit[] {
  const mentions = findEpisodeMentions(a.tokens);
  if (mentions.length === 0) return [];
  const out: FactHit[] = [];
  c.shows.forEach((show, s) => {
    const mine = fired.filter((f) => f.fact.show === s && !f.fact.own);
    const latest = mine.reduce((m, f) => Math.max(m, f.fact.season), 0);
    const defaultSeason = latest || show.watched.season;
    // A reference adds nothing when an unwatched fact already spoils that episode or later.
    let floor = show.watched;
    for (const f of mine) if (compareEpisodes(f.fact, floor) > 0) floor = f.fact;
    let best: { ref: EpisodeRef; mention: EpisodeMention; occ: number[] } | null = null;
    for (const m of mentions) {
      const ref = resolve(m, show, defaultSeason);
      if (!ref || !isAfter(ref, floor)) continue;
      if (best && compareEpisodes(ref, best.ref) <= 0) continue;
      const occ = mine.length > 0 ? mine.flatMap((f) => f.occurrences) : evidence(c, s, a, m);
      if (occ.length === 0) continue;
      if (mine.length === 0 && !isAbout(c, page[s] as ShowContext, passage[s])) {
        if (!occ.some((i) => show.characterOf.has((a.occurrences[i] as Occurrence).term))) continue;
      }
      best = { ref, mention: m, occ };
    }
    if (!best) return;
    const { ref, mention, occ } = best;
    const start = a.tokens.starts[mention.first] as number;
    const end = a.tokens.ends[mention.last] as number;
    const refMatch = {
      term: 'episode reference',
      found: text.slice(start, end),
      start,
      end,
      distance: 0,
    };
    const matches = [
      refMatch,
      ...unique(occ).map((i) => {
        const o = a.occurrences[i] as Occurrence;
        const owner = mine.find((f) => f.occurrences.includes(i))?.fact ?? null;
        return termMatch(text, a, o, labelFor(c, owner, o.term));
      }),
    ];
    const name =
      ref.season === 1 && show.episodesIn.size === 1
        ? `episode ${ref.episode}`
        : formatEpisode(ref);
    out.push({
      showId: show.id,
      showTitle: show.title,
      factId: `episode-reference-${formatEpisode(ref).toLowerCase()}`,
      label: `What happens in ${name}`,
      season: ref.season,
      episode: ref.episode,
      matches,
      via: 'episode-ref',
    });
  });
  return out;
}

/** Show words near the mention, when there are enough of them (see R2); else []. */
function evidence(c: Compiled, s: number, a: Analysis, m: EpisodeMention): number[] {
  const need = c.tuning.episodeRefEvidence;
  if (need === 0) return [];
  const show = c.shows[s] as CompiledShow;
  const sentence = a.tokens.sentences[m.first];
  const near: number[] = [];
  const terms = new Set<number>();
  let plot = 0;
  a.occurrences.forEach((o, i) => {
    const close =
      a.tokens.sentences[o.first] === sentence || Math.abs(o.first - m.first) <= c.tuning.window;
    if (!close || show.titleTerms.has(o.term) || terms.has(o.term)) return;
    const isPlot = show.plotTerms.has(o.term);
    if (!isPlot && !show.characterOf.has(o.term)) return;
    terms.add(o.term);
    near.push(i);
    if (isPlot) plot++;
  });
  return plot >= 1 && terms.size >= need ? near : [];
}

function resolve(m: EpisodeMention, show: CompiledShow, defaultSeason: number): EpisodeRef | null {
  if (m.kind === 'series-finale') {
    const last = Math.max(...show.episodesIn.keys());
    return { season: last, episode: show.episodesIn.get(last) ?? 1 };
  }
  const season = m.season ?? defaultSeason;
  const count = show.episodesIn.get(season);
  if (count === undefined) return null;
  if (m.kind === 'finale') return { season, episode: count };
  if (m.kind === 'season') return { season, episode: 1 };
  const episode = m.episode ?? 0;
  return episode >= 1 && episode <= count ? { season, episode } : null;
}

function unique(xs: number[]): number[] {
  return [...new Set(xs)];
}
