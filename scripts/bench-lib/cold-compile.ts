/**
 * Run in a fresh process by scripts/bench.ts: times the first matcher of the process (cold
 * JIT, as in a content script at document_start), then the first 100 comment-sized passages
 * on that matcher (terms the matcher leaves to the first page that needs them show here).
 *   cold-compile.mjs                 compiles the built-in pack
 *   cold-compile.mjs <snapshot file> restores the snapshot in that file (read before timing)
 * Prints one JSON line.
 */
import { readFileSync } from 'node:fs';
import { compileMatcher, restoreMatcher } from '../../src/core/match/index';
import type { ShowProfile } from '../../src/core/match/types';
import { BUILTIN_PACKS } from '../../src/core/pack/builtin/index';
import { generatePassages } from './page';

const profiles: ShowProfile[] = [
  { pack: BUILTIN_PACKS[0] as ShowProfile['pack'], watched: { season: 1, episode: 3 } },
];
const snapshotFile = process.argv[2];
const snapshot = snapshotFile ? readFileSync(snapshotFile, 'utf8') : null;
const passages = generatePassages({ bytes: 100 * 150, seed: 99, sentences: [1, 2] }).slice(0, 100);
let t = performance.now();
const m = snapshot ? restoreMatcher(snapshot, profiles) : compileMatcher(profiles);
const cold = performance.now() - t;
t = performance.now();
const page = m.newPage();
let hidden = 0;
for (const p of passages) {
  page.observe(p);
  if (page.evaluate(p).hidden) hidden++;
}
const firstPage = performance.now() - t;
console.log(JSON.stringify({ cold, firstPage, hidden }));
