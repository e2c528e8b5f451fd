import type { Pack } from '../../../src/core/pack/schema';

/**
 * A small pack written for the engine's unit tests (not the built-in pack):
 * names from Tiny Pretty Things, facts and wording of our own, one season of 10.
 */
export const TEST_PACK: Pack = {
  schemaVersion: 1,
  id: 'tiny-pretty-things',
  title: 'Tiny Pretty Things',
  aliases: ['#TinyPrettyThings', 'TPT'],
  allowShortTerms: [],
  seasons: [
    {
      number: 1,
      episodes: Array.from({ length: 10 }, (_, i) => ({
        number: i + 1,
        title: `Episode ${i + 1}`,
      })),
    },
  ],
  characters: [
    {
      id: 'cassie',
      name: 'Cassie Shore',
      nicknames: ['Cass'],
      misspellings: ['Cassy'],
      actor: 'Anna Maiche',
    },
    {
      id: 'neveah',
      name: 'Neveah Stroyer',
      nicknames: [],
      misspellings: ['Nevaeh'],
      actor: 'Kylie Jefferson',
    },
    {
      id: 'bette',
      name: 'Bette Whitlock',
      nicknames: [],
      misspellings: [],
      actor: 'Casimere Jollette',
    },
    { id: 'delia', name: 'Delia Dunne', nicknames: [], misspellings: [] },
    { id: 'ramon', name: 'Ramon Costa', nicknames: [], misspellings: [] },
    { id: 'june', name: 'June Park', nicknames: [], misspellings: [], actor: 'Daniela Norman' },
  ],
  entities: [{ id: 'archer', name: 'Archer School of Ballet', kind: 'place', aliases: ['Archer'] }],
  facts: [
    {
      id: 'cassie-pushed',
      season: 1,
      episode: 1,
      label: 'How Cassie fell',
      all: [['@cassie'], ['pushed', 'shoved', 'fell'], ['roof', 'rooftop']],
      phrases: ['who pushed cassie'],
      context: 'self',
    },
    {
      id: 'cassie-coma',
      season: 1,
      episode: 2,
      label: 'Cassie in hospital',
      all: [['@cassie'], ['coma', 'life support']],
      phrases: [],
      context: 'show',
    },
    {
      id: 'june-fingerprints',
      season: 1,
      episode: 5,
      label: 'A clue on the phone',
      all: [['fingerprints'], ['@june', '@bette']],
      phrases: [],
      context: 'show',
    },
    {
      id: 'delia-pusher',
      season: 1,
      episode: 8,
      label: 'Who pushed Cassie',
      all: [['@delia'], ['pushed', 'push', 'shoved']],
      phrases: ['@delia was the one who pushed'],
      context: 'self',
    },
    {
      id: 'ramon-arrested',
      season: 1,
      episode: 9,
      label: 'Ramon and the police',
      all: [['@ramon'], ['arrested', 'handcuffs', 'police']],
      phrases: [],
      context: 'show',
    },
    {
      id: 'cassie-wakes',
      season: 1,
      episode: 10,
      label: 'Cassie in the finale',
      all: [['@cassie'], ['wakes up', 'awake', 'opens her eyes']],
      phrases: [],
      context: 'show',
    },
  ],
};
