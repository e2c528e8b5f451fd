import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import { describe, expect, test } from 'vitest';
import tinyPrettyThings from '../../src/core/pack/builtin/tiny-pretty-things.json';
import { validatePack } from '../../src/core/pack/validate';
import { basePack, type RawPack } from './pack-fixture';

// The JSON Schema pack authors' editors use (public/pack.schema.json), run by a real JSON
// Schema validator, against the extension's own validator. The schema cannot say everything
// the extension checks (an episode within its season, a known @character), but it must never
// flag a pack the extension takes without a word, and it must catch the plain shape mistakes.
// What the extension only warns about (a misspelt property, ignored) the editor flags.

// A path, not a URL object: under happy-dom the global URL is not Node's.
const here = dirname(fileURLToPath(import.meta.url));
const schema = JSON.parse(readFileSync(resolve(here, '../../public/pack.schema.json'), 'utf8'));
const editorCheck = new Ajv({ allErrors: true, strict: false }).compile(schema);

const mutated = (change: (p: RawPack) => void): RawPack => {
  const pack = basePack();
  change(pack);
  return pack;
};

/** Shape mistakes: both validators must refuse each. */
const shapeMistakes: [string, RawPack][] = [
  ['title missing', mutated((p) => delete p.title)],
  ['id not a slug', mutated((p) => (p.id = 'Lantern Hill'))],
  ['episode 0', mutated((p) => (p.facts[0].episode = 0))],
  ['episode as text', mutated((p) => (p.facts[0].episode = '3'))],
  ['a blank label', mutated((p) => (p.facts[0].label = '   '))],
  ['seasons not a list', mutated((p) => (p.seasons = { number: 1 }))],
  ['a character without a name', mutated((p) => delete p.characters[0].name)],
];

/** Misspelt properties: the extension ignores them with a warning; editors flag them. */
const unknownProperties: [string, RawPack][] = [
  ['an unknown top-level property', mutated((p) => (p.show = 'Lantern Hill'))],
  ['an unknown fact property', mutated((p) => (p.facts[0].episodes = 3))],
  ['a misspelt character property', mutated((p) => (p.characters[0].nicknmaes = ['Q']))],
];

/** Mistakes only the extension can see: across fields. The schema lets them through. */
const crossFieldMistakes: [string, RawPack][] = [
  ['an episode the season does not have', mutated((p) => (p.facts[0].episode = 11))],
  ['an unknown @character', mutated((p) => (p.facts[0].all[0] = ['@nobody']))],
];

describe('public/pack.schema.json under a JSON Schema validator (ajv)', () => {
  test('accepts the built-in pack and the test fixture pack, as the extension does', () => {
    for (const pack of [tinyPrettyThings, basePack()]) {
      expect(validatePack(pack)).toMatchObject({ ok: true, warnings: [] });
      expect(editorCheck(pack), JSON.stringify(editorCheck.errors)).toBe(true);
    }
  });

  test('accepts the optional $schema line an exported pack starts with', () => {
    expect(editorCheck({ $schema: 'pack.schema.json', ...basePack() })).toBe(true);
  });

  test.each(shapeMistakes)('refuses %s, as the extension does', (_name, pack) => {
    expect(validatePack(pack).ok).toBe(false);
    expect(editorCheck(pack)).toBe(false);
  });

  test.each(unknownProperties)('flags %s, which the extension warns about', (_name, pack) => {
    const result = validatePack(pack);
    expect(result.ok && result.warnings.some((w) => w.includes('unknown property'))).toBe(true);
    expect(editorCheck(pack)).toBe(false);
  });

  test.each(crossFieldMistakes)('leaves %s to the extension, which refuses it', (_name, pack) => {
    expect(validatePack(pack).ok).toBe(false);
    expect(editorCheck(pack)).toBe(true);
  });
});
