import { describe, expect, test } from 'vitest';
import { allFacts, decideText, hiddenFacts, matcher } from './match-fixtures/helpers';

describe('spoilers are caught, however they are typed', () => {
  test.each([
    ['Delia pushed Cassie off the roof.', 'delia-pusher'],
    ['omg dellia pushed her', 'delia-pusher'],
    ['DELIA PUSHED CASSIE', 'delia-pusher'],
    ['DELIAAAA PUSHED HERRRR', 'delia-pusher'],
    ['so delia was the one who pushed her lol', 'delia-pusher'],
    ['Delia shoved Cassie. Wow.', 'delia-pusher'],
    ['it was delia who pushes people off roofs', 'delia-pusher'],
    ['cassy got pushed off the roof lol', 'cassie-pushed'],
    ['Cassie’s the one who fell from the rooftop', 'cassie-pushed'],
    ['cass fell from the roof', 'cassie-pushed'],
    ['who pushed cassie??', 'cassie-pushed'],
    ['Anna Maiche fell off the roof in the first scene', 'cassie-pushed'],
    ['#TinyPrettyThings Cassie is in a coma', 'cassie-coma'],
    ['Cassie and Bette: she is on life-support', 'cassie-coma'],
    ['Cassie and Bette: she is on life support now', 'cassie-coma'],
    ['TPT: cassie wakes up!!', 'cassie-wakes'],
    ['Tiny Pretty Things. Cassie opens her eyes at last', 'cassie-wakes'],
    ['Raymon gets arrested, Tiny Pretty Things is wild', 'ramon-arrested'],
    ['Ramon in handcuffs. Bette watching. Unreal.', 'ramon-arrested'],
    ['June and Bette: the fingerprints on the phone', 'june-fingerprints'],
    ['june fingerprnts bette', 'june-fingerprints'],
    ['Juen and bette, the fingerprints', 'june-fingerprints'],
  ])('%j gives away %s', (text, fact) => {
    const d = decideText(text);
    expect(d.hidden).toBe(true);
    expect(hiddenFacts(d)).toContain(fact);
  });
});

describe('harmless text stays visible', () => {
  test.each([
    'I pushed the door and walked onto the roof.',
    'My aunt was in a coma for a week last year.',
    'The patient is on life support in the ICU.',
    'They took fingerprints at the station.',
    'Police arrested a man downtown.',
    'Better push harder at the gym, Bette says.', // one name, no co-occurring roof/coma
    'Cassie from Euphoria, in this fan theory.', // another show's Cassie: a name alone
    'Delia Smith shares a recipe for cassia bark.',
    'gotcha, pushkin',
    'Cassie Shore is a great character.',
    'I loved episode 9!',
    'Episode 9 of Tiny Pretty Things was great, Cassie was amazing.',
    'Tiny Pretty Things is coming to Netflix in December.',
    'Bette and June rehearse in the Archer studio.',
    'better bet on bettie',
    'She wakes up at six every day. June is nice.',
  ])('%j', (text) => {
    const d = decideText(text);
    expect(d.hidden).toBe(false);
    expect(d.episode).toBeNull();
  });
});

describe('the episode gate, at every boundary', () => {
  // "Delia pushed Cassie" is fact delia-pusher, episode 8.
  test.each(Array.from({ length: 11 }, (_, watched) => [watched, watched < 8]))(
    'watched %i: hidden %s',
    (watched, hidden) => {
      const d = decideText('Delia pushed Cassie.', { watched });
      expect(d.hidden).toBe(hidden);
      expect(d.episode).toEqual(hidden ? { season: 1, episode: 8 } : null);
      expect(allFacts(d)).toContain('delia-pusher');
      if (!hidden) expect(d.watchedHits.map((h) => h.factId)).toContain('delia-pusher');
    },
  );

  test('the decision names the latest unwatched fact', () => {
    const d = decideText('TPT: Delia pushed Cassie, and later Ramon is arrested.', { watched: 1 });
    expect(d.episode).toEqual({ season: 1, episode: 9 });
    expect(hiddenFacts(d)).toEqual(['ramon-arrested', 'delia-pusher']);
    expect(d.showId).toBe('tiny-pretty-things');
    expect(d.showTitle).toBe('Tiny Pretty Things');
  });

  test('a season later than the one reached is always after it', () => {
    const d = matcher({ watched: 0 });
    expect(d.evaluateDocument('Delia pushed Cassie').hidden).toBe(true);
  });
});

