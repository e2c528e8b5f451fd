import type { Compiled, CompiledFact } from './compiled';
import type { Span } from './summary';
import type { TermMatch } from './types';

/** A TermMatch pointing at the page text the span covers. */
export function termMatch(text: string, o: Span, label: string): TermMatch {
  return {
    term: label,
    found: text.slice(o.start, o.end),
    start: o.start,
    end: o.end,
    distance: o.distance,
  };
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
