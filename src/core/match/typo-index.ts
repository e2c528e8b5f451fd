import type { Tuning } from './sensitivity';
import type { PackedRecords } from './snapshot-packing';
import { PackedTypoBuckets, typoBucket, typoSearched } from './typo-buckets';

const NONE_IDS: readonly number[] = [];

/**
 * The typo candidates of a WordIndex's vocabulary: the words a misspelt page word may be,
 * for the caller's letter-set bound and bounded OSA distance to verify. When typos keep the
 * first letter ('balanced', 'broad'), first letter + length buckets; when it may change
 * ('strict'), length buckets alone: every word within `budget` letters of the page word's
 * length.
 *
 * Why not a SymSpell deletion neighbourhood for 'strict' (as before): filing every deletion
 * of every vocabulary word, up to two, made ~40,000 keys for the built-in show, ~40-50 ms
 * (Node) in every restore and compile, before a strict user's first paint. Length buckets
 * are filed in a pass over the words; the wider candidate lists they give are read with the
 * letter-set bound (cached masks, two bit counts) before any distance is computed, and the
 * same words survive, because a word within d edits is within d letters of the length.
 */
export class TypoIndex {
  /** Ids by word length: only when the first letter may change (strict). */
  private readonly byLength: number[][] = [];
  /** Per page-word length and budget: the ids of every length in reach, made once (strict). */
  private readonly inReach: (readonly number[] | undefined)[] = [];
  /** First letter + length buckets: when typos keep the first letter (balanced, broad). */
  private readonly byFirstAndLength = new Map<number, number[]>();
  /** The same buckets for the words of a snapshot, read in place (typo-buckets.ts). */
  private restored: PackedTypoBuckets | undefined;
  /** Words [0, indexed) are filed. */
  private indexed = 0;
  /**
   * Per word: which letters it contains (see letterMask), made when the word is first a
   * candidate (0 = not yet: a word has at least one letter). Only candidates are ever read,
   * so no loop over the vocabulary makes them.
   */
  private masks = new Int32Array(0);

  /** `words`: the vocabulary, by id, which may grow (the WordIndex's own array). */
  constructor(
    private readonly tuning: Tuning,
    private readonly words: readonly string[],
  ) {}

  /**
   * Takes a snapshot's packed typoBucketRecords() as the index of words [0, count), when
   * typos keep the first letter; otherwise ('strict', whose buckets ignore the first letter)
   * the words are filed by length as added. True when taken.
   */
  restoreBuckets(buckets: PackedRecords, count: number): boolean {
    if (!this.tuning.sameFirstLetter || this.indexed > 0) return false;
    this.restored = new PackedTypoBuckets(buckets);
    // Words added later go into byFirstAndLength, with ids above every restored one.
    this.indexed = count;
    return true;
  }

  /**
   * Files the words added since the last call. Each id is filed once, in ascending order, so
   * no list needs searching for it first.
   */
  update(): void {
    // The length buckets grow below: the lists of lengths in reach are made again.
    if (!this.tuning.sameFirstLetter && this.indexed < this.words.length) this.inReach.length = 0;
    for (; this.indexed < this.words.length; this.indexed++) {
      const id = this.indexed;
      const word = this.words[id] as string;
      if (!typoSearched(word)) continue;
      if (this.tuning.sameFirstLetter)
        append(this.byFirstAndLength, typoBucket(word, word.length), id);
      else {
        (this.byLength[word.length] ??= []).push(id);
      }
    }
  }

  /** Vocabulary words that may lie within `budget` edits; verified by the caller. */
  candidates(word: string, budget: number): Iterable<number> {
    if (this.indexed < this.words.length) this.update();
    if (this.tuning.sameFirstLetter) {
      const out: number[] = [];
      for (let n = word.length - budget; n <= word.length + budget; n++) {
        const key = typoBucket(word, n);
        // Restored ids first: every id added since is larger, so the order is a compile's.
        this.restored?.pushIds(key, out);
        for (const id of this.byFirstAndLength.get(key) ?? NONE_IDS) out.push(id);
      }
      return out;
    }
    return this.withinLengths(word.length, budget);
  }

  /** Ids of every length in [length - budget, length + budget], ascending within a length. */
  private withinLengths(length: number, budget: number): readonly number[] {
    // Edit budgets are 0..2 (sensitivity.ts); a larger one is simply not cached.
    const key = budget < 8 ? 8 * length + budget : -1;
    const cached = key < 0 ? undefined : this.inReach[key];
    if (cached) return cached;
    const out: number[] = [];
    for (let n = Math.max(1, length - budget); n <= length + budget; n++) {
      for (const id of this.byLength[n] ?? NONE_IDS) out.push(id);
    }
    if (key >= 0) this.inReach[key] = out;
    return out;
  }

  /** The letter mask of vocabulary word `id`, made on first use. */
  maskOf(id: number): number {
    if (id >= this.masks.length) {
      const grown = new Int32Array(Math.max(this.words.length, 2 * this.masks.length));
      grown.set(this.masks);
      this.masks = grown;
    }
    let mask = this.masks[id] as number;
    if (mask === 0) {
      mask = letterMask(this.words[id] as string);
      this.masks[id] = mask;
    }
    return mask;
  }
}

/** Which letters `word` contains: bit 0 = a ... 25 = z, 26 = anything else. */
export function letterMask(word: string): number {
  let m = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    m |= c >= 97 && c <= 122 ? 1 << (c - 97) : 1 << 26;
  }
  return m;
}

function append<K>(map: Map<K, number[]>, key: K, id: number): void {
  const list = map.get(key);
  if (list) list.push(id);
  else map.set(key, [id]);
}
