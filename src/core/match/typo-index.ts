import { editBudget, type Tuning } from './sensitivity';
import type { PackedRecords } from './snapshot-packing';
import { PackedTypoBuckets, typoBucket, typoSearched } from './typo-buckets';
import { deletions } from './word-forms';

const NONE_IDS: readonly number[] = [];

/**
 * The typo candidates of a WordIndex's vocabulary: the few words a misspelt page word may
 * be, for bounded OSA distance to verify. When typos keep the first letter ('balanced',
 * 'broad'), first letter + length buckets; when it may change ('strict'), a SymSpell
 * deletion neighbourhood, which depends on the edit budget.
 */
export class TypoIndex {
  /** SymSpell deletion neighbourhood: only when the first letter may change (strict). */
  private readonly byDeletion = new Map<string, number[]>();
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
   * typos keep the first letter; otherwise (the deletions depend on the edit budget) the
   * words are filed as added. True when taken.
   */
  restoreBuckets(buckets: PackedRecords, count: number): boolean {
    if (!this.tuning.sameFirstLetter || this.indexed > 0) return false;
    this.restored = new PackedTypoBuckets(buckets);
    // Words added later go into byFirstAndLength, with ids above every restored one.
    this.indexed = count;
    return true;
  }

  /**
   * Files the words added since the last call. Each id is filed once per key (deletions()
   * is a set), in ascending order, so no list needs searching for it first.
   */
  update(): void {
    for (; this.indexed < this.words.length; this.indexed++) {
      const id = this.indexed;
      const word = this.words[id] as string;
      if (!typoSearched(word)) continue;
      if (this.tuning.sameFirstLetter)
        append(this.byFirstAndLength, typoBucket(word, word.length), id);
      else {
        for (const d of deletions(word, editBudget(this.tuning, word.length))) {
          append(this.byDeletion, d, id);
        }
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
    const out = new Set<number>();
    for (const d of deletions(word, budget)) {
      for (const id of this.byDeletion.get(d) ?? NONE_IDS) out.add(id);
    }
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
