import { CAPITALIZED, HAS_DIGIT, type KeepToken, type Tokens, tokenize } from '../text/tokenize';
import type { Compiled, Term } from './compiled';
import type { WordHit } from './word-index';

/** A term found in a passage. Token positions are among all the passage's tokens. */
export interface Occurrence {
  term: number;
  first: number;
  last: number;
  /** Sum of the words' edit distances (0 = exact or inflection). */
  distance: number;
  /** The first word starts with a capital letter. */
  capitalized: boolean;
  /** Offsets into the passage text. */
  start: number;
  end: number;
  /** Sentence of the first word. */
  sentence: number;
}

export interface Analysis {
  /** Only the tokens the matcher keeps: vocabulary words and numbers (see Tokens.index). */
  tokens: Tokens;
  occurrences: Occurrence[];
  /** A digit or an "episode"/"season"/"finale" word: worth looking for episode references. */
  mayMention: boolean;
}

/**
 * Tokenises a passage, looking each word up (cached fuzzy lookup) as it is
 * produced and keeping only the words the packs know and numbers, then finds
 * every compiled term among them from its anchor word; multi-word terms must
 * be consecutive in the text. A page's other words cost one Map.get each and
 * are never stored.
 */
export function analyse(c: Compiled, text: string): Analysis {
  // One module-level filter, not a closure per passage (a page has tens of thousands).
  scan.words = c.words;
  scan.mayMention = false;
  scan.kept = 0;
  const tokens = tokenize(text, keep, c.words);
  let mayMention = scan.mayMention;
  const occurrences: Occurrence[] = [];
  for (let k = 0; k < tokens.count; k++) {
    const hits = hitsAt[k] as readonly WordHit[];
    for (let h = 0; h < hits.length; h++) {
      const hit = hits[h] as WordHit;
      if (c.mentionWords[hit.id] === 1) mayMention = true;
      const anchored = c.termsByAnchor[hit.id];
      if (anchored) for (const id of anchored) find(c, tokens, k, hit, id, occurrences);
    }
  }
  return { tokens, occurrences, mayMention };
}

/** What keep() reads and writes for the passage being tokenised. */
const scan = { words: undefined as unknown as Compiled['words'], mayMention: false, kept: 0 };

const keep: KeepToken = (word, flags) => {
  const hits = scan.words.lookup(word);
  if ((flags & HAS_DIGIT) !== 0) {
    // A bare number ("(123)", "2024") starts no reference on its own: beside "episode"
    // or "season" that word sets mayMention. "s1e7", "ep7", "1x07", "7th" have letters.
    if (!scan.mayMention && hasLetter(word)) scan.mayMention = true;
  } else if (hits.length === 0) return false;
  hitsAt[scan.kept++] = hits;
  return true;
};

function hasLetter(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 57) return true;
  return false;
}

/** Per kept token, its lookups; reused between passages (one passage is read at a time). */
const hitsAt: (readonly WordHit[])[] = [];

/** Records term `id` anchored at kept token k when all its words are there, consecutively. */
function find(c: Compiled, t: Tokens, k: number, hit: WordHit, id: number, out: Occurrence[]) {
  const term = c.terms[id] as Term;
  const first = k - term.anchor;
  const last = first + term.words.length - 1;
  if (first < 0 || last >= t.count) return;
  const index = t.index as number[];
  const at = index[first] as number;
  const to = index[last] as number;
  if (to - at !== last - first) return; // a word of the text in between
  const d =
    term.words.length === 1
      ? capOk(term, 0, t.flags[k] as number)
        ? hit.distance
        : -1
      : spread(t, first, term);
  if (d < 0) return;
  out.push({
    term: id,
    first: at,
    last: to,
    distance: d,
    capitalized: ((t.flags[first] as number) & CAPITALIZED) !== 0,
    start: t.starts[first] as number,
    end: t.ends[last] as number,
    sentence: t.sentences[first] as number,
  });
}

function capOk(term: Term, k: number, flag: number): boolean {
  return (term.capMask & (1 << k)) === 0 || (flag & CAPITALIZED) !== 0;
}

/** Summed distance of the term's words at kept tokens first.., or -1 when one does not match. */
function spread(t: Tokens, first: number, term: Term): number {
  let total = 0;
  for (let k = 0; k < term.words.length; k++) {
    const at = first + k;
    if (!capOk(term, k, t.flags[at] as number)) return -1;
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
