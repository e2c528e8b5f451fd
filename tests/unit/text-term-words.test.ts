import { describe, expect, test } from 'vitest';
import { nameAlternatives } from '../../src/core/match/name-alternatives';
import { BUILTIN_PACKS } from '../../src/core/pack/builtin/index';
import { COMMON_WORDS, FREQUENT_WORDS, listedWords } from '../../src/core/text/common-words';
import { normalizeWords } from '../../src/core/text/normalize';
import { TermWords } from '../../src/core/text/term-words';

/** Every text a pack hands the term table: titles, names, group terms, phrases. */
function packTexts(): string[] {
  const out: string[] = [];
  for (const pack of BUILTIN_PACKS) {
    out.push(pack.title, ...pack.aliases);
    for (const s of pack.seasons) for (const e of s.episodes) out.push(e.title);
    for (const { texts } of nameAlternatives(pack).values()) out.push(...texts);
    for (const f of pack.facts) {
      for (const group of f.all) out.push(...group);
      out.push(...f.phrases);
    }
  }
  return out;
}

describe('TermWords', () => {
  test.each([
    'Cassie',
    'CASSIE SHORE',
    'Ramón Crème brûlée',
    "Cassie's fall",
    'Cassie’s  fall',
    'life-support x-ray self‑made',
    '#TinyPrettyThings and #tinyprettythings',
    '# Tiny @ Pretty',
    '@NetflixFilm TinyPrettyThings McDonald iPhone DeLuca McRae DuBois',
    'see https://example.com/a-b?c=d now',
    'go to www.example.org/spoilers ok',
    'HTTPS://EXAMPLE.COM/X\tdone',
    'omg 😱😱 cassie 🔥finale🔥',
    'S1E7 and 1x07 ep7 a1B',
    "“quoted” ‘words’ students' 'tis",
    'snake_case_name',
    '  spaced \t out \n text \u00a0 nbsp\u2009thin ',
    'Damon J. Gillespie',
    'Catch & Release, It’s Not the Waking',
    '',
    '!!! ... ???',
  ])('%j gives the words normalizeWords gives', (text) => {
    expect(new TermWords().words(text)).toEqual(normalizeWords(text));
  });

  test('every text of the built-in packs, through one shared chunk memo', () => {
    const texts = packTexts();
    expect(texts.length).toBeGreaterThan(500);
    const tw = new TermWords();
    for (const text of texts) expect(tw.words(text), text).toEqual(normalizeWords(text));
  });

  test('a text repeated across facts is normalised once (the same read-only words)', () => {
    const tw = new TermWords();
    const first = tw.words('Cassie Shore');
    expect(first).toEqual(['cassie', 'shore']);
    expect(tw.words('Cassie Shore')).toBe(first);
    expect(tw.words('Cassie  Shore')).toEqual(first);
  });
});

describe('the everyday word lists', () => {
  test('are words one space apart (listedWords reads them without a regular expression)', () => {
    expect(listedWords(' a  b\nc ')).toEqual(['a', '', 'b', 'c']);
    expect(COMMON_WORDS.size).toBeGreaterThan(300);
    expect(FREQUENT_WORDS.size).toBeGreaterThan(COMMON_WORDS.size + 800);
    for (const word of FREQUENT_WORDS) expect(word).toMatch(/^[a-z]+$/);
    for (const word of COMMON_WORDS) expect(FREQUENT_WORDS.has(word)).toBe(true);
  });
});
