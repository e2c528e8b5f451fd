import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { NOT_STARTED } from '../../src/core/episode';
import { snapshotPacks } from '../../src/core/match/index';
import { DEFAULT_SHOW_ID, withDefaults } from '../../src/core/pack/builtin/index';
import type { PackInput } from '../../src/core/pack/schema';
import { carryInComments, moduleCode } from './comment-carrier';

/** What the content script imports: the snapshot's packs, and its text (see below). */
export const BUILTIN_SNAPSHOT_ID = 'virtual:builtin-snapshot';
const RESOLVED = `\0${BUILTIN_SNAPSHOT_ID}`;
const PACK_FILE = join(
  import.meta.dirname,
  '../../src/core/pack/builtin',
  `${DEFAULT_SHOW_ID}.json`,
);

/** Stands in the bundle for the comment that carries the text, until generateBundle. */
export const CARRIER_PLACEHOLDER = '__SPOILER_SHIELD_SNAPSHOT_CARRIER__';

/**
 * Builds, at build time, the snapshot of a compiled matcher for the default built-in show
 * followed alone: the settings of a fresh install, and of most users. The content script
 * restores it instead of compiling in every frame (entrypoints/shield.content/matcher-cache.ts);
 * any other set of packs, or own terms, is compiled as before.
 *
 * The text travels in a comment, not a string literal (comment-carrier.ts: a 347 kB literal
 * took 10-24 ms to compile in every frame, the comment ~2 ms). Where generateBundle never runs
 * (a test importing the module), snapshotText() reads null and the matcher is compiled.
 *
 * The pack file is read afresh on every load, and watched, so `wxt dev` rebuilds the
 * snapshot when the pack changes; the snapshot can never be older than the pack it ships with.
 */
export function builtinSnapshot(): Plugin {
  let text: string | null = null;
  return {
    name: 'spoiler-shield:builtin-snapshot',
    resolveId: (id) => (id === BUILTIN_SNAPSHOT_ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      this.addWatchFile(PACK_FILE);
      const pack = withDefaults(JSON.parse(readFileSync(PACK_FILE, 'utf8')) as PackInput);
      text = snapshotPacks([{ pack, watched: NOT_STARTED }]);
      return [
        `export const packs = ${JSON.stringify([pack.id])};`,
        moduleCode(CARRIER_PLACEHOLDER, 'snapshotText'),
      ].join('\n');
    },
    generateBundle(_options, bundle) {
      if (text !== null) carryInComments(bundle, CARRIER_PLACEHOLDER, text);
    },
  };
}
