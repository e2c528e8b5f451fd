import type { Character, Entity, Fact, Pack, PackInput } from '../schema';
import tinyPrettyThings from './tiny-pretty-things.json';

/**
 * The packs that ship with the extension. They are NOT parsed with valibot here: this module
 * runs at document_start in every frame, where the parse cost ~14 ms and pulled the schema
 * library into the content script. The JSON files are validated by the tests instead
 * (tests/unit/builtin-pack.test.ts), which also check that withDefaults() gives exactly what
 * the schema's parse gives, so the two can never drift apart.
 */
export function withDefaults(json: PackInput): Pack {
  const { $schema: _editorsOnly, ...pack } = json;
  return {
    ...pack,
    aliases: pack.aliases ?? [],
    allowShortTerms: pack.allowShortTerms ?? [],
    characters: (pack.characters ?? []).map(
      (c): Character => ({
        ...c,
        nicknames: c.nicknames ?? [],
        misspellings: c.misspellings ?? [],
      }),
    ),
    entities: (pack.entities ?? []).map((e): Entity => ({ ...e, aliases: e.aliases ?? [] })),
    facts: pack.facts.map(
      (f): Fact => ({ ...f, phrases: f.phrases ?? [], context: f.context ?? 'show' }),
    ),
  };
}

export const BUILTIN_PACKS: Pack[] = [withDefaults(tinyPrettyThings as PackInput)];

/** The show the popup offers first on a fresh install. */
export const DEFAULT_SHOW_ID = 'tiny-pretty-things';
