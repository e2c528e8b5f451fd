import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import {
  CharacterSchema,
  EntitySchema,
  EpisodeSchema,
  FactSchema,
  PackSchema,
  SeasonSchema,
} from '../../src/core/pack/schema';
import { validatePack } from '../../src/core/pack/validate';

// A path, not a URL object: under happy-dom the global URL is not Node's.
const here = dirname(fileURLToPath(import.meta.url));
const docs = readFileSync(resolve(here, '../../docs/pack-format.md'), 'utf8');

/** The first ```json block after the given heading. */
function jsonBlockAfter(heading: string): string {
  const section = docs.slice(docs.indexOf(heading));
  const block = /```json\n([\s\S]*?)\n```/.exec(section);
  if (!docs.includes(heading) || !block?.[1]) throw new Error(`no json block after "${heading}"`);
  return block[1];
}

describe('docs/pack-format.md', () => {
  test('the complete example validates with no errors and no warnings', () => {
    const result = validatePack(JSON.parse(jsonBlockAfter('## A complete example')));
    expect(result).toMatchObject({ ok: true, warnings: [] });
    expect(result.ok && result.pack.facts.map((f) => f.id)).toEqual([
      'hollis-sells-orchard',
      'petra-burns-press-house',
    ]);
  });

  test.each([
    ['top level', PackSchema],
    ['seasons', SeasonSchema],
    ['episodes', EpisodeSchema],
    ['characters', CharacterSchema],
    ['entities', EntitySchema],
    ['facts', FactSchema],
  ])('documents every field of %s', (_name, schema) => {
    const missing = Object.keys(schema.entries).filter((key) => !docs.includes(`\`${key}\``));
    expect(missing).toEqual([]);
  });
});
