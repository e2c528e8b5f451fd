import { describe, expect, test } from 'vitest';
import { nameAlternatives } from '../../src/core/match/name-alternatives';
import { BUILTIN_PACKS } from '../../src/core/pack/builtin/index';
import { decideText } from './match-fixtures/helpers';

/** The engine against the real built-in pack, with sentences written for this test. */
const pack = BUILTIN_PACKS.find((p) => p.id === 'tiny-pretty-things');
if (!pack) throw new Error('built-in pack tiny-pretty-things missing');

describe('built-in pack: spoilers hide for someone who has not started', () => {
  test.each([
    ['So it was Delia under the hoodie all along. #TinyPrettyThings', 10],
    ['delia pushed cassie off the roof because she was jealous of her and ramon', 10],
    ['Bette gets arrested at the theatre, TPT is chaos', 9],
    ['neveah and oren get expelled at the end', 10],
    ['cassy wakes up in ep 9!!', 9],
    ['Ramon is bleeding on the studio floor, Tiny Pretty Things what', 10],
    ['Caleb had a seizure?? and Monique knew #TPT', 5],
    ["June's emancipation plan, Tiny Pretty Things season 1", 3],
    ['Nabil is the prime suspect now, Neveah doesnt buy it', 1],
    ['Travis is a predator and June knows it', 6],
    ["Cassie's parents pull the plug and she keeps breathing on her own. Tiny Pretty Things", 8],
    ['Ramon smashed the mirror in front of everyone, Neveah was shaking', 4],
    ['raymon smashing a mirror in the studio', 4],
    ['Bette Whitlaw is innocent, she was framed the whole time', 10],
    ['Neveahs mom is in prison', 5],
  ])('%j -> episode %i', (text, episode) => {
    const d = decideText(text, { pack });
    expect(d.hidden).toBe(true);
    expect(d.episode).toEqual({ season: 1, episode });
  });
});

describe('built-in pack: harmless text stays visible', () => {
  test.each([
    'I watched the Tiny Pretty Things trailer today, Cassie and Neveah look great.',
    'The roof of my house leaks whenever it rains.',
    'My cousin Delia finally got her driving licence.',
    'June is the best month for a beach trip.',
    'He was arrested for speeding on the highway.',
    'She woke up early to watch the ballet.',
    'A white rose on the table and a note by the door.',
    'Kylie Jefferson trained as a dancer before acting.',
    'The grey hoodie I bought last week already has a hole.',
    'Life support machines are expensive to run.',
    'Bette Davis was a film star in the forties.',
    'The Jack the Ripper walking tour starts at seven.',
    'Cassie Shore is played by Anna Maiche.',
    'cassia bark and a pinch of nutmeg',
    'We share the roof terrace with June and she fell asleep in the sun.',
    'They shared the blame, and the shore was empty.',
    'I loved episode 9 of Tiny Pretty Things!',
    'Tiny Pretty Things Season 1 Episode 10 Push Comes to Shove, streaming now',
  ])('%j', (text) => {
    expect(decideText(text, { pack }).hidden).toBe(false);
  });
});

test.each([0, 7, 9, 10])('built-in pack: the culprit reveal at watched %i', (watched) => {
  const d = decideText('TPT: Delia pushed Cassie off the roof, she was jealous', { pack, watched });
  expect(d.hidden).toBe(watched < 10);
  expect(d.episode).toEqual(watched < 10 ? { season: 1, episode: 10 } : null);
});

describe('built-in pack: talk about a TV show stands in for a name', () => {
  const ventilator = 'her parents took her off the ventilator and she kept breathing';
  test.each([
    [`${ventilator}. this episode wrecked me`, 7, true],
    [`${ventilator}, the writers are evil`, 7, true],
    [`${ventilator}, this show is unwell`, 7, true],
    [`${ventilator}, s1e8 had me sobbing`, 7, true],
    [`${ventilator}. this episode wrecked me`, 8, false], // watched
    // The same words about a real family, and "show" the verb, are no TV talk.
    [`${ventilator}, the doctors called it a miracle`, 7, false],
    [`${ventilator}, please show her some love`, 7, false],
    ['my grandma came off the ventilator and kept breathing, the whole ward cheered', 7, false],
    // Everyday words in TV talk weigh too little: another show's sister twist.
    ['that other show finale: the big sister did it all along', 0, false],
  ] as const)('%j at watched %i: hidden %s', (text, watched, hidden) => {
    expect(decideText(text, { pack, watched }).hidden).toBe(hidden);
  });

  test("'broad' still wants a name", () => {
    const text = `${ventilator}. this episode wrecked me`;
    expect(decideText(text, { pack, sensitivity: 'broad' }).hidden).toBe(false);
  });
});

describe('built-in pack: a family name alone is neither sister', () => {
  test('"Whitlaw" is in both full names and alone stands for neither', () => {
    const names = nameAlternatives(pack as NonNullable<typeof pack>);
    for (const id of ['@bette', '@delia']) {
      expect(names.get(id)?.texts).not.toContain('Whitlaw');
    }
    expect(names.get('@delia')?.texts).toContain('Delia Whitlaw');
  });

  test("Bette Whitlaw's Ripper lead is not Delia's", () => {
    const d = decideText('bette whitlaw dancing the ripper lead, peak bette', { pack, watched: 9 });
    expect(d.hits.map((h) => h.factId)).not.toContain('delia-cast');
  });
});

describe('built-in pack: Cassie unnamed, in TV talk', () => {
  test.each([
    ["the way she whispers 'pushed' and then she's gone again, this episode", 8, true],
    ['she finally wakes up from her coma and the writers make her a villain', 8, true],
    ["she whispers 'pushed' in ep 1 of the audiobook", 10, false], // watched everything
    ['she whispered that she pushed through the pain, what a scene', 0, false], // no speech-then-push
  ] as const)('%j at watched %i: hidden %s', (text, watched, hidden) => {
    expect(decideText(text, { pack, watched }).hidden).toBe(hidden);
  });
});

describe('built-in pack: R3 weighs the words beside a reference', () => {
  test.each([
    ['ep 9 when she opens her eyes', 3, true], // a set phrase of episode 9
    ['episode 9 of my other show, she wakes up late again', 3, false], // "wakes up" alone is light
    ['ep 8 when they pull the plug', 3, true],
    ['ep 8 when they pull the plug', 8, false],
  ] as const)('%j at watched %i: hidden %s', (text, watched, hidden) => {
    expect(decideText(text, { pack, watched }).hidden).toBe(hidden);
  });
});
