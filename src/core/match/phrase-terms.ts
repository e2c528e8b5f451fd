import { COMMON_WORDS } from '../text/common-words';
import { type CompiledFact, type FactRef, TERM_KEY } from './compiled';
import type { TermTable } from './term-table';
import type { WordIndex } from './word-index';

/** Per part of a phrase, its alternatives' normalised words (a plain word has one alternative). */
export type PhraseParts = readonly (readonly string[])[][];

/** A phrase yields at most this many name combinations. */
export const MAX_COMBINATIONS = 64;

interface Pending {
  parts: PhraseParts;
  fact: CompiledFact;
  label: string;
  /** Where the phrase stands in compile order (see TermTable order keys). */
  order: number;
  /** Combinations enumerated: the first MAX_COMBINATIONS, the last part varying fastest. */
  count: number;
}

/**
 * Phrase terms, built when the page first shows the word they are found by.
 *
 * "@delia pushed @cassie" stands for one term per combination of the names'
 * alternatives: ~3,600 terms for the built-in pack, 70% of all terms and most of
 * a cold compile, while a page meets a handful. So compile only adds the
 * phrases' words to the vocabulary (in the order expansion would) and files each
 * phrase under the words its combinations can be anchored on; the first lookup
 * that hits such a word creates exactly the terms, links and flags an eager
 * expansion would have, with order keys that keep every list in eager order.
 */
export class LazyPhrases {
  private readonly byWord = new Map<number, Pending[]>();
  /** Upper bound of the terms still to come (sizes TermFlags). */
  bound = 0;
  private flags: Uint8Array = new Uint8Array(0);

  constructor(
    private readonly table: TermTable,
    private readonly words: WordIndex,
    private readonly link: (term: number, ref: FactRef) => void,
  ) {}

  get pending(): boolean {
    return this.byWord.size > 0;
  }

  /** The term flags to update as phrase terms appear (created once compile knows their size). */
  attach(flags: Uint8Array): void {
    this.flags = flags;
  }

  register(parts: PhraseParts, fact: CompiledFact, label: string, order: number): void {
    if (parts.length === 0 || parts.some((alts) => alts.length === 0)) return;
    let total = 1;
    for (const alts of parts) total = Math.min(total * alts.length, MAX_COMBINATIONS);
    this.addVocabulary(parts, total);
    const entry: Pending = { parts, fact, label, order, count: total };
    this.bound += total;
    for (const w of anchorCandidates(parts)) {
      const id = this.words.idOf(w) as number;
      const list = this.byWord.get(id);
      if (list) {
        if (list[list.length - 1] !== entry) list.push(entry);
      } else this.byWord.set(id, [entry]);
    }
  }

  /**
   * Vocabulary words in the order an expansion meets them first: all first
   * alternatives left to right (combination 0), then the last part's other
   * alternatives, then the part before it, and so on, as far as the first
   * MAX_COMBINATIONS combinations reach (part i's alternative j first shows up
   * in combination j * (product of the later parts' sizes)).
   */
  private addVocabulary(parts: PhraseParts, total: number): void {
    for (const alts of parts) for (const w of alts[0] as readonly string[]) this.words.add(w);
    let stride = 1;
    for (let i = parts.length - 1; i >= 0; i--) {
      const alts = parts[i] as (readonly string[])[];
      for (let j = 1; j < alts.length && j * stride < total; j++) {
        for (const w of alts[j] as readonly string[]) this.words.add(w);
      }
      stride *= alts.length;
      if (stride >= total) break;
    }
  }

  /** Creates the phrase terms anchored on vocabulary word `id` (once). */
  materialise(id: number): void {
    const list = this.byWord.get(id);
    if (!list) return;
    this.byWord.delete(id);
    // All built: lookups stop calling in.
    if (this.byWord.size === 0) this.words.onFirstHit = undefined;
    for (const p of list) {
      const { parts } = p;
      const pick = new Array<number>(parts.length).fill(0);
      for (let k = 0; k < p.count; k++) {
        const words: string[] = [];
        for (let i = 0; i < parts.length; i++) {
          const alt = (parts[i] as (readonly string[])[])[pick[i] as number] as readonly string[];
          for (let j = 0; j < alt.length; j++) words.push(alt[j] as string);
        }
        if (words.length > 0 && this.words.idOf(words[anchorOf(words)] as string) === id) {
          const order = p.order + (k + 1) / (MAX_COMBINATIONS + 1);
          const term = this.table.addWords(words, false, order);
          p.fact.phrases.push({ term, label: p.label });
          this.link(term, { fact: p.fact, group: -1, key: true, order });
          this.flags[term] = (this.flags[term] as number) | TERM_KEY;
        }
        // Next combination, like an odometer.
        for (let i = parts.length - 1; i >= 0; i--) {
          const next = (pick[i] as number) + 1;
          if (next < (parts[i] as (readonly string[])[]).length) {
            pick[i] = next;
            break;
          }
          pick[i] = 0;
        }
      }
    }
  }
}

/** A term's anchor: its first word that is not an everyday word, else its first word. */
export function anchorOf(words: readonly string[]): number {
  let anchor = 0;
  while (anchor < words.length && COMMON_WORDS.has(words[anchor] as string)) anchor++;
  return anchor === words.length ? 0 : anchor;
}

/**
 * Every word some combination may be anchored on: the first non-everyday word
 * of each alternative of the first part, and of later parts as long as an
 * earlier part may be all everyday words; when every part may be, also the
 * first words a combination may start with. Filing a phrase under a word no
 * combination uses costs a wasted enumeration, never a missed term.
 */
function anchorCandidates(parts: PhraseParts): Set<string> {
  const out = new Set<string>();
  let i = 0;
  for (; i < parts.length; i++) {
    let transparent = false;
    for (const alt of parts[i] as (readonly string[])[]) {
      const w = alt.find((x) => !COMMON_WORDS.has(x));
      if (w === undefined) transparent = true;
      else out.add(w);
    }
    if (!transparent) break;
  }
  if (i === parts.length) {
    for (const alts of parts) {
      let empty = false;
      for (const alt of alts) {
        if (alt.length > 0) out.add(alt[0] as string);
        else empty = true;
      }
      if (!empty) break;
    }
  }
  return out;
}
