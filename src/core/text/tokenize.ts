import {
  isApostrophe,
  isEmojiStart,
  isLowerAscii,
  isSpaceCode,
  isUpperAscii,
  isWordCode,
} from './char-class';
import { ABBREVIATIONS, BREAK_AFTER } from './sentence-rules';
import { camelSplits, foldWord } from './token-word';

/** Token flags. */
export const CAPITALIZED = 1;
export const FROM_HASHTAG = 2;
export const HAS_DIGIT = 4;

/**
 * Tokens as parallel arrays (one allocation per field, not per token): a 5 MB
 * page has about a million tokens. Offsets are into the ORIGINAL text, so an
 * explanation can point at exactly what the page shows.
 */
export interface Tokens {
  count: number;
  words: string[];
  starts: number[];
  ends: number[];
  /** Sentence index of each token, non-decreasing. */
  sentences: number[];
  flags: number[];
  /**
   * With a `keep` filter: each kept token's position among all the tokens, so
   * adjacency and distances stay those of the text. Absent without a filter.
   */
  index?: number[];
}

/**
 * Decides whether a token is kept (the matcher keeps only words it knows and
 * numbers, so a page's other words never become array entries).
 */
export type KeepToken = (word: string, flags: number, position: number) => boolean;

/**
 * Words already seen, found by their characters in the text: a plain ASCII
 * token (letters only, no apostrophe) is looked up by `wordHash` of its
 * lowercased characters and compared in place, so a known word costs neither
 * a slice nor a string hash. Returns the stored word (already folded), or
 * undefined to take the ordinary path.
 */
export interface KnownWords {
  find(text: string, start: number, end: number, hash: number): string | undefined;
}

/** The hash KnownWords.find receives, computed the same way for a stored word. */
export function wordHash(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) h = (Math.imul(h, 31) + (word.charCodeAt(i) | 32)) | 0;
  return h;
}

interface State {
  t: Tokens;
  keep: KeepToken | undefined;
  /** Tokens produced so far, kept or not. */
  produced: number;
  lastWord: string;
  lastEnd: number;
  lastFlags: number;
}

/**
 * One charCode pass: words are letters/digits with inner apostrophes; hyphens,
 * underscores and everything else separate. URLs are skipped whole. Sentence
 * breaks: . ! ? … line breaks, emoji, and chat interjections such as "lol";
 * not a "." after an abbreviation or single initial, nor one inside "7.5".
 */
export function tokenize(text: string, keep?: KeepToken, known?: KnownWords): Tokens {
  const t: Tokens = { count: 0, words: [], starts: [], ends: [], sentences: [], flags: [] };
  if (keep) t.index = [];
  const st: State = { t, keep, produced: 0, lastWord: '', lastEnd: -1, lastFlags: 0 };
  const n = text.length;
  let sentence = 0;
  let pendingBreak = false;
  let hashtag = false;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isWordCode(c)) {
      if (c === 10 || c === 13 || c === 33 || c === 63 || c === 0x2026) pendingBreak = true;
      else if (c === 46) {
        if (endsSentenceAt(text, i, st)) pendingBreak = true;
      } else if (c === 35 || c === 64) hashtag = true;
      else if (isEmojiStart(c)) pendingBreak = true;
      if (!(c === 35 || c === 64)) hashtag = false;
      i++;
      continue;
    }
    if ((c === 104 || c === 119 || c === 72 || c === 87) && isUrlAt(text, i)) {
      while (i < n && !isSpaceCode(text.charCodeAt(i))) i++;
      hashtag = false;
      continue;
    }
    const start = i;
    let hasUpper = false;
    let nonAscii = false;
    let hasApos = false;
    let camel = false;
    let digit = false;
    let prevLower = false;
    while (i < n) {
      const d = text.charCodeAt(i);
      if (isWordCode(d)) {
        if (isUpperAscii(d)) {
          hasUpper = true;
          if (prevLower) camel = true;
          prevLower = false;
        } else {
          prevLower = isLowerAscii(d);
          if (d >= 128) nonAscii = true;
          else if (d <= 57) digit = true;
        }
        i++;
      } else if (isApostrophe(d) && i + 1 < n && isWordCode(text.charCodeAt(i + 1))) {
        hasApos = true;
        nonAscii = nonAscii || d > 127;
        i++;
      } else break;
    }
    if (pendingBreak && st.produced > 0) sentence++;
    pendingBreak = false;
    let flags =
      (isUpperAscii(c) || (c > 127 && hasUpperNonAscii(c)) ? CAPITALIZED : 0) |
      (digit ? HAS_DIGIT : 0);
    if (hashtag) flags |= FROM_HASHTAG;
    if (camel || (hashtag && hasUpper)) {
      pushSplit(st, text, start, i, sentence, flags, hashtag, nonAscii, hasApos);
    } else {
      // The hash in a second, short pass over the word, so the main loop (and the
      // tokenize-only floor) carries nothing for it.
      let found: string | undefined;
      if (known !== undefined && !nonAscii && !hasApos && !digit) {
        let h = 0;
        for (let k = start; k < i; k++) h = (Math.imul(h, 31) + (text.charCodeAt(k) | 32)) | 0;
        found = known.find(text, start, i, h);
      }
      const word = found ?? foldWord(text.slice(start, i), hasUpper, nonAscii, hasApos);
      push(st, word, start, i, sentence, flags);
    }
    if (BREAK_AFTER.has(st.lastWord)) pendingBreak = true;
    hashtag = false;
  }
  return t;
}

