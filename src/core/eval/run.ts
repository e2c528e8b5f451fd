import type { Matcher } from '../match/types';
import { expectedHidden, type Outcome, type Passage } from './types';

/**
 * Runs every passage at every episode reached, 0..lastEpisode. `matcherFor(w)`
 * is called once per w (compiling is the costly part), then reused for every
 * passage. Each passage gets its own page, as a standalone document would:
 * its context (thread title, headline) is observed first, then its own text.
 */
export function runEvaluation(
  passages: readonly Passage[],
  matcherFor: (watched: number) => Matcher,
  lastEpisode = 10,
): Outcome[] {
  const outcomes: Outcome[] = [];
  for (let watched = 0; watched <= lastEpisode; watched++) {
    const matcher = matcherFor(watched);
    for (const passage of passages) {
      const page = matcher.newPage();
      if (passage.context) page.observe(passage.context);
      page.observe(passage.text);
      const { hidden, hits } = page.evaluate(passage.text);
      const facts = hits.map((h) => `${h.factId}@E${h.episode}`);
      const expected = expectedHidden(passage.episode, watched);
      outcomes.push({ passage, watched, expected, hidden, facts });
    }
  }
  return outcomes;
}
