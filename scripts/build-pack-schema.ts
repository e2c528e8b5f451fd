/**
 * Regenerates public/pack.schema.json from src/core/pack/schema.ts:
 *   node --import tsx scripts/build-pack-schema.ts
 * Commit the result; a unit test fails while the file is stale.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { packJsonSchemaText } from '../src/core/pack/json-schema';

const target = fileURLToPath(new URL('../public/pack.schema.json', import.meta.url));
writeFileSync(target, packJsonSchemaText());
console.log(`wrote ${target}`);
