/**
 * Turns one raw token into the word form the matcher compares: lowercase, no
 * diacritics, no apostrophes, possessive "'s" dropped ("Cassie’s" -> "cassie").
 */

const MARKS = /\p{M}/gu;
const APOSTROPHES = /['\u2018\u2019\u02bc]/g;
const POSSESSIVE = /['\u2018\u2019\u02bc]s$/;

export function foldWord(
  raw: string,
  hasUpper: boolean,
  nonAscii: boolean,
  hasApos: boolean,
): string {
  let w = raw;
  if (nonAscii) w = w.normalize('NFD').replace(MARKS, '');
  if (hasUpper || nonAscii) w = w.toLowerCase();
  if (hasApos) w = w.replace(POSSESSIVE, '').replace(APOSTROPHES, '');
  return w;
}

/**
 * Where a camelCase token splits: before each capital that follows a lowercase
 * letter ("TinyPrettyThings"), and before the last capital of a capital run
 * that is followed by lowercase ("TPTSpoilers"). Outside hashtags and handles a
 * part must be at least 4 letters, so "McDonald", "iPhone" and "DeLuca" stay whole.
 */
export function camelSplits(raw: string, hashtag: boolean): number[] {
  const cuts: number[] = [];
  const minPart = hashtag ? 1 : 4;
  let last = 0;
  for (let i = 1; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c < 65 || c > 90) continue;
    const p = raw.charCodeAt(i - 1);
    const n = i + 1 < raw.length ? raw.charCodeAt(i + 1) : 0;
    const lowerBefore = p >= 97 && p <= 122;
    const acronymEnd = hashtag && p >= 65 && p <= 90 && n >= 97 && n <= 122;
    if ((lowerBefore || acronymEnd) && i - last >= minPart && raw.length - i >= minPart) {
      cuts.push(i);
      last = i;
    }
  }
  return cuts;
}
