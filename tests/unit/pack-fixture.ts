/**
 * A small valid pack for an invented show, written for these tests. Each call
 * returns a fresh copy so a test can mutate it into one precise mistake.
 */
export type RawPack = Record<string, any>;

const episodes = (titles: string[]) => titles.map((title, i) => ({ number: i + 1, title }));

export function basePack(): RawPack {
  return {
    schemaVersion: 1,
    id: 'lantern-hill',
    title: 'Lantern Hill',
    aliases: ['#LanternHill'],
    seasons: [
      {
        number: 1,
        episodes: episodes([
          'Low Tide',
          'The Keeper',
          'Salt',
          'Fog Bell',
          'Driftwood',
          'The Ledger',
          'Lantern Room',
          'Undertow',
          'Flares',
          'High Water',
        ]),
      },
      { number: 2, episodes: episodes(['Thaw', 'Ferry', 'Beacon']) },
    ],
    characters: [
      {
        id: 'mara',
        name: 'Mara Quill',
        nicknames: ['Quill'],
        misspellings: ['Marra'],
        actor: 'Ines Calder',
      },
      { id: 'tobias', name: 'Tobias Wren', nicknames: ['Toby'] },
      { id: 'keeper', name: 'Old Alder' },
    ],
    entities: [{ id: 'lighthouse', name: 'the Lantern', kind: 'place', aliases: ['lighthouse'] }],
    facts: [
      {
        id: 'mara-lies',
        season: 1,
        episode: 3,
        label: 'What Mara hides',
        all: [['@mara'], ['lied', 'lying', 'lies']],
      },
      {
        id: 'tobias-falls',
        season: 1,
        episode: 7,
        label: 'Who falls from the tower',
        all: [['@tobias'], ['fell', 'falls', 'fall'], ['@lighthouse', 'tower']],
        phrases: ['Tobias fell from the lantern room'],
      },
      {
        id: 'alder-is-father',
        season: 1,
        episode: 10,
        label: 'Who the keeper really is',
        all: [['@keeper'], ['father', 'daughter']],
        context: 'self',
      },
      {
        id: 'mara-leaves',
        season: 2,
        episode: 2,
        label: 'Who boards the ferry',
        all: [['@mara'], ['ferry'], ['leaves', 'gone']],
        note: 'Recaps place this at the end of episode 2.',
      },
    ],
  };
}
