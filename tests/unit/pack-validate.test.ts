import { describe, expect, test } from 'vitest';
import tinyPrettyThings from '../../src/core/pack/builtin/tiny-pretty-things.json';
import { validatePack } from '../../src/core/pack/validate';
import { basePack, type RawPack } from './pack-fixture';

const SHORT = '(add it to allowShortTerms to allow it)';

/** Each row: one small mutation of the valid base pack and the exact messages it must give. */
const malformed: [string, (p: RawPack) => unknown, string[]][] = [
  [
    'wrong schemaVersion',
    (p) => {
      p.schemaVersion = 2;
    },
    ['schemaVersion: expected 1, got 2 (this version of Spoiler Shield reads version 1 packs)'],
  ],
  [
    'missing schemaVersion',
    (p) => {
      delete p.schemaVersion;
    },
    ['schemaVersion: required but missing (add "schemaVersion": 1)'],
  ],
  [
    'a broken season is reported once, not again by every fact in it',
    (p) => {
      p.seasons[1] = 'two';
      delete p.seasons[0].episodes;
    },
    ['seasons[0].episodes: required but missing', 'seasons[1]: expected an object but got "two"'],
  ],
  [
    'a broken characters list is reported once, not again by every @ref',
    (p) => {
      p.characters = null;
    },
    ['characters: expected an array but got null'],
  ],
  [
    'missing title',
    (p) => {
      delete p.title;
    },
    ['title: required but missing'],
  ],
  [
    'bad slug id (the fact that refers to it is reported too)',
    (p) => {
      p.characters[1].id = 'Tobias Wren';
    },
    [
      'characters[1].id: expected a slug such as "tiny-pretty-things" but got "Tobias Wren"',
      'facts[1].all[0][0]: unknown character or entity "@tobias"',
    ],
  ],
  [
    'episode 0',
    (p) => {
      p.facts[0].episode = 0;
    },
    ['facts[0].episode: expected 1 or more but got 0'],
  ],
  [
    'episode 11 of a 10-episode season',
    (p) => {
      p.facts[2].episode = 11;
    },
    ['facts[2].episode: 11 is not an episode of season 1 (1..10)'],
  ],
  [
    'episode as a string',
    (p) => {
      p.facts[1].episode = '7';
    },
    ['facts[1].episode: expected a number but got "7"'],
  ],
  [
    'unknown season',
    (p) => {
      p.facts[3].season = 3;
    },
    ['facts[3].season: 3 is not a season of this pack (seasons: 1, 2)'],
  ],
  [
    'duplicate season',
    (p) => {
      p.seasons[1].number = 1;
    },
    [
      'seasons[1].number: duplicate season 1 (also seasons[0])',
      'facts[3].season: 2 is not a season of this pack (seasons: 1)',
    ],
  ],
  [
    'duplicate episode number',
    (p) => {
      p.seasons[1].episodes[2].number = 2;
    },
    ['seasons[1].episodes[2].number: duplicate episode 2 (also seasons[1].episodes[1])'],
  ],
  [
    'gap in episode numbers',
    (p) => {
      p.seasons[1].episodes[2].number = 5;
    },
    ['seasons[1].episodes: episodes 3, 4 are missing (number them 1, 2, 3... without gaps)'],
  ],
  [
    'duplicate fact id',
    (p) => {
      p.facts[3].id = 'mara-lies';
    },
    ['facts[3].id: duplicate id "mara-lies" (also facts[0])'],
  ],
  [
    'duplicate character id',
    (p) => {
      p.characters.push({ id: 'tobias', name: 'Tobias Senior' });
    },
    ['characters[3].id: duplicate id "tobias" (also characters[1])'],
  ],
  [
    'entity id clashing with a character id',
    (p) => {
      p.entities.push({ id: 'mara', name: 'Mara Bay', kind: 'place' });
    },
    ['entities[1].id: duplicate id "mara" (also characters[0])'],
  ],
  [
    'empty term group',
    (p) => {
      p.facts[0].all[1] = [];
    },
    ['facts[0].all[1]: expected at least one term'],
  ],
  [
    'empty all',
    (p) => {
      p.facts[0].all = [];
    },
    ['facts[0].all: expected at least one term group'],
  ],
  [
    'blank term',
    (p) => {
      p.facts[0].all[1][0] = '   ';
    },
    ['facts[0].all[1][0]: expected a non-empty string'],
  ],
  [
    'short term',
    (p) => {
      p.facts[0].all[1].push('ly');
    },
    [`facts[0].all[1][3]: term "ly" is shorter than 3 letters ${SHORT}`],
  ],
  [
    'short term counted in letters, not characters',
    (p) => {
      p.facts[1].phrases.push('A.J.');
    },
    [`facts[1].phrases[1]: term "A.J." is shorter than 3 letters ${SHORT}`],
  ],
  [
    'short nickname',
    (p) => {
      p.characters[1].nicknames.push('TW');
    },
    [`characters[1].nicknames[1]: term "TW" is shorter than 3 letters ${SHORT}`],
  ],
  [
    'unknown @ref, with the likely intended id',
    (p) => {
      p.facts[3].all[0][0] = '@marra';
    },
    ['facts[3].all[0][0]: unknown character or entity "@marra" (did you mean "@mara"?)'],
  ],
  [
    'unknown @ref inside a phrase (a suffix such as "\'s" is allowed)',
    (p) => {
      p.facts[1].phrases = ["@tobias's fall from @tower", 'asked @Mara twice'];
    },
    [
      'facts[1].phrases[0]: unknown character or entity "@tower"',
      'facts[1].phrases[1]: unknown character or entity "@Mara" (did you mean "@mara"?)',
    ],
  ],
  [
    'term with no letters, even if allowed as short',
    (p) => {
      p.facts[2].all[1].push('!!');
      p.allowShortTerms = ['!!'];
    },
    ['facts[2].all[1][2]: term "!!" has no letters or digits'],
  ],
  [
    'non-array aliases',
    (p) => {
      p.characters[1].nicknames = 'Toby';
      p.entities[0].aliases = 'lighthouse';
    },
    [
      'characters[1].nicknames: expected an array but got "Toby"',
      'entities[0].aliases: expected an array but got "lighthouse"',
    ],
  ],
  [
    'empty label',
    (p) => {
      p.facts[1].label = '  ';
    },
    ['facts[1].label: expected a non-empty string'],
  ],
  [
    'unknown context',
    (p) => {
      p.facts[2].context = 'page';
    },
    ['facts[2].context: expected one of "self", "show" but got "page"'],
  ],
  [
    'unknown entity kind',
    (p) => {
      p.entities[0].kind = 'building';
    },
    [
      'entities[0].kind: expected one of "place", "object", "organization", "event", "other" but got "building"',
    ],
  ],
  ['not an object: an array', () => [], ['(root): expected an object but got an array']],
  [
    'not an object: a string',
    () => 'lantern-hill',
    ['(root): expected an object but got "lantern-hill"'],
  ],
  ['not an object: null', () => null, ['(root): expected an object but got null']],
];

