import { tokenize } from './tokenize';

/** The tokenizer's whitespace (isSpaceCode): the only characters that end a URL skip. */
const SPACES = /[ \t\n\r\f\v\u00a0]+/;
/** One chunk the tokenizer turns into itself, lowercased: ASCII letters and digits, no camelCase. */
const PLAIN = /^[A-Za-z0-9]+$/;
const CAMEL = /[a-z][A-Z]/;

/**
 * normalizeWords for a compile: the same words, much cheaper on a cold start.
 *
 * Packs give thousands of short texts that repeat the same pieces ("Cassie",
 * "pushed", every phrase expanded over every name), and the content script
 * compiles them on every page load before the JIT has warmed up. Whitespace
 * resets everything in the tokenizer that affects words (the hashtag flag, a
 * URL skip, camelCase runs), so a text's words are its whitespace-separated
 * chunks' words, in order. Each distinct chunk is resolved once: a plain ASCII
 * word by a lowercase, anything else by the full tokenizer.
 */
export class TermWords {
  private readonly chunks = new Map<string, readonly string[]>();
  /** Whole texts: a pack repeats the same group word across many facts. */
  private readonly texts = new Map<string, readonly string[]>();

  /** The normalised words of `text`, identical to normalizeWords(text). Shared: do not modify. */
  words(text: string): readonly string[] {
    const known = this.texts.get(text);
    if (known !== undefined) return known;
    const out: string[] = [];
    for (const chunk of text.split(SPACES)) {
      if (chunk === '') continue;
      let words = this.chunks.get(chunk);
      if (words === undefined) {
        words =
          PLAIN.test(chunk) && !CAMEL.test(chunk) ? [chunk.toLowerCase()] : tokenize(chunk).words;
        this.chunks.set(chunk, words);
      }
      for (let i = 0; i < words.length; i++) out.push(words[i] as string);
    }
    this.texts.set(text, out);
    return out;
  }
}
