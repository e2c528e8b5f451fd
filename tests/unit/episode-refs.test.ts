import { describe, expect, test } from 'vitest';
import { findEpisodeMentions } from '../../src/core/match/episode-refs';
import { tokenize } from '../../src/core/text/tokenize';
import { decideText } from './match-fixtures/helpers';

const mentions = (text: string) =>
  findEpisodeMentions(tokenize(text)).map(({ kind, season, episode }) => ({
    kind,
    season,
    episode,
  }));

describe('explicit episode references are recognised', () => {
  test.each([
    ['episode 7', { kind: 'episode', season: null, episode: 7 }],
    ['Episode seven', { kind: 'episode', season: null, episode: 7 }],
    ['ep7', { kind: 'episode', season: null, episode: 7 }],
    ['ep. 7', { kind: 'episode', season: null, episode: 7 }],
    ['Ep 7', { kind: 'episode', season: null, episode: 7 }],
    ['episode7', { kind: 'episode', season: null, episode: 7 }],
    ['S1E7', { kind: 'episode', season: 1, episode: 7 }],
    ['s01e07', { kind: 'episode', season: 1, episode: 7 }],
    ['S1 E7', { kind: 'episode', season: 1, episode: 7 }],
    ['1x07', { kind: 'episode', season: 1, episode: 7 }],
    ['the seventh episode', { kind: 'episode', season: null, episode: 7 }],
    ['the 7th episode', { kind: 'episode', season: null, episode: 7 }],
    ['season 2 episode 3', { kind: 'episode', season: 2, episode: 3 }],
    ['the finale', { kind: 'finale', season: null, episode: null }],
    ['season finale', { kind: 'finale', season: null, episode: null }],
    ['season 1 finale', { kind: 'finale', season: 1, episode: null }],
    ['series finale', { kind: 'series-finale', season: null, episode: null }],
    ['the premiere', { kind: 'episode', season: null, episode: 1 }],
    ['season 2 premiere', { kind: 'episode', season: 2, episode: 1 }],
    ['season 2', { kind: 'season', season: 2, episode: null }],
    // Reviews count hours and instalments, and name the last ones without a number.
    ['the eighth hour', { kind: 'episode', season: null, episode: 8 }],
    ['the 6th instalment', { kind: 'episode', season: null, episode: 6 }],
    ['the final episode', { kind: 'finale', season: null, episode: null }],
    ['the closing hour', { kind: 'finale', season: null, episode: null }],
    ['the last ep', { kind: 'finale', season: null, episode: null }],
    ['the penultimate episode', { kind: 'penultimate', season: null, episode: null }],
    ['the second-to-last episode', { kind: 'penultimate', season: null, episode: null }],
    ['the second last hour', { kind: 'penultimate', season: null, episode: null }],
    ['the ninth chapter', { kind: 'episode', season: null, episode: 9 }],
    ['the last scene', { kind: 'ending', season: null, episode: null }],
    ['the final minutes', { kind: 'ending', season: null, episode: null }],
    ['the last ten minutes', { kind: 'ending', season: null, episode: null }],
    ['the last 2 minutes', { kind: 'ending', season: null, episode: null }],
    ['the ending', { kind: 'ending', season: null, episode: null }],
    ['the end of the season', { kind: 'ending', season: null, episode: null }],
    ['a season ender', { kind: 'ending', season: null, episode: null }],
  ])('%j', (text, expected) => {
    expect(mentions(text)).toEqual([expected]);
  });

  test.each([
    'the midseason finale',
    'episodes',
    'seasoned chef',
    '7 episodes',
    'a 1x1 grid',
    'x7',
    'the first hour of the film', // an hour is an episode only from the second on
    'hour 8',
    'hour',
    'the final countdown',
    'a happy ending', // an ending is "the ending" or the season's
    'the end of the day',
    'a scene',
  ])('%j is no reference', (text) => {
    expect(mentions(text)).toEqual([]);
  });
});

