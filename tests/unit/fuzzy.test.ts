import { describe, expect, test } from 'vitest';
import { tuningFor } from '../../src/core/match/sensitivity';
import type { Sensitivity } from '../../src/core/match/types';
import { boundedDistance, skeleton, stem } from '../../src/core/match/word-forms';
import { WordIndex } from '../../src/core/match/word-index';

const VOCAB = [
  'cassie',
  'delia',
  'raymond',
  'nevaeh',
  'bette',
  'june',
  'pushed',
  'push',
  'roof',
  'coma',
  'fingerprints',
  'hospital',
  'life',
  'support',
  'got',
  'whitlaw',
  'jefferson',
  'arrested',
  'ramon',
];

const NAMES = new Set([
  'cassie',
  'delia',
  'raymond',
  'nevaeh',
  'bette',
  'june',
  'whitlaw',
  'jefferson',
  'ramon',
]);

function index(sensitivity: Sensitivity = 'balanced'): WordIndex {
  const w = new WordIndex(tuningFor(sensitivity));
  for (const v of VOCAB) w.add(v, NAMES.has(v));
  return w;
}

/** The vocabulary words a page word resolves to, best first. */
function resolve(word: string, sensitivity: Sensitivity = 'balanced'): string[] {
  const w = index(sensitivity);
  return w.lookup(word).map((h) => w.words[h.id] as string);
}

describe('misspellings and inflections match', () => {
  test.each([
    ['cassie', 'cassie'],
    ['cassy', 'cassie'], // name skeleton: -y ending
    ['cassi', 'cassie'],
    ['cassey', 'cassie'],
    ['casie', 'cassie'],
    ['dellia', 'delia'],
    ['raymon', 'raymond'],
    ['neveah', 'nevaeh'], // transposition is one edit
    ['nevaeh', 'nevaeh'],
    ['pushes', 'pushed'],
    ['pushing', 'pushed'],
    ['arrest', 'arrested'],
    ['arrestted', 'arrested'],
    ['fingerprint', 'fingerprints'],
    ['fingerprnts', 'fingerprints'],
    ['hospitol', 'hospital'],
    ['hosptial', 'hospital'],
    ['whitlow', 'whitlaw'],
    ['jeferson', 'jefferson'],
    ['comas', 'coma'],
    ['ramón', 'ramon'],
    ['cassieeee', 'cassie'], // chat stretches words
    ['dellliaaa', 'delia'],
    ['pushedddd', 'pushed'],
    ['rooooof', 'roof'],
  ])('%s -> %s', (word, expected) => {
    expect(resolve(word)[0]).toBe(expected);
  });
});

describe('whole words only, and everyday words stay themselves', () => {
  test.each([
    'gotcha', // contains "got"
    'pushkin', // contains "push"
    'pushover',
    'roofer',
    'supported', // not "support": stem is "support" though, see below
    'better', // one edit from "bette": an everyday word
    'bet',
    'bitter',
    'cassia', // a spice, one edit from "cassie"
    'belle',
    'comma', // 4 letters: no edits allowed on balanced
    'come',
    'rood',
    'gut',
    'gore',
    'lift',
    'deli',
    'dune',
    'jane',
    'raymonds2',
    'coma1',
  ])('%s matches nothing', (word) => {
    const hits = resolve(word).filter((w) => !(word === 'supported' && w === 'support'));
    expect(hits).toEqual([]);
  });

  test('inflection of a vocabulary word is not a substring match', () => {
    expect(resolve('supported')).toEqual(['support']);
    expect(resolve('supportive')).toEqual([]);
  });
});

