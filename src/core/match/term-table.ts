import { COMMON_WORDS } from '../text/common-words';
import { TermWords } from '../text/term-words';
import type { Term } from './compiled';
import { anchorOf } from './phrase-terms';
import type { WordIndex } from './word-index';

/** Builds and de-duplicates terms: the same word sequence is one term for every fact. */
export class TermTable {
  readonly terms: Term[] = [];
  /**
   * Indexed by word id: the terms anchored on that word. A term's anchor is its
   * first word that is not an everyday word ("her parents" is anchored on
   * "parents"), so the "her", "the" and "with" that make up half of any page
   * never start a term check.
   */
  readonly byAnchor: (number[] | undefined)[] = [];
  private readonly byKey = new Map<string | number, number>();
  /** Per term: every word is an everyday word. */
  private readonly everyday: boolean[] = [];
  /** Per term, its compile order key (see addWords). */
  private readonly orders: number[] = [];
  private clock = 0;
  private readonly normalizer = new TermWords();

  constructor(private readonly words: WordIndex) {}

  /**
   * The term for `text`, or -1 when it has no words. `isName`: a one-word name
   * that is an everyday word ("Will", "Rose") must be capitalised on the page to
   * count; in a longer name ("your turn to fly") the sequence is specific enough.
   */
  add(text: string, isName: boolean): number {
    return this.addWords(this.normalizer.words(text), isName);
  }

  /** The normalised words of `text` (normalizeWords), memoised per whitespace chunk for this table. */
  wordsOf(text: string): readonly string[] {
    return this.normalizer.words(text);
  }

  /**
   * add() for words already normalised. `order`: where the term stands in compile
   * order; eager terms count up, phrase terms built later (phrase-terms.ts) pass
   * the order their expansion had, so byAnchor lists keep one order however late
   * a term is made. A term made twice keeps the earlier order.
   */
  addWords(words: readonly string[], isName: boolean, order = this.clock++): number {
    const n = words.length;
    if (n === 0) return -1;
    const capMask = isName && n === 1 && COMMON_WORDS.has(words[0] as string) ? 1 : 0;
    const ids: number[] = [];
    let everyday = true;
    for (let i = 0; i < n; i++) {
      const w = words[i] as string;
      ids.push(this.words.add(w, isName));
      if (everyday && !COMMON_WORDS.has(w)) everyday = false;
    }
    // One-word terms (most of a pack) are keyed by number: no string to build per term.
    const key = n === 1 ? (ids[0] as number) * 2 + capMask : `${ids.join(',')}|${capMask}`;
    let id = this.byKey.get(key);
    if (id === undefined) {
      id = this.terms.length;
      const anchor = anchorOf(words);
      this.terms.push({ words: ids, capMask, anchor });
      this.orders.push(order);
      this.everyday.push(everyday);
      this.byKey.set(key, id);
      this.file(ids[anchor] as number, id);
    } else if (order < (this.orders[id] as number)) {
      this.orders[id] = order;
      const t = this.terms[id] as Term;
      const list = this.byAnchor[t.words[t.anchor] as number] as number[];
      list.splice(list.indexOf(id), 1);
      this.file(t.words[t.anchor] as number, id);
    }
    return id;
  }

  /** Next eager order key (compile events that phrase orders must fall between). */
  tick(): number {
    return this.clock++;
  }

  /** Files term `id` under its anchor word, keeping the list in order. */
  private file(at: number, id: number): void {
    const list = this.byAnchor[at];
    if (!list) {
      this.byAnchor[at] = [id];
      return;
    }
    const order = this.orders[id] as number;
    let i = list.length;
    while (i > 0 && (this.orders[list[i - 1] as number] as number) > order) i--;
    list.splice(i, 0, id);
  }

  /** True when every word of the term is an everyday word ("was", "left her"). */
  isEveryday(term: number): boolean {
    return this.everyday[term] === true;
  }
}
