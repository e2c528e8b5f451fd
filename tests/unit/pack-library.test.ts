import { describe, expect, test } from 'vitest';
import {
  activePacks,
  addOwnTerm,
  emptyLibrary,
  exportPack,
  importPackText,
  migrateLibrary,
  type PackLibrary,
  removeOwnTerm,
  removePack,
  setPackEnabled,
} from '../../src/core/pack/library';
import type { Pack } from '../../src/core/pack/schema';
import { validatePack } from '../../src/core/pack/validate';
import { basePack, type RawPack } from './pack-fixture';

const NOW = 1_700_000_000_000;

function valid(raw: RawPack): Pack {
  const result = validatePack(raw);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.pack;
}

/** A built-in stand-in: the fixture under another id. */
function builtin(): Pack {
  return valid({ ...basePack(), id: 'harbor-built-in', title: 'Harbor' });
}

const text = (raw: unknown) => JSON.stringify(raw, null, 2);

function withImport(raw: RawPack = basePack()): PackLibrary {
  const result = importPackText(emptyLibrary(), text(raw), ['harbor-built-in'], NOW);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.library;
}

describe('importPackText', () => {
  test('adds a valid pack, enabled, with its import time', () => {
    const result = importPackText(emptyLibrary(), text(basePack()), [], NOW);
    expect(result).toMatchObject({ ok: true, replaced: false, warnings: [] });
    if (!result.ok) return;
    expect(result.library.userPacks).toEqual([
      { pack: valid(basePack()), enabled: true, importedAt: NOW },
    ]);
  });

  test.each([
    [
      'not JSON at all',
      'Lantern Hill, season 1',
      ['line 1, column 1: expected a value but found "L"'],
    ],
    ['empty', '  \n', ['line 2, column 1: the text is empty']],
    ['trailing comma', '{\n  "id": "x",\n}', ['line 3, column 1: trailing comma before "}"']],
    [
      'missing comma',
      '{\n  "schemaVersion": 1\n  "id": "x"\n}',
      ['line 3, column 3: expected "," or "}" but found a double quote'],
    ],
    [
      'single quotes',
      "{'id': 'x'}",
      ['line 1, column 2: expected a property name in double quotes but found "\'"'],
    ],
    [
      'cut short',
      '{"facts": [',
      ['line 1, column 12: expected a value but found the end of the text'],
    ],
    ['two values', '{}\n{}', ['line 2, column 1: unexpected "{" after the end of the JSON value']],
  ])('JSON syntax error (%s) names line and column', (_name, input, errors) => {
    expect(importPackText(emptyLibrary(), input, [], NOW)).toEqual({ ok: false, errors });
  });

  test('a byte order mark from a Windows editor is accepted', () => {
    expect(importPackText(emptyLibrary(), `\uFEFF${text(basePack())}`, [], NOW).ok).toBe(true);
  });

  test('an invalid pack is refused with every validation message', () => {
    const raw = basePack();
    raw.facts[0].episode = 11;
    raw.title = '';
    expect(importPackText(emptyLibrary(), text(raw), [], NOW)).toEqual({
      ok: false,
      errors: [
        'title: expected a non-empty string',
        'facts[0].episode: 11 is not an episode of season 1 (1..10)',
      ],
    });
  });

  test('a pack with a built-in id is refused', () => {
    const raw = { ...basePack(), id: 'harbor-built-in' };
    expect(importPackText(emptyLibrary(), text(raw), ['harbor-built-in'], NOW)).toEqual({
      ok: false,
      errors: [
        'id: "harbor-built-in" is a built-in pack; give your pack another id (for example "harbor-built-in-custom")',
      ],
    });
  });

  test('re-importing the same id replaces that pack in place and says so', () => {
    const lib = withImport();
    const other = importPackText(lib, text({ ...basePack(), id: 'other-show' }), [], NOW);
    if (!other.ok) throw new Error('setup');
    const newer = { ...basePack(), title: 'Lantern Hill (revised)' };
    const result = importPackText(other.library, text(newer), [], NOW + 5);
    expect(result).toMatchObject({ ok: true, replaced: true });
    if (!result.ok) return;
    expect(result.library.userPacks.map((u) => [u.pack.id, u.pack.title, u.importedAt])).toEqual([
      ['lantern-hill', 'Lantern Hill (revised)', NOW + 5],
      ['other-show', 'Lantern Hill', NOW],
    ]);
  });

  test('warnings are passed on', () => {
    const raw = basePack();
    raw.facts[0].lable = 'x';
    const result = importPackText(emptyLibrary(), text(raw), [], NOW);
    expect(result).toMatchObject({
      ok: true,
      warnings: ['facts[0].lable: unknown property, ignored (did you mean "label"?)'],
    });
  });

  test('a failed import leaves the library untouched', () => {
    const lib = withImport();
    const before = structuredClone(lib);
    const raw = basePack();
    raw.facts[1].all[0][0] = '@nobody';
    expect(importPackText(lib, text(raw), [], NOW).ok).toBe(false);
    expect(importPackText(lib, '{ nope', [], NOW).ok).toBe(false);
    expect(lib).toEqual(before);
  });

  test('a successful import does not mutate the library it was given', () => {
    const lib = withImport();
    const before = structuredClone(lib);
    const result = importPackText(lib, text({ ...basePack(), id: 'second-show' }), [], NOW);
    expect(result.ok && result.library).not.toBe(lib);
    expect(lib).toEqual(before);
  });
});

