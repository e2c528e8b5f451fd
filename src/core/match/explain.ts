import type { Analysis, Occurrence } from './analyse';
import type { Compiled, CompiledFact } from './compiled';
import type { TermMatch } from './types';

/** A TermMatch pointing at the page text the occurrence covers. */
export function termMatch(text: string, a: Analysis, o: Occurrence, label: string): TermMatch {
  const start = a.tokens.starts[o.first] as number;
  const end = a.tokens.ends[o.last] as number;
  return { term: label, found: text.slice(start, end), start, end, distance: o.distance };
}

/** The pack's own wording of a term within a fact ("@cassie", "pushed"), else its words. */
export function labelFor(c: Compiled, fact: CompiledFact | null, term: number): string {
  if (fact) {
    for (const alt of fact.phrases) if (alt.term === term) return alt.label;
    for (const group of fact.groups)
      for (const alt of group) if (alt.term === term) return alt.label;
  }
  const t = c.terms[term];
  return t ? t.words.map((w) => c.words.words[w]).join(' ') : '';
}