describe('explanations point at the page text', () => {
  test.each([
    ['Yes, Dellia pushed Cassie.', '@delia', 'Dellia'],
    ['Yes, Dellia pushed Cassie.', 'pushed', 'pushed'],
    ['so   Délia   shoved her', '@delia', 'Délia'],
    ['so   Délia   shoved her', 'shoved', 'shoved'],
    ['#TinyPrettyThings Cassie’s on life-support', 'life support', 'life-support'],
    ['#TinyPrettyThings Cassie’s on life-support', '@cassie', 'Cassie’s'],
  ])('%j: %s found as %j', (text, term, found) => {
    const d = decideText(text);
    const match = d.hits.flatMap((h) => h.matches).find((m) => m.term === term);
    expect(match?.found).toBe(found);
    expect(text.slice(match?.start, match?.end)).toBe(found);
  });

  test('distance tells exact from fuzzy', () => {
    const d = decideText('Dellia pushed Cassie');
    const byTerm = Object.fromEntries(d.hits[0]?.matches.map((m) => [m.found, m.distance]) ?? []);
    expect(byTerm).toEqual({ Dellia: 1, pushed: 0 });
  });

  test('via says how the fact fired', () => {
    expect(decideText('Delia pushed Cassie').hits[0]?.via).toBe('terms');
    expect(decideText('delia was the one who pushed').hits[0]?.via).toBe('phrase');
  });
});

describe('page context', () => {
  test('a show fact waits for the page to be about the show (broad)', () => {
    const page = matcher({ sensitivity: 'broad' }).newPage();
    page.observe('Cassie is in a coma.');
    expect(page.evaluate('Cassie is in a coma.').hidden).toBe(false);
    const before = page.contextVersion;
    page.observe('Tiny Pretty Things, episode guide');
    expect(page.contextVersion).toBe(before + 1);
    expect(page.evaluate('Cassie is in a coma.').hidden).toBe(true);
  });

  test.each([
    ['strict', ['Bette rehearses.'], 1],
    ['balanced', ['Bette rehearses.'], 0],
    ['balanced', ['Bette rehearses.', 'June watches.'], 1],
    ['broad', ['Bette rehearses.', 'June watches.'], 0],
    ['broad', ['Bette rehearses.', 'June watches.', 'Ramon shouts.'], 1],
    ['broad', ['#TinyPrettyThings'], 1],
    ['balanced', ['Cassie Shore'], 1], // a full name is enough
    ['balanced', ['Kylie Jefferson interview'], 1], // so is an actor
    ['balanced', ['Cassie. Cassie! cassie?'], 0], // one character, however often
    ['balanced', ['juen and bette'], 0], // a lowercase typo is no evidence of the show
    ['balanced', ['Juen and bette'], 1], // written like a name, it is
  ] as const)('%s, page %j: contextVersion %i', (sensitivity, texts, version) => {
    const page = matcher({ sensitivity }).newPage();
    for (const t of texts) page.observe(t);
    expect(page.contextVersion).toBe(version);
  });

  // On 'broad' a show fact needs the page context; the probe names Cassie itself.
  test.each([
    [[], false],
    [['Bette rehearses.'], false],
    [['Bette rehearses.', 'June watches.'], true],
    [['#TinyPrettyThings'], true],
  ] as const)('broad, page %j: a coma passage hidden %s', (texts, hidden) => {
    const page = matcher({ sensitivity: 'broad' }).newPage();
    for (const t of texts) page.observe(t);
    expect(page.evaluate('Cassie is in a coma.').hidden).toBe(hidden);
  });

  test('contextVersion bumps once per show, not per mention', () => {
    const page = matcher().newPage();
    page.observe('Tiny Pretty Things');
    page.observe('#TinyPrettyThings Cassie Bette June');
    page.observe('TPT again');
    expect(page.contextVersion).toBe(1);
  });

  test('a "self" fact fires anywhere once a show name is among its words', () => {
    expect(decideText('Delia pushed Cassie').hidden).toBe(true);
    expect(decideText('someone pushed her off the roof').hidden).toBe(false);
  });

  test('off a show page, a name with the other groups counts (balanced); broad wants two more groups', () => {
    expect(decideText('raymon, arrested').hidden).toBe(true);
    expect(decideText('cassie is in a coma').hidden).toBe(true);
    expect(decideText('cassie is in a coma', { sensitivity: 'broad' }).hidden).toBe(false);
    expect(decideText('a coma, life support').hidden).toBe(false); // no name of the show
    expect(decideText('cassie fell off the roof', { sensitivity: 'broad' }).hidden).toBe(true); // self fact
    // The price, documented in sensitivity.ts: another show's Cassie with a plot word.
    expect(decideText('Cassie from Euphoria is in a coma in this fan theory.').hidden).toBe(true);
    expect(
      decideText('Cassie from Euphoria is in a coma in this fan theory.', { sensitivity: 'broad' })
        .hidden,
    ).toBe(false);
  });
});

