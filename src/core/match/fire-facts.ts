import type { Analysis, Occurrence } from './analyse';
import type { Compiled, CompiledFact } from './compiled';
import { isAbout, type ShowContext } from './context';
import { coOccur } from './window';

export interface Fired {
  fact: CompiledFact;
  /** Occurrence indices that make the case. */
  occurrences: number[];
  via: 'terms' | 'phrase' | 'own-term';
}

/**
 * The facts a passage gives away, after the context gate:
 * - own terms fire anywhere;
 * - "show" facts only on a page about the show (see isAbout);
 * - "self" facts when one of the show's names is among the matched words
 *   (or the page is about the show), so "pushed off the roof" alone is not
 *   enough but "Delia pushed Cassie off the roof" is.
 * A phrase fires on its own; term groups must co-occur (see coOccur).
 */
export function fireFacts(
  c: Compiled,
  a: Analysis,
  page: ShowContext[],
  passage: ShowContext[],
): Fired[] {
  const touched = new Map<CompiledFact, { groups: number[][]; phrases: number[] }>();
  a.occurrences.forEach((o, index) => {
    for (const ref of c.factsByTerm.get(o.term) ?? []) {
      let t = touched.get(ref.fact);
      if (!t) touched.set(ref.fact, (t = { groups: ref.fact.groups.map(() => []), phrases: [] }));
      if (ref.group < 0) t.phrases.push(index);
      else (t.groups[ref.group] as number[]).push(index);
    }
  });
  const fired: Fired[] = [];
  const about = c.shows.map((_, s) => isAbout(c, page[s] as ShowContext, passage[s]));
  for (const [fact, t] of touched) {
    let chosen: number[] | null = null;
    let via: Fired['via'] = fact.own ? 'own-term' : 'phrase';
    if (t.phrases.length > 0) chosen = [t.phrases[0] as number];
    else if (fact.groups.length > 0 && t.groups.every((g) => g.length > 0)) {
      chosen = coOccur(t.groups, a.occurrences, a.tokens, c.tuning.window);
      via = 'terms';
    }
    if (!chosen) continue;
    if (!fact.own && !about[fact.show]) {
      if (fact.context === 'show' || !namesShow(c, fact.show, a.occurrences, chosen)) continue;
    }
    fired.push({ fact, occurrences: chosen, via });
  }
  return fired;
}

/** True when a chosen occurrence is, or contains, one of the show's names. */
function namesShow(c: Compiled, show: number, occ: Occurrence[], chosen: number[]): boolean {
  const names = c.shows[show]?.nameTerms;
  if (!names) return false;
  for (const i of chosen) {
    const o = occ[i] as Occurrence;
    if (names.has(o.term)) return true;
    // A phrase: look for a name occurrence inside its span.
    for (const n of occ) {
      if (n.first >= o.first && n.last <= o.last && names.has(n.term)) return true;
    }
  }
  return false;
}
