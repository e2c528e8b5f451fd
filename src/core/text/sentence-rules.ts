/**
 * What ends a sentence besides "." "!" "?" and line breaks. Kept as data so the
 * tokenizer loop stays small.
 */

/** A "." after these does not end the sentence: "Dr. Ayers", "ep. 7", "vs. Delia". */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'jr',
  'sr',
  'vs',
  'etc',
  'prof',
  'no',
  'vol',
  'ep',
  'eps',
  'approx',
  'inc',
  'ltd',
  'co',
  'fig',
  'mt',
  'ft',
  'sgt',
  'capt',
  'gen',
  'rev',
  'hon',
  'dept',
]);

/**
 * Chat interjections that close a clause the way a full stop would:
 * "cassie got pushed lol delia did it" is two statements.
 */
export const BREAK_AFTER: ReadonlySet<string> = new Set([
  'lol',
  'lmao',
  'lmfao',
  'rofl',
  'haha',
  'hahaha',
  'smh',
  'ikr',
  'omfg',
  'jk',
  'tbh',
]);
