import { describe, expect, test } from 'vitest';
import { compileMatcher, type EngineMatcher } from '../../src/core/match/index';
import { PlainWords } from '../../src/core/match/plain-words';
import { wordHash } from '../../src/core/text/tokenize';
import { TEST_PACK } from './match-fixtures/test-pack';

const at = (text: string, word: string) => {
  const start = text.indexOf(word);
  return [start, start + word.length] as const;
};

describe('PlainWords: lookups found by the characters of the page text', () => {
  test('finds a stored word in any ASCII case, and nothing else', () => {
    const table = new PlainWords();
    const hits = [{ id: 3, distance: 0 }];
    table.add('cassie', hits);
    const text = 'so CASSIE and Cassiel and cassi';
    const [s, e] = at(text, 'CASSIE');
    const slot = table.find(text, s, e, wordHash('cassie'));
    expect(slot).toBeGreaterThanOrEqual(0);
    expect(table.word(slot)).toBe('cassie');
    expect(table.hits(slot)).toBe(hits);
    const [s2, e2] = at(text, 'Cassiel');
    expect(table.find(text, s2, e2, wordHash('cassiel'))).toBe(-1);
    const [s3, e3] = at(text, 'cassi');
    expect(table.find(text, s3, e3, wordHash('cassi'))).toBe(-1);
  });

  test('keeps only plain lowercase ASCII letters, and all such words as it grows', () => {
    const table = new PlainWords();
    table.add('café', []);
    table.add('Upper', []);
    table.add('s1e7', []);
    // 10,000 distinct letter-only words ("wa", "wb", ...: base 26).
    const words = Array.from({ length: 10_000 }, (_, i) => {
      let w = 'w';
      for (let n = i; ; n = Math.floor(n / 26) - 1) {
        w += String.fromCharCode(97 + (n % 26));
        if (n < 26) break;
      }
      return w;
    });
    expect(new Set(words).size).toBe(words.length);
    for (const w of words) table.add(w, [{ id: 1, distance: 0 }]);
    for (const w of [...words, 'café', 'Upper', 's1e7']) {
      const found = table.find(w, 0, w.length, wordHash(w.toLowerCase()));
      expect(found >= 0, w).toBe(words.includes(w));
    }
    table.clear();
    expect(table.find('wa', 0, 2, wordHash('wa'))).toBe(-1);
  });
});

test('a matcher decides the same whether a word is met for the first time or found again', () => {
  const m = compileMatcher([
    { pack: TEST_PACK, watched: { season: 1, episode: 0 } },
  ]) as EngineMatcher;
  const texts = [
    'DELIA pushed Cassie off the ROOF',
    'delia PUSHED cassie off the roof!',
    'Cassy fell.',
  ];
  const first = texts.map((t) => JSON.stringify(m.evaluateDocument(t)));
  expect(m.stats().cachedWords).toBeGreaterThan(5);
  expect(texts.map((t) => JSON.stringify(m.evaluateDocument(t)))).toEqual(first);
  expect(first[0]).toContain('"hidden":true');
});