describe('exportPack', () => {
  test('points at the schema file and imports back to a deep-equal pack', () => {
    const pack = valid(basePack());
    const exported = exportPack(pack);
    expect(JSON.parse(exported).$schema).toBe('pack.schema.json');
    expect(exported.startsWith('{\n  "$schema": "pack.schema.json",\n  "schemaVersion": 1,')).toBe(
      true,
    );
    const result = importPackText(emptyLibrary(), exported, [], NOW);
    expect(result.ok && result.pack).toEqual(pack);
  });
});

describe('removePack and setPackEnabled', () => {
  test('removes an imported pack; built-ins and unknown ids are refused', () => {
    const lib = withImport();
    expect(removePack(lib, 'lantern-hill')).toEqual({
      ok: true,
      library: { ...lib, userPacks: [] },
    });
    const refused = {
      ok: false,
      errors: ['no imported pack "harbor-built-in" (built-in packs can only be disabled)'],
    };
    expect(removePack(lib, 'harbor-built-in')).toEqual(refused);
    expect(lib.userPacks).toHaveLength(1);
  });

  test('disables and re-enables built-ins and user packs; activePacks follows', () => {
    const builtins = [builtin()];
    const ids = builtins.map((p) => p.id);
    const lib = withImport();
    const active = (l: PackLibrary) => activePacks(l, builtins).map((p) => p.id);
    expect(active(lib)).toEqual(['harbor-built-in', 'lantern-hill']);

    const step1 = setPackEnabled(lib, 'harbor-built-in', false, ids);
    if (!step1.ok) throw new Error('step1');
    expect(step1.library.disabledBuiltins).toEqual(['harbor-built-in']);
    expect(active(step1.library)).toEqual(['lantern-hill']);

    const step2 = setPackEnabled(step1.library, 'lantern-hill', false, ids);
    if (!step2.ok) throw new Error('step2');
    expect(active(step2.library)).toEqual([]);

    const step3 = setPackEnabled(step2.library, 'harbor-built-in', true, ids);
    if (!step3.ok) throw new Error('step3');
    expect(step3.library.disabledBuiltins).toEqual([]);
    expect(active(step3.library)).toEqual(['harbor-built-in']);

    // Disabling twice does not list it twice.
    const twice = setPackEnabled(step1.library, 'harbor-built-in', false, ids);
    expect(twice.ok && twice.library.disabledBuiltins).toEqual(['harbor-built-in']);

    expect(setPackEnabled(lib, 'no-such-show', true, ids)).toEqual({
      ok: false,
      errors: ['no pack "no-such-show"'],
    });
    expect(lib.disabledBuiltins).toEqual([]);
    expect(lib.userPacks[0]?.enabled).toBe(true);
  });

  test('an import whose id later became built-in is not used twice', () => {
    const lib = withImport();
    const shadowed = valid({ ...basePack(), title: 'Now built in' });
    expect(activePacks(lib, [shadowed]).map((p) => p.title)).toEqual(['Now built in']);
  });
});

