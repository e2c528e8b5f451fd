/**
 * The published JSON Schema's file name (public/pack.schema.json, served at
 * the extension root). Exported packs point at it through `$schema`; an editor
 * resolves it next to the pack file, so keep the schema beside your packs.
 */
export const PACK_SCHEMA_FILE = 'pack.schema.json';
