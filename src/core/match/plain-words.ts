import { wordHash } from '../text/tokenize';
import type { WordHit } from './word-index';

const EMPTY: readonly WordHit[] = [];

/**
 * Open-addressing table of lowercase ASCII words and their lookups, probed with
 * the tokenizer's running hash and compared character by character against the
 * page text (ASCII uppercase folded by `| 32`). Most of a page's tokens are
 * words seen before: this finds them without slicing the text into a new string
 * and hashing it again for a Map, which cost as much as tokenizing.
 */
export class PlainWords {
  private mask = (1 << 12) - 1;
  private hashes = new Int32Array(this.mask + 1);
  private words: (string | undefined)[] = new Array(this.mask + 1);
  private results: (readonly WordHit[] | undefined)[] = new Array(this.mask + 1);
  private count = 0;

  /** The slot of text[start, end) (plain ASCII letters), or -1. */
  find(text: string, start: number, end: number, hash: number): number {
    const len = end - start;
    const key = hash === 0 ? 1 : hash; // 0 marks an empty slot
    const mask = this.mask;
    let slot = mix(key) & mask;
    for (;;) {
      const k = this.hashes[slot] as number;
      if (k === 0) return -1;
      if (k === key) {
        const w = this.words[slot] as string;
        if (w.length === len) {
          let i = 0;
          while (i < len && (text.charCodeAt(start + i) | 32) === w.charCodeAt(i)) i++;
          if (i === len) return slot;
        }
      }
      slot = (slot + 1) & mask;
    }
  }

  word(slot: number): string {
    return this.words[slot] as string;
  }

  hits(slot: number): readonly WordHit[] {
    return this.results[slot] ?? EMPTY;
  }

  /**
   * Remembers a looked-up word when it is plain lowercase ASCII letters. Not numbers:
   * a page's counts and dates ("(1234)") are mostly one-offs that would only fill the table.
   */
  add(word: string, hits: readonly WordHit[]): void {
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      if (c < 97 || c > 122) return;
    }
    if ((this.count + 1) * 2 > this.mask + 1) this.grow();
    this.put(word, wordHash(word), hits);
  }

  clear(): void {
    this.mask = (1 << 12) - 1;
    this.hashes = new Int32Array(this.mask + 1);
    this.words = new Array(this.mask + 1);
    this.results = new Array(this.mask + 1);
    this.count = 0;
  }

  private put(word: string, hash: number, hits: readonly WordHit[]): void {
    const key = hash === 0 ? 1 : hash;
    let slot = mix(key) & this.mask;
    for (;;) {
      const w = this.words[slot];
      if (w === undefined) break;
      if (w === word) return;
      slot = (slot + 1) & this.mask;
    }
    this.words[slot] = word;
    this.hashes[slot] = key;
    this.results[slot] = hits;
    this.count++;
  }

  private grow(): void {
    const { words, hashes, results } = this;
    this.mask = this.mask * 2 + 1;
    this.hashes = new Int32Array(this.mask + 1);
    this.words = new Array(this.mask + 1);
    this.results = new Array(this.mask + 1);
    this.count = 0;
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      if (w !== undefined) this.put(w, hashes[i] as number, results[i] as readonly WordHit[]);
    }
  }
}

/** Spreads the polynomial hash's bits over the low ones the mask keeps. */
function mix(h: number): number {
  let x = h ^ (h >>> 16);
  x = Math.imul(x, 0x45d9f3b);
  return x ^ (x >>> 16);
}
