import { madeOnFirstRead } from '../../made-on-first-read';
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

/** The fields withDefaults() adds when a pack file leaves them out. */
const DEFAULTED = ['aliases', 'allowShortTerms', 'characters', 'entities', 'facts'] as const;

/**
 * withDefaults(input), with every field but the id made when one is first read. Why: every
 * frame's content script imports this module, and parsing and defaulting the pack at start was
 * ~1.6 ms and ~160 kB of objects before the page's first paint, while a page shielded from the
 * build-time snapshot (the usual case) reads only the id. scripts/vite/json-as-text.ts bundles
 * the file so that it is not parsed before either.
 */
export function lazyBuiltin(input: PackInput): Pack {
  const pack = { id: input.id } as Pack;
  let made: Pack | null = null;
  const full = () => {
    made ??= withDefaults(input);
    return made;
  };
  const keys = new Set<string>([...Object.keys(input), ...DEFAULTED]);
  keys.delete('$schema');
  keys.delete('id');
  for (const key of keys) madeOnFirstRead(pack, key as keyof Pack, () => full()[key as keyof Pack]);
  return pack;
}

export const BUILTIN_PACKS: Pack[] = [lazyBuiltin(tinyPrettyThings as PackInput)];

/** The show the popup offers first on a fresh install. */
export const DEFAULT_SHOW_ID = 'tiny-pretty-things';
