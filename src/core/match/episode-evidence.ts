import type { EpisodeRef } from '../episode';
import { COMMON_WORDS } from '../text/common-words';
import type { Compiled, CompiledFact, CompiledShow, Term } from './compiled';
import type { Mention, Span, Summary } from './summary';

/**
 * R3 (see episode-ref-hits.ts): a reference and the plot of a fact of THAT
 * episode. "ep 8 when they pull the plug", "the eighth hour: the family lets go
 * and the ventilator comes out" name no one, yet the number and the plot agree,
 * which a passage about another show or about real life rarely manages. Every
 * group of the fact that is not a "who" group (one naming a character) must be
 * matched near the reference; the missing groups may only be "who" groups.
 * The words matched then need enough weight (see weight()): a numbered episode
 * needs 2, "the finale" needs 3 (every show has one, and the last episode's
 * facts have the broadest vocabulary). Returns the spans, or [] when too weak.
 */
export function episodeEvidence(
  c: Compiled,
  show: CompiledShow,
  s: Summary,
  m: Mention,
  ref: EpisodeRef,
): number[] {
  const base = c.tuning.episodeRefEvidence;
  if (base === 0) return [];
  const kind = m.mention.kind;
  const need = kind === 'finale' || kind === 'series-finale' || kind === 'ending' ? base + 1 : base;
  const chosen = new Set<number>();
  for (const fact of show.facts) {
    if (fact.own || fact.season !== ref.season || fact.episode !== ref.episode) continue;
    const shape = shapeOf(show, fact);
    let plotGroups = 0;
    let complete = true;
    const found: number[] = [];
    shape.terms.forEach((terms, g) => {
      const here = m.near.filter((i) => terms.has((s.spans[i] as Span).term));
      if (!shape.who[g]) {
        plotGroups++;
        if (here.length === 0) complete = false;
      }
      found.push(...here);
    });
    if (!complete || plotGroups === 0) continue;
    for (const i of found) chosen.add(i);
  }
  if (chosen.size === 0) return [];
  const spans = [...chosen].sort((a, b) => a - b);
  return weight(c, show, s, spans) >= need ? spans : [];
}

/**
 * Evidence weight of distinct, non-overlapping spans: a plot term with two
 * words that are not everyday ("Michi Beach") or a set phrase of three words or
 * more ("pull the plug", "opens her eyes") 2, any other plot term ("ventilator";
 * "wakes up": "episode 9 of another show, she wakes up" is not enough) or a
 * character's name 1, an everyday term 0. Of overlapping
 * spans ("Michi Beach" and "Michi") only the heaviest counts.
 */
export function weight(c: Compiled, show: CompiledShow, s: Summary, spans: number[]): number {
  let total = 0;
  let lastEnd = -1;
  let current = 0;
  const seen = new Set<number>();
  const ordered = spans
    .map((i) => s.spans[i] as Span)
    .sort((a, b) => a.first - b.first || b.last - a.last);
  for (const o of ordered) {
    const w = seen.has(o.term) ? 0 : spanWeight(c, show, o);
    seen.add(o.term);
    if (o.first > lastEnd) {
      total += current;
      current = w;
    } else current = Math.max(current, w);
    lastEnd = Math.max(lastEnd, o.last);
  }
  return total + current;
}

function spanWeight(c: Compiled, show: CompiledShow, o: Span): number {
  if (show.characterOf.has(o.term)) return 1;
  if (!show.plotTerms.has(o.term)) return 0;
  // Two words that are not everyday, or a set phrase of three or more words:
  // "pull the plug", "opens her eyes" 2; "wakes up", "switched off" only 1.
  const words = (c.terms[o.term] as Term).words;
  let n = words.length >= 3 ? 1 : 0;
  for (const id of words) {
    if (!COMMON_WORDS.has(c.words.words[id] as string) && ++n === 2) break;
  }
  return Math.max(1, n);
}

interface Shape {
  /** Per group: it names a character (may be missing when a reference agrees). */
  who: boolean[];
  terms: Set<number>[];
}

const shapes = new WeakMap<CompiledFact, Shape>();

function shapeOf(show: CompiledShow, fact: CompiledFact): Shape {
  let shape = shapes.get(fact);
  if (!shape) {
    shape = {
      who: fact.groups.map((alts) => alts.some((a) => show.characterOf.has(a.term))),
      terms: fact.groups.map((alts) => new Set(alts.map((a) => a.term))),
    };
    shapes.set(fact, shape);
  }
  return shape;
}
