import { type JsonSchema, toJsonSchema } from '@valibot/to-json-schema';
import { PackSchema } from './schema';

/**
 * The published JSON Schema of the pack format, generated from schema.ts so
 * the two cannot drift (tests/unit/pack-schema-file.test.ts compares the
 * committed public/pack.schema.json with a fresh generation).
 * It checks shape only; the cross-field rules are in validate.ts and the docs.
 */
export function buildPackJsonSchema(): JsonSchema {
  const schema = toJsonSchema(PackSchema, {
    typeMode: 'input',
    // `trim` cannot be said in JSON Schema; "contains a non-space" is what it protects.
    overrideAction: ({ valibotAction, jsonSchema }) =>
      valibotAction.type === 'trim' ? { ...jsonSchema, pattern: '\\S' } : undefined,
  });
  closeObjects(schema);
  const { $schema, ...body } = schema;
  return {
    $schema,
    title: 'Spoiler Shield show pack',
    description:
      'A show pack for the Spoiler Shield browser extension: the seasons, characters and spoilers of one show. See docs/pack-format.md.',
    ...body,
  };
}

/**
 * Editors should flag a misspelt property ("nicknmaes") as the extension
 * does (validate.ts warns about unknown properties); valibot's v.object
 * ignores them, so the generated schema says nothing unless told.
 */
function closeObjects(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) closeObjects(item);
  } else if (node !== null && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    if (record.type === 'object' && record.properties && !('additionalProperties' in record)) {
      record.additionalProperties = false;
    }
    for (const value of Object.values(record)) closeObjects(value);
  }
}

/** The exact text of public/pack.schema.json. */
export function packJsonSchemaText(): string {
  return `${JSON.stringify(buildPackJsonSchema(), null, 2)}\n`;
}