describe('validatePack', () => {
  test('the base pack is valid, with defaults filled in and no warnings', () => {
    const result = validatePack(basePack());
    expect(result).toMatchObject({ ok: true, warnings: [] });
    if (!result.ok) return;
    expect(result.pack.facts[0]?.context).toBe('show');
    expect(result.pack.facts[0]?.phrases).toEqual([]);
    expect(result.pack.characters[2]?.nicknames).toEqual([]);
    expect(result.pack.allowShortTerms).toEqual([]);
  });

  test.each(malformed)('%s', (_name, mutate, errors) => {
    const pack = basePack();
    const replaced = mutate(pack);
    expect(validatePack(replaced === undefined ? pack : replaced)).toEqual({ ok: false, errors });
  });

  test('a short term listed in allowShortTerms is accepted (any case)', () => {
    const pack = basePack();
    pack.facts[0].all[1].push('ly');
    pack.characters[1].nicknames.push('TW');
    pack.allowShortTerms = ['LY', 'tw'];
    expect(validatePack(pack)).toMatchObject({ ok: true, warnings: [] });
  });

  test('every problem in one pack is listed, shape first, then cross-field rules', () => {
    const pack = basePack();
    pack.schemaVersion = 3;
    pack.facts[0].label = '';
    pack.facts[1].episode = 12;
    pack.facts[2].id = 'mara-lies';
    pack.facts[3].all[1] = ['@ferry', 'ok'];
    expect(validatePack(pack)).toEqual({
      ok: false,
      errors: [
        'schemaVersion: expected 1, got 3 (this version of Spoiler Shield reads version 1 packs)',
        'facts[0].label: expected a non-empty string',
        'facts[1].episode: 12 is not an episode of season 1 (1..10)',
        'facts[2].id: duplicate id "mara-lies" (also facts[0])',
        'facts[3].all[1][0]: unknown character or entity "@ferry"',
        `facts[3].all[1][1]: term "ok" is shorter than 3 letters ${SHORT}`,
      ],
    });
  });

  test('a path prefix is put before every message', () => {
    const pack = basePack();
    pack.facts[3].episode = 4;
    pack.title = 7;
    expect(validatePack(pack, 'packs[0]')).toEqual({
      ok: false,
      errors: [
        'packs[0].title: expected a string but got 7',
        'packs[0].facts[3].episode: 4 is not an episode of season 2 (1..3)',
      ],
    });
    expect(validatePack(42, 'packs[1]')).toEqual({
      ok: false,
      errors: ['packs[1]: expected an object but got 42'],
    });
  });

  test('strings are trimmed and $schema is dropped from the validated pack', () => {
    const pack = basePack();
    pack.$schema = 'pack.schema.json';
    pack.title = '  Lantern Hill ';
    const result = validatePack(pack);
    expect(result.ok && result.pack.title).toBe('Lantern Hill');
    expect(result.ok && '$schema' in result.pack).toBe(false);
  });
});