describe('own terms', () => {
  const packs = () => [valid(basePack())];

  test('adds, moves and removes a term, leaving earlier libraries as they were', () => {
    const lib = emptyLibrary();
    const added = addOwnTerm(lib, 'lantern-hill', '  the red boat ', 1, 4, packs());
    expect(added).toEqual({
      ok: true,
      replaced: false,
      library: {
        ...lib,
        ownTerms: { 'lantern-hill': [{ term: 'the red boat', season: 1, episode: 4 }] },
      },
    });
    if (!added.ok) return;
    const moved = addOwnTerm(added.library, 'lantern-hill', 'The Red Boat', 2, 1, packs());
    expect(moved).toMatchObject({ ok: true, replaced: true });
    if (!moved.ok) return;
    expect(moved.library.ownTerms['lantern-hill']).toEqual([
      { term: 'The Red Boat', season: 2, episode: 1 },
    ]);
    expect(added.library.ownTerms['lantern-hill']?.[0]?.episode).toBe(4);

    const removed = removeOwnTerm(moved.library, 'lantern-hill', 'the red boat');
    expect(removed).toEqual({ ok: true, library: { ...lib, ownTerms: {} } });
    expect(lib).toEqual(emptyLibrary());
  });

  test.each([
    ['short term', 'lantern-hill', 'ep', 1, 2, ['term "ep" is shorter than 3 letters']],
    ['blank term', 'lantern-hill', '   ', 1, 2, ['the term is empty']],
    ['long term', 'lantern-hill', 'x'.repeat(101), 1, 2, ['term is longer than 100 characters']],
    ['unknown show', 'no-show', 'boat', 1, 2, ['no show "no-show"']],
    [
      'episode past the season',
      'lantern-hill',
      'boat',
      2,
      4,
      ['4 is not an episode of season 2 of Lantern Hill (1..3)'],
    ],
    [
      'episode 0',
      'lantern-hill',
      'boat',
      1,
      0,
      ['0 is not an episode of season 1 of Lantern Hill (1..10)'],
    ],
    [
      'unknown season',
      'lantern-hill',
      'boat',
      3,
      1,
      ['season 3 is not a season of Lantern Hill (seasons: 1, 2)'],
    ],
    [
      'two problems at once',
      'lantern-hill',
      'A.J',
      1,
      12,
      [
        'term "A.J" is shorter than 3 letters',
        '12 is not an episode of season 1 of Lantern Hill (1..10)',
      ],
    ],
  ])('refuses a %s', (_name, show, term, season, episode, errors) => {
    const lib = withImport();
    const before = structuredClone(lib);
    expect(addOwnTerm(lib, show, term, season, episode, packs())).toEqual({ ok: false, errors });
    expect(lib).toEqual(before);
  });

  test('removing a term that is not there is an error', () => {
    expect(removeOwnTerm(emptyLibrary(), 'lantern-hill', 'boat')).toEqual({
      ok: false,
      errors: ['"boat" is not one of your terms for "lantern-hill"'],
    });
  });
});

describe('migrateLibrary', () => {
  test('nothing stored gives a fresh library', () => {
    expect(migrateLibrary(undefined)).toEqual(emptyLibrary());
    expect(migrateLibrary(null)).toEqual(emptyLibrary());
    expect(emptyLibrary()).toEqual({
      version: 1,
      userPacks: [],
      disabledBuiltins: [],
      ownTerms: {},
    });
  });

  test('a version 1 library reads back as it was', () => {
    const lib = withImport();
    const added = addOwnTerm(lib, 'lantern-hill', 'red boat', 1, 4, [valid(basePack())]);
    if (!added.ok) throw new Error('setup');
    const stored = JSON.parse(JSON.stringify({ ...added.library, disabledBuiltins: ['harbor'] }));
    expect(migrateLibrary(stored)).toEqual({ ...added.library, disabledBuiltins: ['harbor'] });
  });

  test('broken entries are dropped, the rest kept', () => {
    const broken = basePack();
    broken.facts[0].episode = 99;
    const stored = {
      version: 1,
      userPacks: [
        { pack: broken, enabled: true, importedAt: 1 },
        { pack: basePack(), enabled: false },
        'junk',
      ],
      disabledBuiltins: ['harbor', 7, ''],
      ownTerms: {
        'lantern-hill': [{ term: 'boat', season: 1, episode: 2 }, { term: 'x' }],
        other: 'junk',
      },
    };
    expect(migrateLibrary(stored)).toEqual({
      version: 1,
      userPacks: [{ pack: valid(basePack()), enabled: false, importedAt: 0 }],
      disabledBuiltins: ['harbor'],
      ownTerms: { 'lantern-hill': [{ term: 'boat', season: 1, episode: 2 }] },
    });
  });

  test('a library from a newer version is not silently replaced', () => {
    expect(() => migrateLibrary({ version: 2, userPacks: [] })).toThrow(
      'the pack library was saved by a newer Spoiler Shield (version 2; this one reads 1)',
    );
  });
});
