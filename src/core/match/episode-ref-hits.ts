import { compareEpisodes, type EpisodeRef, formatEpisode, isAfter } from '../episode';
import type { Compiled, CompiledShow } from './compiled';
import { episodeEvidence } from './episode-evidence';
import type { EpisodeMention } from './episode-refs';
import { labelFor, termMatch } from './explain';
import type { Candidate, Mention, Span, Summary } from './summary';
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
 * R3. Or, anywhere, the plot of a fact of the very episode referenced ("ep 8 when
 *     they pull the plug"): see episode-evidence.ts.
 */
export function episodeRefHits(
  c: Compiled,
  text: string,
  s: Summary,
  fired: Candidate[],
  about: boolean[],
): FactHit[] {
  if (s.mentions.length === 0) return [];
  const out: FactHit[] = [];
  c.shows.forEach((show, si) => {
    const mine = fired.filter((f) => f.fact.show === si && !f.fact.own);
    const latest = mine.reduce((m, f) => Math.max(m, f.fact.season), 0);
    const defaultSeason = latest || show.watched.season;
    // A reference adds nothing when an unwatched fact already spoils that episode or later.
    let floor = show.watched;
    for (const f of mine) if (compareEpisodes(f.fact, floor) > 0) floor = f.fact;
    const best =
      mine.length > 0
        ? nearest(show, s, mine, defaultSeason)
        : withEvidence(c, show, s, defaultSeason, about[si] === true);
    if (!best || !isAfter(best.ref, floor)) return;
    if (!best) return;
    const { ref, mention, spans } = best;
    const refMatch = {
      term: 'episode reference',
      found: text.slice(mention.start, mention.end),
      start: mention.start,
      end: mention.end,
      distance: 0,
    };
    const matches = [
      refMatch,
      ...[...new Set(spans)].map((i) => {
        const o = s.spans[i] as Span;
        const owner = mine.find((f) => f.spans.includes(i))?.fact ?? null;
        return termMatch(text, o, labelFor(c, owner, o.term));
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

interface Pick {
  ref: EpisodeRef;
  mention: Mention;
  spans: number[];
}

/**
 * R1: the reference nearest to the facts given away is the one they belong to
 * ("Episode nine pays off the coma plot ... on a path toward the finale" is about 9).
 */
function nearest(show: CompiledShow, s: Summary, mine: Candidate[], season: number): Pick | null {
  const spans = mine.flatMap((f) => f.spans);
  let best: Pick | null = null;
  let bestGap = Number.POSITIVE_INFINITY;
  for (const m of s.mentions) {
    // "The last scene" may close any episode: it never moves a matched fact.
    if (m.mention.kind === 'ending') continue;
    const ref = resolve(m.mention, show, season);
    if (!ref) continue;
    let gap = Number.POSITIVE_INFINITY;
    for (const i of spans) gap = Math.min(gap, Math.abs((s.spans[i] as Span).first - m.at));
    if (gap < bestGap || (gap === bestGap && best && compareEpisodes(ref, best.ref) > 0)) {
      best = { ref, mention: m, spans };
      bestGap = gap;
    }
  }
  return best;
}

/** R2: the latest reference with enough show words near it. */
function withEvidence(
  c: Compiled,
  show: CompiledShow,
  s: Summary,
  season: number,
  about: boolean,
): Pick | null {
  let best: Pick | null = null;
  for (const m of s.mentions) {
    const ref = resolve(m.mention, show, season);
    if (!ref || (best && compareEpisodes(ref, best.ref) <= 0)) continue;
    let spans = evidence(c, show, s, m);
    // Off a page about the show, a character must be among the evidence (R2),
    // or the plot of a fact of the episode referenced (R3).
    if (!about && !spans.some((i) => show.characterOf.has((s.spans[i] as Span).term))) spans = [];
    if (spans.length === 0) spans = episodeEvidence(c, show, s, m, ref);
    if (spans.length === 0) continue;
    best = { ref, mention: m, spans };
  }
  return best;
}

/** Show words near the mention, when there are enough of them (see R2); else []. */
function evidence(c: Compiled, show: CompiledShow, s: Summary, m: Mention): number[] {
  const need = c.tuning.episodeRefEvidence;
  if (need === 0) return [];
  const near: number[] = [];
  const terms = new Set<number>();
  let plot = 0;
  for (const i of m.near) {
    const o = s.spans[i] as Span;
    // Each word is evidence for the reference nearest to it only.
    if (nearestMention(s, o) !== m) continue;
    if (show.titleTerms.has(o.term) || terms.has(o.term)) continue;
    const isPlot = show.plotTerms.has(o.term);
    if (!isPlot && !show.characterOf.has(o.term)) continue;
    terms.add(o.term);
    near.push(i);
    if (isPlot) plot++;
  }
  return plot >= 1 && terms.size >= need ? near : [];
}

function nearestMention(s: Summary, o: Span): Mention | undefined {
  let best: Mention | undefined;
  let gap = Number.POSITIVE_INFINITY;
  for (const m of s.mentions) {
    const g = Math.abs(o.first - m.at);
    if (g < gap) [best, gap] = [m, g];
  }
  return best;
}

function resolve(m: EpisodeMention, show: CompiledShow, defaultSeason: number): EpisodeRef | null {
  if (m.kind === 'series-finale') {
    const last = Math.max(...show.episodesIn.keys());
    return { season: last, episode: show.episodesIn.get(last) ?? 1 };
  }
  const season = m.season ?? defaultSeason;
  const count = show.episodesIn.get(season);
  if (count === undefined) return null;
  if (m.kind === 'finale' || m.kind === 'ending') return { season, episode: count };
  if (m.kind === 'penultimate') return count > 1 ? { season, episode: count - 1 } : null;
  if (m.kind === 'season') return { season, episode: 1 };
  const episode = m.episode ?? 0;
  return episode >= 1 && episode <= count ? { season, episode } : null;
}
