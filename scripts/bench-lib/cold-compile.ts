/**
 * Run in a fresh process by scripts/bench.ts: times the first compileMatcher call
 * of the process (cold JIT, as in a content script at document_start), then a second one.
 * Prints one JSON line.
 */
import { compileMatcher } from '../../src/core/match/index';
import type { ShowProfile } from '../../src/core/match/types';
import { BUILTIN_PACKS } from '../../src/core/pack/builtin/index';

const profiles: ShowProfile[] = [
  { pack: BUILTIN_PACKS[0] as ShowProfile['pack'], watched: { season: 1, episode: 3 } },
];
let t = performance.now();
compileMatcher(profiles);
const cold = performance.now() - t;
t = performance.now();
compileMatcher(profiles);
const second = performance.now() - t;
console.log(JSON.stringify({ cold, second }));
