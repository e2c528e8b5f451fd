/**
 * Character classes for the tokenizer, by UTF-16 code unit. ASCII is decided
 * inline; everything else is looked up once in a lazily filled table so a page
 * in any script costs one array read per character after the first sighting.
 */

const table = new Uint8Array(65536); // 0 unknown, 1 word character, 2 not
const LETTER = /[\p{L}\p{M}\p{N}]/u;

export function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  // Surrogate halves are emoji or rare scripts; treated as separators (emoji are skipped).
  if (c >= 0xd800 && c <= 0xdfff) return false;
  let v = table[c] as number;
  if (v === 0) {
    v = LETTER.test(String.fromCharCode(c)) ? 1 : 2;
    table[c] = v;
  }
  return v === 1;
}

export function isUpperAscii(c: number): boolean {
  return c >= 65 && c <= 90;
}

export function isLowerAscii(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** Straight and typographic apostrophes, which join "Cassie’s" into one token. */
export function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 0x2018 || c === 0x02bc;
}

export function isSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 12 || c === 11;
}

/** Emoji and pictographs (surrogate pairs, dingbats, misc symbols): a clause break in chat text. */
export function isEmojiStart(c: number): boolean {
  return (c >= 0xd83c && c <= 0xd83e) || (c >= 0x2600 && c <= 0x27bf);
}
