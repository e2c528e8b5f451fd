import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { packJsonSchemaText } from '../../src/core/pack/json-schema';

// A path, not a URL object: under happy-dom the global URL is not Node's.
const here = dirname(fileURLToPath(import.meta.url));
const committed = readFileSync(resolve(here, '../../public/pack.schema.json'), 'utf8');

describe('public/pack.schema.json', () => {
  test('equals a fresh generation from schema.ts (run scripts/build-pack-schema.ts if not)', () => {
    expect(committed).toBe(packJsonSchemaText());
  });

  test('lets editors point a pack at it and flags unknown properties', () => {
    const schema = JSON.parse(committed);
    expect(schema.properties.$schema).toMatchObject({ type: 'string' });
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.facts.items.additionalProperties).toBe(false);
    expect(schema.required).toEqual(['schemaVersion', 'id', 'title', 'seasons', 'facts']);
  });
});
