import { COMMON_WORDS } from '../text/common-words';
import { TermWords } from '../text/term-words';
import type { Term } from './compiled';
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
  private readonly byKey = new Map<string, number>();
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
  wordsOf(text: string): string[] {
    return this.normalizer.words(text);
  }

  /** add() for words already normalised (phrases are expanded word by word, not re-read as text). */
  addWords(words: readonly string[], isName: boolean): number {
    const n = words.length;
    if (n === 0) return -1;
    const capMask = isName && n === 1 && COMMON_WORDS.has(words[0] as string) ? 1 : 0;
    const ids: number[] = [];
    for (let i = 0; i < n; i++) ids.push(this.words.add(words[i] as string, isName));
    const key = `${ids.join(',')}|${capMask}`;
    let id = this.byKey.get(key);
    if (id === undefined) {
      id = this.terms.length;
      let anchor = 0;
      while (anchor < n && COMMON_WORDS.has(words[anchor] as string)) anchor++;
      if (anchor === n) anchor = 0;
      this.terms.push({ words: ids, capMask, anchor });
      this.byKey.set(key, id);
      const at = ids[anchor] as number;
      const list = this.byAnchor[at];
      if (list) list.push(id);
      else this.byAnchor[at] = [id];
    }
    return id;
  }

  /** True when every word of the term is an everyday word ("was", "left her"). */
  isEveryday(term: number): boolean {
    const t = this.terms[term] as Term;
    return t.words.every((w) => COMMON_WORDS.has(this.words.words[w] as string));
  }
}
