// The basic build: plain fuzzy search is all this uses, and the content script compiles every
// byte of it in every frame (the full build's extended and logical queries are ~7 kB more).
import Fuse from 'fuse.js/basic';
import { FREQUENT_WORDS } from '../text/common-words';
import { PlainWords } from './plain-words';
import { editBudget, type Tuning } from './sensitivity';
import type { PackedRecords } from './snapshot-packing';
import { letterMask, TypoIndex } from './typo-index';
import { boundedDistance, skeleton, stem } from './word-forms';

/** One vocabulary word a page word stands for. distance 0 = exact or inflection. */
export interface WordHit {
  id: number;
  distance: number;
}

const NONE: readonly WordHit[] = [];

/** What a snapshot keeps of a WordIndex (see exportState). */
export interface WordIndexState {
  words: string[];
  nameIds: number[];
  stems: [string, number[]][];
  skeletons: [string, number[]][];
}

/**
 * The vocabulary (every word of every compiled term) and the per-page-word
 * lookup. The hot path is one Map.get per page token: each unique page word is
 * resolved once and cached. Resolution, cheapest first:
 *   1. exact word, or the same light stem ("pushing" ~ "pushed"): distance 0;
 *   2. the page word is a frequent English word ("better", "share", "cassia"): stop here;
 *   3. same name skeleton ("Cassy" ~ "Cassie"; names of 5+ letters only): distance 1;
 *   4. a candidate index picks the few vocabulary words that may be within the
 *      edit budget (first letter + length buckets, or length buckets alone
 *      when the first letter may change), bounded OSA distance
 *      verifies them, and fuse.js scores and ranks those few (never the whole
 *      vocabulary, never the whole page). Everyday vocabulary words get no
 *      typo search at all.
 */
export class WordIndex {
  readonly words: string[];
  private readonly ids = new Map<string, number>();
  private readonly byStem: Map<string, number[]>;
  private readonly bySkeleton: Map<string, number[]>;
  /** Typo candidates (typo-index.ts). */
  private readonly typos: TypoIndex;
  /** First letters of name words: a skeleton is only worth computing for these. */
  private readonly nameFirst = new Set<number>();
  private readonly cache = new Map<string, readonly WordHit[]>();
  /** The cache's plain ASCII words again, found by characters (see find). */
  private readonly plain = new PlainWords();
  private foundWord: string | undefined;
  private foundHits: readonly WordHit[] = NONE;

  private maxLength = 0;
  /** Words [0, indexed) are in the stem and skeleton indexes. */
  private indexed = 0;
  /** Ids added as names, in order (their skeletons are indexed with the stems). */
  private readonly nameIds: number[];
  private namesIndexed = 0;

  /**
   * Called with every vocabulary id a page word resolves to, the first time that
   * page word is looked up (compile builds phrase terms on it: phrase-terms.ts).
   */
  onFirstHit: ((id: number) => void) | undefined;

  /**
   * Set on an index of the user's own terms compiled beside the packs' (with-own-terms.ts):
   * whether the packs' index resolves a page word without a fuzzy step. Such a word is
   * never matched fuzzily here either, as in one index of both ("ripped" is a word of the
   * packs, so it is not a typo of the own term "ripper").
   */
  exactElsewhere: ((word: string) => boolean) | undefined;

  /** `from`: see restore(). */
  constructor(
    private readonly tuning: Tuning,
    from?: WordIndexState,
  ) {
    // A snapshot's parsed arrays are taken as they are, and its maps made by the Map
    // constructor, whose loop is native: in cold script a loop of ours costs far more per item.
    this.words = from ? from.words : [];
    this.nameIds = from ? from.nameIds : [];
    this.byStem = new Map(from?.stems);
    this.bySkeleton = new Map(from?.skeletons);
    this.typos = new TypoIndex(tuning, this.words);
  }

