import { tokenize } from '../text/tokenize';
import { compileShows } from './compile';
import { Page } from './page-scan';
import { tuningFor } from './sensitivity';
import type { CompileMatcher, Matcher } from './types';

export { type Tuning, tuningFor } from './sensitivity';
export type * from './types';

/**
 * Compiles the followed shows once; every page then gets a fresh PageScan that
 * shares the compiled rules and the per-word fuzzy cache.
 */
export const compileMatcher: CompileMatcher = (profiles, options): Matcher => {
  const compiled = compileShows(profiles, tuningFor(options?.sensitivity ?? 'balanced'));
  return {
    newPage: () => new Page(compiled),
    evaluateDocument(text) {
      const page = new Page(compiled);
      page.observe(text);
      return page.evaluate(text);
    },
  };
};

/** The floor the benchmark compares against: tokenising alone, same tokenizer. */
export function tokenizeOnly(text: string): number {
  return tokenize(text).count;
}