function hasUpperNonAscii(c: number): boolean {
  const s = String.fromCharCode(c);
  return s !== s.toLowerCase();
}

function push(
  st: State,
  word: string,
  start: number,
  end: number,
  sentence: number,
  flags: number,
) {
  if (word.length === 0) return;
  const position = st.produced++;
  st.lastWord = word;
  st.lastEnd = end;
  st.lastFlags = flags;
  if (st.keep && !st.keep(word, flags, position)) return;
  const t = st.t;
  t.words.push(word);
  t.starts.push(start);
  t.ends.push(end);
  t.sentences.push(sentence);
  t.flags.push(flags);
  t.index?.push(position);
  t.count++;
}

function pushSplit(
  st: State,
  text: string,
  start: number,
  end: number,
  sentence: number,
  flags: number,
  hashtag: boolean,
  nonAscii: boolean,
  hasApos: boolean,
) {
  const raw = text.slice(start, end);
  const cuts = camelSplits(raw, hashtag);
  cuts.push(raw.length);
  let from = 0;
  for (const cut of cuts) {
    const part = foldWord(raw.slice(from, cut), true, nonAscii, hasApos);
    push(st, part, start + from, start + cut, sentence, from === 0 ? flags : flags | CAPITALIZED);
    from = cut;
  }
}

/** "." ends a sentence when followed by space, end, a quote/bracket or more dots, and not after "Dr" or "J". */
function endsSentenceAt(text: string, i: number, st: State): boolean {
  const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 32;
  const closes =
    isSpaceCode(next) ||
    next === 46 ||
    next === 34 ||
    next === 41 ||
    next === 0x201d ||
    next === 39;
  if (!closes) return false;
  if (next === 46) return true; // "..." and ".."
  if (st.produced === 0 || st.lastEnd !== i) return true;
  const w = st.lastWord;
  if (ABBREVIATIONS.has(w)) return false;
  // A single capital initial ("J. K.") does not end a sentence; "I." rarely matters.
  return !(w.length === 1 && (st.lastFlags & CAPITALIZED) !== 0);
}

function isUrlAt(text: string, i: number): boolean {
  if (text.startsWith('www.', i) || text.startsWith('WWW.', i)) return true;
  if (!(text.startsWith('http', i) || text.startsWith('HTTP', i) || text.startsWith('Http', i))) {
    return false;
  }
  const s = text.charCodeAt(i + 4);
  return text.startsWith('://', s === 115 || s === 83 ? i + 5 : i + 4);
}
