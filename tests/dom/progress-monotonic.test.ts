/**
 * The Shield's cheap path for "the user advanced the episode" (update(matcher, 'fewer')
 * decides again only the marked passages) is right only if the engine's decision is
 * monotonic in the progress: hidden at episode k+1 implies hidden at k. This checks it on the
 * development corpus (tests/fixtures/corpus.jsonl, never the held-out set), in one page per
 * passage and in one page holding the whole corpus, at every sensitivity, with the progress
 * moved on one compiled matcher as the content script's cache does (setProgress).
 *
 * Reading decide.ts and episode-ref-hits.ts says why it holds within a season: the facts that
 * fire do not depend on the progress, a fact hides iff it is after the progress, and an
 * episode reference hides iff it is after both the progress and the facts that fired. Across
 * a season it need not hold: a bare "episode 3" is read in the season reached, so moving from
 * S1E10 to S2E1 can turn it from watched into unwatched. 'fewer' is documented for advances
 * within a season only.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LAST_EPISODE, loadPassages } from '../../scripts/eval-lib';
import { compileMatcher, type EngineMatcher } from '../../src/core/match/index';
import type { Sensitivity } from '../../src/core/match/types';
import { BUILTIN_PACKS } from '../../src/core/pack/builtin/index';

const corpus = loadPassages(resolve(import.meta.dirname, '../fixtures/corpus.jsonl'));
const pack = BUILTIN_PACKS.find((p) => p.id === 'tiny-pretty-things');
if (!pack) throw new Error('the built-in Tiny Pretty Things pack is missing');

/** For each passage, the episodes reached (0..LAST_EPISODE) at which it is hidden. */
function hiddenAt(sensitivity: Sensitivity, onePage: boolean): boolean[][] {
  const matcher = compileMatcher([{ pack: pack as never, watched: { season: 1, episode: 0 } }], {
    sensitivity,
  }) as EngineMatcher;
  const out: boolean[][] = corpus.map(() => []);
  for (let episode = 0; episode <= LAST_EPISODE; episode++) {
    matcher.setProgress([{ season: 1, episode }]);
    if (onePage) {
      // One long page: every passage (and its context line) observed first, then decided.
      const page = matcher.newPage();
      for (const p of corpus) {
        if (p.context) page.observe(p.context);
        page.observe(p.text);
      }
      corpus.forEach((p, i) => out[i]?.push(page.evaluate(p.text).hidden));
    } else {
      corpus.forEach((p, i) => {
        const page = matcher.newPage();
        if (p.context) page.observe(p.context);
        page.observe(p.text);
        out[i]?.push(page.evaluate(p.text).hidden);
      });
    }
  }
  return out;
}

/** Passages hidden at some episode k+1 but shown at k: the counterexamples. */
function violations(sensitivity: Sensitivity, onePage: boolean): string[] {
  const bad: string[] = [];
  hiddenAt(sensitivity, onePage).forEach((row, i) => {
    for (let k = 0; k < row.length - 1; k++) {
      if (row[k + 1] && !row[k]) bad.push(`${corpus[i]?.id} shown at E${k}, hidden at E${k + 1}`);
    }
  });
  return bad;
}

describe('advancing the progress within a season only ever shows passages, never hides them', () => {
  it('has a corpus to check, with spoilers hidden at some episodes and not at others', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(250);
    const rows = hiddenAt('balanced', false);
    const changing = rows.filter((row) => row.includes(true) && row.includes(false));
    expect(changing.length).toBeGreaterThan(100);
  });

  for (const sensitivity of ['strict', 'balanced', 'broad'] as const) {
    it(`holds on ${sensitivity}, one page per passage`, () => {
      expect(violations(sensitivity, false)).toEqual([]);
    });
    it(`holds on ${sensitivity}, the whole corpus as one page`, () => {
      expect(violations(sensitivity, true)).toEqual([]);
    });
  }
});
