import { COMMON_WORDS } from '../text/common-words';
import { normalizeWords } from '../text/normalize';
import type { Term } from './compiled';
import type { WordIndex } from './word-index';

/** Builds and de-duplicates terms: the same word sequence is one term for every fact. */
export class TermTable {
  readonly terms: Term[] = [];
  /** Indexed by word id: the terms that start with that word. */
  readonly byFirst: (number[] | undefined)[] = [];
  private readonly byKey = new Map<string, number>();

  constructor(private readonly words: WordIndex) {}

  /**
   * The term for `text`, or -1 when it has no words. `isName`: everyday words in
   * it ("Will", "Rose") must be capitalised on the page to count.
   */
  add(text: string, isName: boolean): number {
    const words = normalizeWords(text);
    if (words.length === 0) return -1;
    let capMask = 0;
    if (isName) words.forEach((w, i) => COMMON_WORDS.has(w) && (capMask |= 1 << i));
    const ids = words.map((w) => this.words.add(w));
    const key = `${ids.join(',')}|${capMask}`;
    let id = this.byKey.get(key);
    if (id === undefined) {
      id = this.terms.length;
      this.terms.push({ words: ids, capMask });
      this.byKey.set(key, id);
      const first = ids[0] as number;
      const list = this.byFirst[first];
      if (list) list.push(id);
      else this.byFirst[first] = [id];
    }
    return id;
  }

  /** True when every word of the term is an everyday word ("was", "left her"). */
  isEveryday(term: number): boolean {
    const t = this.terms[term] as Term;
    return t.words.every((w) => COMMON_WORDS.has(this.words.words[w] as string));
  }
}