describe('validatePack warnings', () => {
  test('a "self" fact made only of common words', () => {
    const pack = basePack();
    pack.facts.push({
      id: 'someone-left',
      season: 1,
      episode: 5,
      label: 'Who leaves town',
      all: [
        ['she', 'he'],
        ['left', 'went away'],
      ],
      context: 'self',
    });
    pack.allowShortTerms = ['he'];
    expect(validatePack(pack)).toMatchObject({
      ok: true,
      warnings: [
        'facts[4]: every term is a common word; set context to "show" so it only counts on pages about the show',
      ],
    });
  });

  test('the same words under context "show", or with a name in a group, are fine', () => {
    const pack = basePack();
    pack.facts.push(
      { id: 'a-left', season: 1, episode: 5, label: 'L', all: [['she'], ['left']] },
      {
        id: 'b-left',
        season: 1,
        episode: 5,
        label: 'L',
        all: [['@mara'], ['left']],
        context: 'self',
      },
    );
    expect(validatePack(pack)).toMatchObject({ ok: true, warnings: [] });
  });

  test('unknown properties are ignored with a warning that suggests the known one', () => {
    const pack = basePack();
    pack.characters[0].nicknmaes = ['Q'];
    pack.facts[1].contxt = 'self';
    pack.publisher = 'me';
    expect(validatePack(pack)).toMatchObject({
      ok: true,
      warnings: [
        'publisher: unknown property, ignored',
        'characters[0].nicknmaes: unknown property, ignored (did you mean "nicknames"?)',
        'facts[1].contxt: unknown property, ignored (did you mean "context"?)',
      ],
    });
  });
});

describe('the built-in pack file', () => {
  test('tiny-pretty-things.json validates with no errors and no warnings', () => {
    expect(validatePack(tinyPrettyThings)).toMatchObject({ ok: true, warnings: [] });
  });
});
