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
 * tokens. The common case (no word of the page in the vocabulary) costs one
 * Map.get per token.
 */
export function analyse(c: Compiled, text: string): Analysis {
  const tokens = tokenize(text);
  const occurrences: Occurrence[] = [];
  const { words, count, flags } = tokens;
  let mayMention = false;
  const hitsAt: (readonly WordHit[])[] = new Array(count);
  for (let i = 0; i < count; i++) {
    hitsAt[i] = c.words.lookup(words[i] as string);
    if (((flags[i] as number) & HAS_DIGIT) !== 0) mayMention = true;
  }
  for (let i = 0; i < count; i++) {
    const hits = hitsAt[i] as readonly WordHit[];
    for (let h = 0; h < hits.length; h++) {
      const hit = hits[h] as WordHit;
      if (c.mentionWords.has(hit.id)) mayMention = true;
      const starting = c.termsByFirst[hit.id];
      if (!starting) continue;
      for (const id of starting) {
        const term = c.terms[id] as Term;
        if ((term.capMask & 1) !== 0 && ((flags[i] as number) & CAPITALIZED) === 0) continue;
        const rest = term.words.length === 1 ? 0 : restDistance(hitsAt, tokens, i, term);
        if (rest >= 0) {
          const last = i + term.words.length - 1;
          occurrences.push({ term: id, first: i, last, distance: hit.distance + rest });
        }
      }
    }
  }
  return { tokens, occurrences, mayMention };
}

/** Distance of the term's later words at the following tokens, or -1 when they do not match. */
function restDistance(
  hitsAt: (readonly WordHit[])[],
  tokens: Tokens,
  i: number,
  term: Term,
): number {
  let total = 0;
  for (let k = 1; k < term.words.length; k++) {
    const at = i + k;
    if (at >= tokens.count) return -1;
    if ((term.capMask & (1 << k)) !== 0 && ((tokens.flags[at] as number) & CAPITALIZED) === 0) {
      return -1;
    }
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
