import { compileMatcher } from '../../../src/core/match/index';
import type { Decision, OwnTerm, Sensitivity } from '../../../src/core/match/types';
import type { Pack } from '../../../src/core/pack/schema';
import { TEST_PACK } from './test-pack';

export interface Setup {
  watched?: number;
  sensitivity?: Sensitivity;
  ownTerms?: OwnTerm[];
  pack?: Pack;
}

export function matcher({ watched = 0, sensitivity, ownTerms, pack = TEST_PACK }: Setup = {}) {
  return compileMatcher([{ pack, watched: { season: 1, episode: watched }, ownTerms }], {
    sensitivity,
  });
}

/** Decides `text` as a standalone document (observe, then evaluate). */
export function decideText(text: string, setup: Setup = {}): Decision {
  return matcher(setup).evaluateDocument(text);
}

/** The fact ids a decision hides, latest first. */
export const hiddenFacts = (d: Decision) => d.hits.map((h) => h.factId);
/** Every fact the passage gives away, watched or not. */
export const allFacts = (d: Decision) => [...d.hits, ...d.watchedHits].map((h) => h.factId).sort();