describe('edit budget grows with length and sensitivity', () => {
  test.each([
    // word, strict, balanced, broad
    ['roff', ['roof'], [], []], // 4 letters: only strict allows an edit
    ['bete', ['bette'], [], []],
    ['juen', ['june'], ['june'], []], // a swap of neighbours, even in 4 letters (not on broad)
    ['jnue', ['june'], ['june'], []],
    ['ujne', ['june'], [], []], // the first letter changes: strict only
    ['cassy', ['cassie'], ['cassie'], ['cassie']], // a name's skeleton, any sensitivity
    ['delai', ['delia'], ['delia'], []], // transposition in 5 letters
    ['dilia', ['delia'], ['delia'], []],
    ['xelia', ['delia'], [], []], // first letter changed: strict only
    ['hospitl', ['hospital'], ['hospital'], ['hospital']],
    ['fngerprnts', ['fingerprints'], ['fingerprints'], []], // two edits, 10 letters
    ['arrestd', ['arrested'], ['arrested'], ['arrested']],
  ] as [string, string[], string[], string[]][])('%s', (word, strict, balanced, broad) => {
    expect(resolve(word, 'strict')).toEqual(strict);
    expect(resolve(word, 'balanced')).toEqual(balanced);
    expect(resolve(word, 'broad')).toEqual(broad);
  });
});

describe('cache', () => {
  test('each unique word is resolved once and returns the identical result', () => {
    const w = index();
    const first = w.lookup('cassy');
    expect(w.cacheSize).toBe(1);
    expect(w.lookup('cassy')).toBe(first);
    w.lookup('gotcha');
    w.lookup('gotcha');
    expect(w.cacheSize).toBe(2);
  });

  test('adding a vocabulary word invalidates the cache', () => {
    const w = index();
    expect(w.lookup('oren')).toEqual([]);
    w.add('oren');
    expect(w.lookup('oren').map((h) => w.words[h.id])).toEqual(['oren']);
  });

  test('distance: 0 for exact and inflection, >0 for typos', () => {
    const w = index();
    expect(w.lookup('cassie')[0]?.distance).toBe(0);
    expect(w.lookup('pushing')[0]?.distance).toBe(0);
    expect(w.lookup('dellia')[0]?.distance).toBe(1);
    expect(w.lookup('cassy')[0]?.distance).toBe(1);
    expect(w.lookup('fngerprnts')[0]?.distance).toBe(2);
  });
});

describe('word forms', () => {
  test.each([
    ['pushed', 'push'],
    ['pushes', 'push'],
    ['pushing', 'push'],
    ['push', 'push'],
    ['kissed', 'kiss'],
    ['kisses', 'kiss'],
    ['kissing', 'kiss'],
    ['stopped', 'stop'],
    ['revealed', 'reveal'],
    ['reveals', 'reveal'],
    ['dies', 'die'],
    ['died', 'die'],
    ['dying', 'die'],
    ['cries', 'cry'],
    ['cried', 'cry'],
    ['moved', 'mov'],
    ['move', 'mov'],
    ['moving', 'mov'],
    ['roofing', 'roof'],
    ['ring', 'ring'],
    ['bed', 'bed'],
    ['pushkin', 'pushkin'],
    ['boss', 'boss'],
    ['bus', 'bus'],
  ])('stem(%s) = %s', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });

  test.each([
    ['cassie', 'casi'],
    ['cassy', 'casi'],
    ['cassi', 'casi'],
    ['cassey', 'casi'],
    ['cassia', 'casia'],
    ['phillip', 'filip'],
    ['nick', 'nik'],
    ['bob', ''],
  ])('skeleton(%s) = %j', (word, expected) => {
    expect(skeleton(word)).toBe(expected);
  });

  test.each([
    ['neveah', 'nevaeh', 2, 1],
    ['delia', 'dellia', 2, 1],
    ['cassie', 'cassy', 2, 2],
    ['kitten', 'sitting', 3, 3],
    ['abc', 'abc', 0, 0],
    ['abcdef', 'uvwxyz', 2, 3],
    ['a', 'abcd', 1, 2],
  ])('boundedDistance(%s, %s, max %i) = %i', (a, b, max, expected) => {
    expect(boundedDistance(a, b, max)).toBe(expected);
  });
});
