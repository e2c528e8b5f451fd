import type { Decision, Matcher } from '../core/match/types';

export interface PassageReport {
  /** 1-based line where the passage starts in its file. */
  line: number;
  text: string;
  decision: Decision;
}

/**
 * A plain-text file is one page: paragraphs (split at blank lines) are its
 * passages, and the whole file is the page context, as in a browser tab.
 */
export function checkTextDocument(text: string, matcher: Matcher): PassageReport[] {
  const passages = splitParagraphs(text);
  const page = matcher.newPage();
  for (const passage of passages) page.observe(passage.text);
  return passages.map((p) => ({ ...p, decision: page.evaluate(p.text) }));
}

export function splitParagraphs(text: string): { line: number; text: string }[] {
  const lines = text.split(/\r?\n/);
  const out: { line: number; text: string }[] = [];
  let start = -1;
  let buffer: string[] = [];
  const flush = () => {
    const joined = buffer.join('\n').trim();
    if (joined) out.push({ line: start + 1, text: joined });
    buffer = [];
    start = -1;
  };
  lines.forEach((line, index) => {
    if (line.trim() === '') return flush();
    if (start < 0) start = index;
    buffer.push(line);
  });
  flush();
  return out;
}