describe('co-occurrence', () => {
  test.each([
    ['Delia. She pushed her.', true], // across a sentence break, within the window
    ['delia\npushed', true],
    [`Delia. ${'Then something else happened. '.repeat(8)}pushed`, false], // too far apart
    [`Delia ${'and then something else happened '.repeat(6)}pushed`, true], // one long sentence
    ['Delia is lovely.', false],
    ['pushed pushed pushed', false],
  ])('%j: %s', (text, hidden) => {
    expect(decideText(text).hidden).toBe(hidden);
  });
});

describe('own terms', () => {
  const ownTerms = [
    { term: 'Mary Kelly', season: 1, episode: 9 },
    { term: 'pas de deux', season: 1, episode: 4 },
  ];
  test.each([
    ['The Mary Kelly role goes to someone new', 5, true, 'own-term-1'],
    ['the mary kelly role', 9, false, 'own-term-1'],
    ['A pas-de-deux, beautifully done', 3, true, 'own-term-2'],
    ['A pas-de-deux, beautifully done', 4, false, 'own-term-2'],
    ['Mary and Kelly are friends', 0, false, null],
  ] as const)('%j at watched %i: hidden %s', (text, watched, hidden, fact) => {
    const d = decideText(text, { watched, ownTerms });
    expect(d.hidden).toBe(hidden);
    if (fact) expect(allFacts(d)).toContain(fact);
    if (hidden) expect(d.hits[0]?.via).toBe('own-term');
  });
});

describe('caching returns identical results', () => {
  test('the same passage twice, on the same page and on a new one', () => {
    const m = matcher({ watched: 3 });
    const text = 'TPT: Dellia pushed Cassy off the roof, and ramon gets arrested in ep 9.';
    const page = m.newPage();
    page.observe(text);
    const first = page.evaluate(text);
    expect(page.evaluate(text)).toEqual(first);
    const again = m.newPage();
    again.observe(text);
    expect(again.evaluate(text)).toEqual(first);
    expect(m.evaluateDocument(text)).toEqual(first);
    expect(matcher({ watched: 3 }).evaluateDocument(text)).toEqual(first);
  });

  test('evaluate works without observe', () => {
    const page = matcher().newPage();
    expect(page.evaluate('Delia pushed Cassie').hidden).toBe(true);
  });
});

describe('bad input', () => {
  test('an unknown @reference names the fact', () => {
    expect(() =>
      matcher({
        pack: {
          ...matcherPack(),
          facts: [
            {
              id: 'x',
              season: 1,
              episode: 1,
              label: 'X',
              all: [['@nobody']],
              phrases: [],
              context: 'show',
            },
          ],
        },
      }),
    ).toThrow('tiny-pretty-things: facts[0].all[0]: unknown reference "@nobody"');
  });

  test('an unknown sensitivity is refused', () => {
    expect(() => matcher({ sensitivity: 'loose' as never })).toThrow(/sensitivity/);
  });

  test('empty and odd passages decide nothing', () => {
    for (const text of ['', '   ', '😀😀', 'https://example.com/delia-pushed-cassie', '....']) {
      expect(decideText(text).hidden).toBe(false);
    }
  });
});

import { TEST_PACK } from './match-fixtures/test-pack';

function matcherPack() {
  return TEST_PACK;
}
