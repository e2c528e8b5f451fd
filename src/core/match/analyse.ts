import { CAPITALIZED, HAS_DIGIT, type Tokens, tokenize } from '../text/tokenize';
import type { Compiled, Term } from './compiled';
import type { WordHit } from './word-index';

/** A term found in a passage: tokens first..last (inclusive). */
export interface Occurrence {
  term: number;
  first: number;
  last: number;
  /** Sum of the words' edit distances (0 = exact or inflection). */
  distance: number;
  /** The first word starts with a capital letter. */
  capitalized: boolean;
}

export interface Analysis {
  tokens: Tokens;
  occurrences: Occurrence[];
  /** A digit or an "episode"/"season"/"finale" word: worth looking for episode references. */
  mayMention: boolean;
}

/**
 * Tokenises a passage and finds every compiled term in it, each word through
 * the cached fuzzy lookup (once per token), multi-word terms as consecutive
 * tokens found from their anchor word. The common case (no word of the page in
 * the vocabulary) costs one Map.get per token.
 */
export function analyse(c: Compiled, text: string): Analysis {
  const tokens = tokenize(text);
  const occurrences: Occurrence[] = [];
  const { words, count, flags } = tokens;
  let mayMention = false;
  if (hitsAt.length < count) hitsAt.length = count;
  let withHits = 0;
  for (let i = 0; i < count; i++) {
    const hits = c.words.lookup(words[i] as string);
    hitsAt[i] = hits;
    if (hits.length > 0) hitTokens[withHits++] = i;
    if (((flags[i] as number) & HAS_DIGIT) !== 0) mayMention = true;
  }
  for (let x = 0; x < withHits; x++) {
    const i = hitTokens[x] as number;
    const hits = hitsAt[i] as readonly WordHit[];
    for (let h = 0; h < hits.length; h++) {
      const hit = hits[h] as WordHit;
      if (c.mentionWords[hit.id] === 1) mayMention = true;
      const anchored = c.termsByAnchor[hit.id];
      if (!anchored) continue;
      for (const id of anchored) {
        const term = c.terms[id] as Term;
        const first = i - term.anchor;
        const last = first + term.words.length - 1;
        if (first < 0 || last >= count) continue;
        const d =
          term.words.length === 1
            ? capOk(term, 0, flags[i] as number) < 0
              ? -1
              : hit.distance
            : spread(tokens, first, term);
        if (d >= 0) {
          const capitalized = ((flags[first] as number) & CAPITALIZED) !== 0;
          occurrences.push({ term: id, first, last, distance: d, capitalized });
        }
      }
    }
  }
  return { tokens, occurrences, mayMention };
}

/** Per-token lookups, reused between passages (a page is read one passage at a time). */
const hitsAt: (readonly WordHit[])[] = [];
/** Indices of the tokens that have vocabulary hits, in order. */
const hitTokens: number[] = [];

function capOk(term: Term, k: number, flag: number): number {
  return (term.capMask & (1 << k)) !== 0 && (flag & CAPITALIZED) === 0 ? -1 : 0;
}

/** Summed distance of the term's words at tokens first.., or -1 when one does not match. */
function spread(tokens: Tokens, first: number, term: Term): number {
  let total = 0;
  for (let k = 0; k < term.words.length; k++) {
    const at = first + k;
    if (capOk(term, k, tokens.flags[at] as number) < 0) return -1;
    const want = term.words[k];
    const hits = hitsAt[at] as readonly WordHit[];
    let found = -1;
    for (let h = 0; h < hits.length; h++) {
      const hit = hits[h] as WordHit;
      if (hit.id === want) {
        found = hit.distance;
        break;
      }
    }
    if (found < 0) return -1;
    total += found;
  }
  return total;
}
