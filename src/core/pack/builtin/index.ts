import * as v from 'valibot';
import { type Pack, PackSchema } from '../schema';
import tinyPrettyThings from './tiny-pretty-things.json';

/**
 * The packs that ship with the extension. Parsed through the schema at load so
 * the optional fields get their defaults (context "show", empty lists) and a
 * broken edit to a JSON file fails loudly in the tests instead of at run time.
 * `$schema` only serves editors, so it is dropped.
 */
function load(json: unknown): Pack {
  const { $schema: _editorsOnly, ...pack } = v.parse(PackSchema, json);
  return pack;
}

export const BUILTIN_PACKS: Pack[] = [load(tinyPrettyThings)];

/** The show the popup offers first on a fresh install. */
export const DEFAULT_SHOW_ID = 'tiny-pretty-things';