  /**
   * Adds a normalised word; returns its id. `isName`: the word is part of a
   * name, so it may also be reached by its spelling skeleton ("Cassy"). The
   * stem, skeleton and typo indexes are built by buildIndexes() (compile calls
   * it once all words are in) or by the first lookup after a later add().
   */
  add(word: string, isName = false): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.words.length;
      this.words.push(word);
      this.ids.set(word, id);
      if (word.length > this.maxLength) this.maxLength = word.length;
      // Clearing allocates a fresh table even when empty; compile adds ~1,000 words before any lookup.
      if (this.cache.size > 0) {
        this.cache.clear();
        this.plain.clear();
        this.foundWord = undefined;
      }
    }
    if (isName && word.length >= SKELETON_MIN) this.nameIds.push(id);
    return id;
  }

  /**
   * The vocabulary and its stem and skeleton indexes as plain data, for a build-time
   * snapshot (snapshot.ts). The typo index is left out: the snapshot packs the first-letter
   * buckets apart (typoBucketRecords), and 'strict's length buckets are filed at restore
   * (typo-index.ts).
   */
  exportState(): WordIndexState {
    this.indexStems();
    return {
      words: [...this.words],
      nameIds: [...this.nameIds],
      stems: [...this.byStem],
      skeletons: [...this.bySkeleton],
    };
  }

  /**
   * A WordIndex as exportState() saw it, with a cold cache. `buckets`: the packed
   * typoBucketRecords() of its words, read in place when typos keep the first letter; without
   * them, or for 'strict' (whose buckets ignore the first letter), the caller's buildIndexes
   * files the words as a compile does. It takes `state`'s
   * arrays as its own (restore parses a fresh one each time).
   */
  static restore(
    tuning: Tuning,
    state: WordIndexState,
    buckets: PackedRecords | undefined,
  ): WordIndex {
    const index = new WordIndex(tuning, state);
    const { words, ids } = index;
    let longest = 0;
    for (let id = 0; id < words.length; id++) {
      const word = words[id] as string;
      ids.set(word, id);
      if (word.length > longest) longest = word.length;
    }
    index.maxLength = longest;
    for (const sk of index.bySkeleton.keys()) index.nameFirst.add(sk.charCodeAt(0));
    index.indexed = index.words.length;
    index.namesIndexed = index.nameIds.length;
    if (buckets) index.typos.restoreBuckets(buckets, words.length);
    return index;
  }

  /** Builds the stem, skeleton and typo indexes for the words added so far. */
  buildIndexes(): void {
    this.indexStems();
    this.typos.update();
  }

  /** Stems and name skeletons of the words added since the last call. */
  private indexStems(): void {
    for (; this.indexed < this.words.length; this.indexed++) {
      const word = this.words[this.indexed] as string;
      if (word.length >= 4) pushTo(this.byStem, stem(word), this.indexed);
    }
    for (; this.namesIndexed < this.nameIds.length; this.namesIndexed++) {
      const id = this.nameIds[this.namesIndexed] as number;
      const sk = skeleton(this.words[id] as string);
      if (!sk) continue;
      pushTo(this.bySkeleton, sk, id);
      this.nameFirst.add(sk.charCodeAt(0));
    }
  }

  /**
   * KnownWords for the tokenizer: a page word already looked up, found by its
   * characters in the text (no slice, no string hash). Sets what the next
   * lookup() of the returned word answers.
   */
  find(text: string, start: number, end: number, hash: number): string | undefined {
    const slot = this.plain.find(text, start, end, hash);
    if (slot < 0) return undefined;
    this.foundWord = this.plain.word(slot);
    this.foundHits = this.plain.hits(slot);
    return this.foundWord;
  }

  /** Whether `word` resolves here without a fuzzy step: exactly, or by a shared stem. */
  knowsExactly(word: string): boolean {
    if (this.indexed < this.words.length || this.namesIndexed < this.nameIds.length) {
      this.indexStems();
    }
    return this.ids.has(word) || (word.length >= 4 && this.byStem.has(stem(word)));
  }

  idOf(word: string): number | undefined {
    return this.ids.get(word);
  }

  get cacheSize(): number {
    return this.cache.size;
  }

  /** The vocabulary words this page word may be; an empty array for none. Cached. */
  lookup(word: string): readonly WordHit[] {
    // The word find() just returned: no second hash lookup.
    if (word === this.foundWord) return this.foundHits;
    let hit = this.cache.get(word);
    if (hit === undefined) {
      hit = this.resolve(word);
      // An endless feed must not grow the cache forever; refilling is cheap.
      if (this.cache.size >= MAX_CACHED) {
        this.cache.clear();
        this.plain.clear();
      }
      this.cache.set(word, hit);
      this.plain.add(word, hit);
      if (this.onFirstHit)
        for (let h = 0; h < hit.length; h++) this.onFirstHit((hit[h] as WordHit).id);
    }
    return hit;
  }

  private resolve(word: string): readonly WordHit[] {
    // Chat stretches words ("cassieeee", "pushedddd"); English never triples a
    // letter, so a run of three or more is squeezed to two, then to one.
    if (TRIPLED.test(word)) {
      for (const squeezed of [word.replace(RUNS, '$1$1'), word.replace(RUNS, '$1')]) {
        const hits = this.lookup(squeezed);
        if (hits.length > 0) return hits.map((h) => ({ id: h.id, distance: h.distance + 1 }));
      }
      return NONE;
    }
    if (this.indexed < this.words.length || this.namesIndexed < this.nameIds.length) {
      this.indexStems();
    }
    const exact = this.ids.get(word);
    // Inflections meet on the stem, but only between words of 4+ letters:
    // "not"/"note" and "new"/"news" share a stem and nothing else.
    const sameStem = word.length >= 4 ? this.byStem.get(stem(word)) : undefined;
    if (exact !== undefined || sameStem) {
      const out: WordHit[] = exact !== undefined ? [{ id: exact, distance: 0 }] : [];
      for (const id of sameStem ?? []) if (id !== exact) out.push({ id, distance: 0 });
      return out;
    }
    if (this.exactElsewhere?.(word)) return NONE;
    if (FREQUENT_WORDS.has(word) || word.length > this.maxLength + 2 || /\d/.test(word))
      return NONE;
    const first = word.charCodeAt(0);
    const maybeName = word.length >= SKELETON_MIN && (this.nameFirst.has(first) || first === 112); // "ph" -> "f"
    const sk = maybeName ? skeleton(word) : '';
    const alike = sk ? this.bySkeleton.get(sk) : undefined;
    if (alike) return alike.map((id) => ({ id, distance: 1 }));
    return this.fuzzy(word);
  }

  /**
   * Words too short for an edit budget still get the commonest slip of all, two
   * neighbouring letters swapped ("juen" for "June"), from 4 letters and when
   * the first letter stays (so not on 'broad', which keeps short words exact).
   */
  private swapped(word: string): readonly WordHit[] {
    if (word.length < 4 || this.tuning.oneEditFrom > 5 || !this.tuning.sameFirstLetter) return NONE;
    const out: WordHit[] = [];
    for (const id of this.typos.candidates(word, 0)) {
      if (isAdjacentSwap(word, this.words[id] as string)) out.push({ id, distance: 1 });
    }
    return out.length > 0 ? out : NONE;
  }

  private fuzzy(word: string): readonly WordHit[] {
    const budget = editBudget(this.tuning, word.length);
    if (budget === 0) return this.swapped(word);
    const verified: { text: string; id: number; distance: number }[] = [];
    const mask = letterMask(word);
    for (const id of this.typos.candidates(word, budget)) {
      const v = this.words[id] as string;
      const max = editBudget(this.tuning, Math.min(v.length, word.length));
      // Each edit adds or removes at most one letter kind: a cheap lower bound
      // that skips most candidates before the distance table is filled.
      const other = this.typos.maskOf(id);
      if (bitCount(mask & ~other) > max || bitCount(other & ~mask) > max) continue;
      const distance = max === 0 ? 1 : boundedDistance(word, v, max);
      if (distance <= max) verified.push({ text: v, id, distance });
    }
    if (verified.length === 0) return NONE;
    // fuse.js scores only these few survivors; its bitap score (~errors/length)
    // rejects matches that are cheap in edits but large relative to the word.
    const fuse = new Fuse(verified, {
      keys: ['text'],
      includeScore: true,
      ignoreLocation: true,
      isCaseSensitive: true,
      threshold: this.tuning.fuseThreshold,
    });
    return fuse
      .search(word)
      .sort((a, b) => a.item.distance - b.item.distance || (a.score ?? 0) - (b.score ?? 0))
      .map((r) => ({ id: r.item.id, distance: r.item.distance }));
  }
}

const MAX_CACHED = 200_000;
const TRIPLED = /(.)\1\1/;
const RUNS = /(.)\1{2,}/g;
/** Skeletons only join names of 5+ letters: "comma"/"coma" and "roff"/"roof" stay apart. */
const SKELETON_MIN = 5;

function bitCount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

function isAdjacentSwap(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i >= a.length - 1) return false;
  return (
    a.charCodeAt(i) === b.charCodeAt(i + 1) &&
    a.charCodeAt(i + 1) === b.charCodeAt(i) &&
    a.slice(i + 2) === b.slice(i + 2)
  );
}

function pushTo<K>(map: Map<K, number[]>, key: K, id: number): void {
  const list = map.get(key);
  if (list) {
    if (!list.includes(id)) list.push(id);
  } else map.set(key, [id]);
}
