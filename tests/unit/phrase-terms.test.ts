import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { compileShows } from '../../src/core/match/compile';
import type { Compiled } from '../../src/core/match/compiled';
import { compileMatcher } from '../../src/core/match/index';
import { nameAlternatives } from '../../src/core/match/name-alternatives';
import { MAX_COMBINATIONS } from '../../src/core/match/phrase-terms';
import { tuningFor } from '../../src/core/match/sensitivity';
import type { ShowProfile } from '../../src/core/match/types';
import { BUILTIN_PACKS } from '../../src/core/pack/builtin/index';
import { normalizeWords } from '../../src/core/text/normalize';

/**
 * Phrase terms are built lazily, when a page first shows the word they are
 * found by (phrase-terms.ts). These tests hold them to what an eager expansion
 * of every phrase over every name gives, whatever order a page brings them in.
 */
const pack = BUILTIN_PACKS[0];
if (!pack) throw new Error('no built-in pack');
const profiles: ShowProfile[] = [{ pack, watched: { season: 1, episode: 3 } }];

function materialiseAll(c: Compiled, order: 'up' | 'down') {
  const hook = c.words.onFirstHit;
  const n = c.words.words.length;
  if (!hook) return;
  for (let i = 0; i < n; i++) hook(order === 'up' ? i : n - 1 - i);
}

/** The reference: each phrase's first 64 name combinations, as word lists, built the plain way. */
function expandEagerly(phrase: string): string[] {
  const names = nameAlternatives(pack as NonNullable<typeof pack>);
  const parts = phrase
    .split(/\s+/)
    .filter(Boolean)
    .map((part) => {
      const ref = /^@[a-z0-9-]+/.exec(part)?.[0];
      if (!ref) return [normalizeWords(part).join(' ')];
      const suffix = part.slice(ref.length);
      return (names.get(ref)?.texts ?? []).map((t) => normalizeWords(`${t}${suffix}`).join(' '));
    });
  let combos = [''];
  for (const alts of parts) {
    combos = combos.flatMap((c) => alts.map((a) => `${c} ${a}`.trim()));
  }
  return combos.slice(0, MAX_COMBINATIONS).filter((c) => c !== '');
}

const termText = (c: Compiled, term: number) =>
  (c.terms[term]?.words ?? []).map((w) => c.words.words[w]).join(' ');

describe('lazy phrase terms', () => {
  test('compile builds no phrase term until a page word needs it', () => {
    const c = compileShows(profiles, tuningFor('balanced'));
    expect(c.shows[0]?.facts.every((f) => f.phrases.length === 0)).toBe(true);
    c.words.lookup('delia');
    const delia = c.shows[0]?.facts.flatMap((f) => f.phrases.map((p) => termText(c, p.term)));
    expect(delia?.length).toBeGreaterThan(0);
    expect(delia?.every((t) => t.includes('delia'))).toBe(true);
  });

  test.each(['up', 'down'] as const)(
    'all materialised (%s) = the eager expansion of every phrase',
    (order) => {
      const c = compileShows(profiles, tuningFor('balanced'));
      materialiseAll(c, order);
      for (const [i, fact] of (c.shows[0]?.facts ?? []).entries()) {
        const raw = pack.facts[i];
        if (!raw) continue;
        const got = fact.phrases.map((p) => `${p.label} => ${termText(c, p.term)}`).sort();
        const want = raw.phrases.flatMap((ph) => expandEagerly(ph).map((w) => `${ph} => ${w}`));
        expect(got).toEqual(want.sort());
      }
    },
  );

  test('the order terms are built in does not change any decision', () => {
    const lines = readFileSync(resolve(__dirname, '../fixtures/corpus.jsonl'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => (JSON.parse(l) as { text: string }).text);
    const lazy = compileMatcher(profiles);
    const eager = compileMatcher(profiles);
    const vocabulary = compileShows(profiles, tuningFor('balanced')).words.words;
    const page = (m: typeof lazy) => {
      const p = m.newPage();
      for (const t of lines) p.observe(t);
      return lines.map((t) => JSON.stringify(p.evaluate(t)));
    };
    // Every vocabulary word first, in reverse, so this matcher builds all its terms in another order.
    const warm = eager.newPage();
    for (const w of [...vocabulary].reverse()) warm.observe(w);
    expect(page(lazy)).toEqual(page(eager));
  });
});
