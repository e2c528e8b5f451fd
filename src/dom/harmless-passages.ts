/** The set is first swept at twice this size: a smaller one is kept whole (see sweep). */
const MIN_SWEEP = 256;

/**
 * The passages judged harmless. When the page's context grows (the show's title arrives) the
 * shield decides them again from the text it already read, without a new walk of the page.
 *
 * On a long page this holds nearly every passage, so forgetting the removed ones is the costly
 * part: see sweep().
 */
export class HarmlessPassages {
  private readonly passages = new Set<Element>();
  /** The set's size after its last sweep. */
  private sweptAt = MIN_SWEEP;

  get size(): number {
    return this.passages.size;
  }

  add(passage: Element): void {
    this.passages.add(passage);
  }

  delete(passage: Element): void {
    this.passages.delete(passage);
  }

  /** Iterating while deleting the current passage is safe (a Set's iterator allows it). */
  [Symbol.iterator](): IterableIterator<Element> {
    return this.passages.values();
  }

  clear(): void {
    this.passages.clear();
    this.sweptAt = MIN_SWEEP;
  }

  /**
   * Forgets passages the page removed, once the set has doubled since the last sweep:
   * sweeping on every batch that removed something made a feed that drops old posts pay for
   * all it ever showed. Memory stays within about twice what is on the page.
   */
  sweep(): void {
    if (this.passages.size < this.sweptAt * 2) return;
    for (const p of this.passages) if (!p.isConnected) this.passages.delete(p);
    this.sweptAt = Math.max(this.passages.size, MIN_SWEEP);
  }
}
