import { tokenize } from './tokenize';

/**
 * The canonical form of a piece of text, as the matcher sees it: lowercase
 * words without diacritics, curly or straight apostrophes, possessive "'s",
 * URLs or emoji; hyphens, hashtags and camelCase split into words.
 * "#TinyPrettyThings" -> "tiny pretty things", "Cassie’s" -> "cassie".
 */
export function normalize(text: string): string {
  return tokenize(text).words.join(' ');
}

/** The normalised words of a term or phrase ("Life-support" -> ["life", "support"]). */
export function normalizeWords(text: string): string[] {
  return tokenize(text).words;
}
