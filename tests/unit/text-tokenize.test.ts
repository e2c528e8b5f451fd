import { describe, expect, test } from 'vitest';
import {
  CAPITALIZED,
  FROM_HASHTAG,
  HAS_DIGIT,
  tokenize,
  wordHash,
} from '../../src/core/text/tokenize';

/** Each token as [word, the original text its offsets cover]. */
function covered(text: string): [string, string][] {
  const t = tokenize(text);
  return t.words.map((w, i) => [w, text.slice(t.starts[i], t.ends[i])]);
}

describe('tokenize keeps original offsets', () => {
  test.each([
    [
      'Cassie’s fall',
      [
        ['cassie', 'Cassie’s'],
        ['fall', 'fall'],
      ],
    ],
    [
      'Ramón pushed',
      [
        ['ramon', 'Ramón'],
        ['pushed', 'pushed'],
      ],
    ],
    [
      '#TinyPrettyThings',
      [
        ['tiny', 'Tiny'],
        ['pretty', 'Pretty'],
        ['things', 'Things'],
      ],
    ],
    [
      'life-support!',
      [
        ['life', 'life'],
        ['support', 'support'],
      ],
    ],
    [
      'a 😱 b',
      [
        ['a', 'a'],
        ['b', 'b'],
      ],
    ],
    [
      'x https://t.co/abc y',
      [
        ['x', 'x'],
        ['y', 'y'],
      ],
    ],
    [
      'ep. 7',
      [
        ['ep', 'ep'],
        ['7', '7'],
      ],
    ],
    [
      "rock 'n' roll",
      [
        ['rock', 'rock'],
        ['n', 'n'],
        ['roll', 'roll'],
      ],
    ],
    [
      'naïve café',
      [
        ['naive', 'naïve'],
        ['cafe', 'café'],
      ],
    ],
  ] as [string, [string, string][]][])('%j', (text, expected) => {
    expect(covered(text)).toEqual(expected);
  });

  test('flags: capitalised, from a hashtag, has a digit', () => {
    const t = tokenize('Cassie #TPT s1e7 delia');
    expect(t.flags.map((f) => [f & CAPITALIZED, f & FROM_HASHTAG, f & HAS_DIGIT])).toEqual([
      [CAPITALIZED, 0, 0],
      [CAPITALIZED, FROM_HASHTAG, 0],
      [0, 0, HAS_DIGIT],
      [0, 0, 0],
    ]);
  });

  test('a long text: every token offset covers its own word', () => {
    const text =
      'Delia’s jealousy, Cassie-Shore. #TPT ... https://x.y/z 🙃 OK?\nNext line: ep9!'.repeat(50);
    const t = tokenize(text);
    for (let i = 0; i < t.count; i++) {
      const raw = text.slice(t.starts[i], t.ends[i]).toLowerCase().replace(/’s$/, '');
      expect(raw.replace(/[’']/g, '')).toBe(t.words[i]);
    }
  });
});

describe('tokenize with a keep filter', () => {
  test('keeps chosen tokens with their positions among all tokens and their sentences', () => {
    const text = 'Delia smiled. Then Cassie fell, and Delia ran.';
    const t = tokenize(text, (word) => word === 'delia' || word === 'cassie');
    expect(t.words).toEqual(['delia', 'cassie', 'delia']);
    expect(t.index).toEqual([0, 3, 6]);
    expect(t.sentences).toEqual([0, 1, 1]);
    expect(t.words.map((_, i) => text.slice(t.starts[i], t.ends[i]))).toEqual([
      'Delia',
      'Cassie',
      'Delia',
    ]);
  });

  test('sentence breaks still see the tokens that were dropped', () => {
    // "Dr." is dropped by the filter but still an abbreviation: one sentence.
    const t = tokenize('Dr. Ayers called Cassie. Then Bette', (w) => w !== 'dr');
    expect(t.sentences).toEqual([0, 0, 0, 1, 1]);
  });
});

describe('tokenize with a table of known words', () => {
  const text =
    "Cassie's FALL, #TinyPrettyThings s1e7 at https://x.io/a Delia pushed HER. Naïve café DeLuca, don't 1x07";
  test('gives exactly the tokens of the ordinary path, and the hash of the lowercased word', () => {
    const seen = new Set(tokenize(text).words);
    const hashes: [string, number][] = [];
    const known = {
      find(t: string, start: number, end: number, hash: number) {
        const w = t.slice(start, end).toLowerCase();
        hashes.push([w, hash]);
        return seen.has(w) ? w : undefined;
      },
    };
    const keep = (w: string) => w !== 'at';
    expect(tokenize(text, keep, known)).toEqual(tokenize(text, keep));
    // Apostrophes, accents and camelCase fold differently, and numbers ("s1e7") are
    // mostly one-offs: none of them take the table's path.
    expect(hashes.map(([w]) => w)).toEqual(['fall', 'at', 'delia', 'pushed', 'her']);
    for (const [w, hash] of hashes) expect(hash, w).toBe(wordHash(w));
  });
});
