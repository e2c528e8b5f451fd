import { tokenize } from './tokenize';

export interface Sentence {
  start: number;
  end: number;
  text: string;
}

const TRAILING = /^[.!?…"'”’)\]]+/;

/**
 * Sentences of a text, on the tokenizer's sentence breaks (so it agrees with
 * the matcher): article punctuation with abbreviations and decimals, and chat
 * text's line breaks, emoji, "lol" and "...". Ranges run from the first word to
 * the last word plus its closing punctuation.
 */
export function splitSentences(text: string): Sentence[] {
  const t = tokenize(text);
  const out: Sentence[] = [];
  let i = 0;
  while (i < t.count) {
    const id = t.sentences[i];
    let j = i;
    while (j + 1 < t.count && t.sentences[j + 1] === id) j++;
    const start = t.starts[i] as number;
    let end = t.ends[j] as number;
    const tail = TRAILING.exec(text.slice(end, end + 8));
    if (tail) end += tail[0].length;
    out.push({ start, end, text: text.slice(start, end) });
    i = j + 1;
  }
  return out;
}
