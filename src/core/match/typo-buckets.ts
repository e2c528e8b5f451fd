import { COMMON_WORDS } from '../text/common-words';
import type { PackedRecords } from './snapshot-packing';

/**
 * The typo index that keeps the first letter ('balanced', 'broad'): vocabulary words in
 * buckets by first letter and length. A bucket depends only on the words (not on the
 * sensitivity, which only picks the lengths searched), so a snapshot carries the buckets and
 * a restore reads them in place instead of filing ~1,500 words in every frame.
 */

/** Bucket key for first letter + length (numbers, so no string is built per lookup). */
export function typoBucket(word: string, length: number): number {
  return word.charCodeAt(0) * 256 + length;
}

/** Everyday words ("from", "with") only matter exactly, inside phrases: no typo search. */
export function typoSearched(word: string): boolean {
  return !/\d/.test(word) && !COMMON_WORDS.has(word);
}

/**
 * The buckets of `words` (ids = indexes) as records for packRecords, in ascending key order:
 * the key in two 16-bit values (low, high: a key passes 16 bits from the first letter "a"
 * on), then the ids in ascending order, as a compile files them.
 */
export function typoBucketRecords(words: readonly string[]): number[][] {
  const buckets = new Map<number, number[]>();
  words.forEach((word, id) => {
    if (!typoSearched(word)) return;
    const key = typoBucket(word, word.length);
    const list = buckets.get(key);
    if (list) list.push(id);
    else buckets.set(key, [id]);
  });
  return [...buckets]
    .sort(([a], [b]) => a - b)
    .map(([key, ids]) => [key & 0xffff, key >>> 16, ...ids]);
}

/**
 * Buckets read in place from a snapshot's packed records: a binary search over the bucket
 * keys (211 for the built-in show) per lookup, so a restore makes nothing for them. Lookups
 * are rare (a page word that is no vocabulary word, stem or frequent word, once per page
 * word) and short.
 */
export class PackedTypoBuckets {
  constructor(private readonly records: PackedRecords) {}

  /** Pushes the ids in bucket `key` onto `out`, ascending. */
  pushIds(key: number, out: number[]): void {
    const r = this.records;
    const v = r.values;
    let lo = 0;
    let hi = r.count - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const at = r.start(mid);
      const k = (v[at] as number) | ((v[at + 1] as number) << 16);
      if (k < key) lo = mid + 1;
      else if (k > key) hi = mid - 1;
      else {
        const end = at + r.length(mid);
        for (let i = at + 2; i < end; i++) out.push(v[i] as number);
        return;
      }
    }
  }
}
