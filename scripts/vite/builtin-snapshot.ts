import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { NOT_STARTED } from '../../src/core/episode';
import { snapshotPacks } from '../../src/core/match/index';
import { DEFAULT_SHOW_ID, withDefaults } from '../../src/core/pack/builtin/index';
import type { PackInput } from '../../src/core/pack/schema';

/** What the content script imports: the snapshot's text (src/core/match/snapshot.ts). */
export const BUILTIN_SNAPSHOT_ID = 'virtual:builtin-snapshot';
const RESOLVED = `\0${BUILTIN_SNAPSHOT_ID}`;
const PACK_FILE = join(
  import.meta.dirname,
  '../../src/core/pack/builtin',
  `${DEFAULT_SHOW_ID}.json`,
);

/**
 * Builds, at build time, the snapshot of a compiled matcher for the default built-in show
 * followed alone: the settings of a fresh install, and of most users. The content script
 * restores it instead of compiling in every frame (entrypoints/shield.content/matcher-cache.ts);
 * any other set of packs, or own terms, is compiled as before.
 *
 * The pack file is read afresh on every load, and watched, so `wxt dev` rebuilds the
 * snapshot when the pack changes; the snapshot can never be older than the pack it ships with.
 */
export function builtinSnapshot(): Plugin {
  return {
    name: 'spoiler-shield:builtin-snapshot',
    resolveId: (id) => (id === BUILTIN_SNAPSHOT_ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      this.addWatchFile(PACK_FILE);
      const pack = withDefaults(JSON.parse(readFileSync(PACK_FILE, 'utf8')) as PackInput);
      const text = snapshotPacks([{ pack, watched: NOT_STARTED }]);
      return `export const packs = ${JSON.stringify([pack.id])};\nexport default ${JSON.stringify(text)};`;
    },
  };
}