describe('references as evidence (test pack: one season of 10)', () => {
  test.each([
    // text, watched, hidden, episode
    ['I loved episode 9!', 0, false, null],
    ['Episode 9 of Tiny Pretty Things was great, Cassie was amazing.', 0, false, null],
    ['TPT episode 9: Ramon and the police, finally', 3, true, 9], // R1: the fact is episode 9 anyway
    ['TPT episode 9: the police and the handcuffs come out', 3, true, 9], // R2: two plot words
    ['TPT episode 9: the police come', 3, false, null], // one plot word is not enough (balanced)
    ['TPT ep 10: Delia pushed Cassie, now we know', 3, true, 10], // R1: fact ep 8, passage about ep 10
    ['TPT ep 10: Delia pushed Cassie, now we know', 9, true, 10],
    ['TPT ep 10: Delia pushed Cassie, now we know', 10, false, null],
    ['Back in ep 2 we learned how Cassie fell from the roof', 1, true, 2], // R1 raises past the fact
    ['Back in ep 2 we learned how Cassie fell from the roof', 2, false, null],
    ['the finale: the police and handcuffs #TPT', 5, true, 10], // finale = last episode of the season
    ['the penultimate hour: the police and handcuffs #TPT', 5, true, 9],
    ['the eighth hour: the police and handcuffs #TPT', 5, true, 8],
    ['Episode 200: police and handcuffs #TPT', 5, false, null], // no such episode
    ['S2E1 police handcuffs #TPT', 5, false, null], // no such season in the pack
    ['TPT episode guide, 9 police handcuffs', 3, false, null], // "episode" and "9" are not neighbours
  ] as const)('%j at watched %i: hidden %s, episode %s', (text, watched, hidden, episode) => {
    const d = decideText(text, { watched });
    expect(d.hidden).toBe(hidden);
    expect(d.episode?.episode ?? null).toBe(episode);
  });

  // R3: off a page about the show and with no one named, the number and the plot must agree.
  test.each([
    ['ep 9 when the police put the handcuffs on', 3, true, 9], // ramon-arrested is episode 9
    ['ep 4 when the police put the handcuffs on', 3, false, null], // no such plot in episode 4
    ['ep 9 when the police came', 3, false, null], // one plot word weighs too little
    ['the finale when she wakes up', 3, false, null], // a finale needs more than one phrase
    ['the finale when she wakes up and opens her eyes', 3, true, 10],
    ['ep 9 when the police put the handcuffs on', 9, false, null], // watched
  ] as const)('R3: %j at watched %i: hidden %s, episode %s', (text, watched, hidden, episode) => {
    const d = decideText(text, { watched });
    expect(d.hidden).toBe(hidden);
    expect(d.episode?.episode ?? null).toBe(episode);
  });

  test('"the last scene" reads as the finale for plot, never moves a matched fact', () => {
    // R3 with an ending: the finale's plot beside it.
    expect(
      decideText('the last scene when she wakes up and opens her eyes', { watched: 3 }).episode,
    ).toEqual({ season: 1, episode: 10 });
    // R1 skips it: the last scene of episode 2 is still episode 2.
    const d = decideText('TPT: the last scene where Cassie is in a coma', { watched: 3 });
    expect(d.hidden).toBe(false);
  });

  test.each([
    ['ep 9 of the bear when the police put the handcuffs on', false],
    ["episode 9 of grey's anatomy when the police put the handcuffs on", false],
    ['the finale of my favourite anime: she wakes up and opens her eyes', false],
    ['ep 9 of TPT when the police put the handcuffs on', true],
    ['ep 9 of season 1 when the police put the handcuffs on', true],
    ['ep 9 of the show when the police put the handcuffs on', true],
    ['ep 9 of 10 when the police put the handcuffs on', true],
  ] as const)("another work's episode is no reference: %j hidden %s", (text, hidden) => {
    expect(decideText(text, { watched: 3 }).hidden).toBe(hidden);
  });

  test('R3 is off on broad', () => {
    const text = 'ep 9 when the police put the handcuffs on';
    expect(decideText(text, { watched: 3, sensitivity: 'broad' }).hidden).toBe(false);
  });

  test('the reference nearest the fact decides, not the latest one', () => {
    const d = decideText('Episode 9 has Ramon arrested by the police; the finale is next. #TPT', {
      watched: 9,
    });
    expect(d.hidden).toBe(false);
  });

  test('an episode-reference hit explains itself', () => {
    const text = 'TPT episode 9: the police and the handcuffs come out';
    const hit = decideText(text, { watched: 3 }).hits[0];
    expect(hit?.via).toBe('episode-ref');
    expect(hit?.factId).toBe('episode-reference-s1e9');
    const ref = hit?.matches.find((m) => m.term === 'episode reference');
    expect(ref?.found).toBe('episode 9');
    expect(text.slice(ref?.start, ref?.end)).toBe('episode 9');
    expect(hit?.matches.map((m) => m.found)).toEqual(['episode 9', 'police', 'handcuffs']);
  });

  test("'broad' never hides on a reference without a fact; 'strict' takes one plot word", () => {
    expect(
      decideText('TPT episode 9: the police and the handcuffs', {
        watched: 3,
        sensitivity: 'broad',
      }).hidden,
    ).toBe(false);
    expect(
      decideText('TPT episode 9: the police come', { watched: 3, sensitivity: 'strict' }).hidden,
    ).toBe(true);
  });
});
