import type { PackInput } from '../../src/core/pack/schema';

/**
 * A made-up show for settings tests: two seasons, so the pickers need season
 * groups and "finished season" entries. Written for these tests.
 */
export const LANTERN_STREET: PackInput = {
  schemaVersion: 1,
  id: 'lantern-street',
  title: 'Lantern Street',
  aliases: ['#LanternStreet'],
  seasons: [
    {
      number: 1,
      episodes: [
        { number: 1, title: 'The Night Shift' },
        { number: 2, title: 'Paper Boats' },
        { number: 3, title: 'Lamplighter' },
        { number: 4, title: 'Fog Warning' },
      ],
    },
    {
      number: 2,
      episodes: [
        { number: 1, title: 'Low Tide' },
        { number: 2, title: 'The Ferry' },
        { number: 3, title: 'Last Light' },
      ],
    },
  ],
  characters: [
    { id: 'mira', name: 'Mira Calloway', nicknames: ['Mimi'] },
    { id: 'otto', name: 'Otto Brandt' },
  ],
  facts: [
    {
      id: 'mira-leaves',
      season: 1,
      episode: 3,
      label: 'Who leaves the harbour',
      all: [['@mira'], ['leaves', 'sails away']],
    },
    {
      id: 'otto-lighthouse',
      season: 2,
      episode: 2,
      label: 'What Otto finds',
      all: [['@otto'], ['lighthouse key']],
    },
  ],
};

export const lanternStreetText = (change: Record<string, unknown> = {}): string =>
  JSON.stringify({ ...LANTERN_STREET, ...change });
