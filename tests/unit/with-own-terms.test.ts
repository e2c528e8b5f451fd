import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import type { EpisodeRef } from '../../src/core/episode';
import {
  compileMatcher,
  restoreMatcherWithOwnTerms,
  snapshotPacks,
} from '../../src/core/match/index';
import type { OwnTerm, Sensitivity } from '../../src/core/match/types';
import { BUILTIN_PACKS } from '../../src/core/pack/builtin/index';

// The content script restores the built-in snapshot and compiles only the user's own terms
// beside it. Its decisions must be those of one compile of the pack with the own terms.

const here = dirname(fileURLToPath(import.meta.url));
const passages = ['corpus.jsonl', 'heldout.jsonl'].flatMap((file) =>
  readFileSync(resolve(here, '../fixtures', file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => (JSON.parse(line) as { text: string }).text),
);
const pack = BUILTIN_PACKS[0] as (typeof BUILTIN_PACKS)[number];
const snapshot = snapshotPacks([{ pack, watched: { season: 1, episode: 0 } }]);

// Own words: an invented nickname, a phrase, a character's name (words the pack has too),
// and a plot word the pack's facts use.
const ownTerms: OwnTerm[] = [
  { term: 'Ripper', season: 1, episode: 10 },
  { term: 'the silver gala', season: 1, episode: 6 },
  { term: 'Delia', season: 1, episode: 3 },
  { term: 'roof', season: 1, episode: 8 },
];
const extra = [
  'The Ripper was never who the forum thought.',
  'the riper is back?? episode ten spoilers inside',
  'Everyone dressed up for the Silver Gala that night.',
  'Delia smiles at the barre and says nothing.',
  'Nobody should have been on that roof after rehearsal.',
  'A quiet scene: Neveah unpacks and calls home.',
];

const episode = (n: number): EpisodeRef => ({ season: 1, episode: n });
const shape = (d: { hidden: boolean; episode: EpisodeRef | null }) => ({
  hidden: d.hidden,
  episode: d.episode,
});

describe.each(['balanced', 'strict', 'broad'] as Sensitivity[])(
  'own terms beside the %s snapshot',
  (sensitivity) => {
    test.each([0, 3, 7])('decide as one compile at episode %i reached', (watched) => {
      const profiles = [{ pack, watched: episode(watched), ownTerms }];
      const whole = compileMatcher(profiles, { sensitivity });
      const beside = restoreMatcherWithOwnTerms(snapshot, profiles, { sensitivity });
      const differ = [...passages, ...extra].filter(
        (text) =>
          JSON.stringify(shape(whole.evaluateDocument(text))) !==
          JSON.stringify(shape(beside.evaluateDocument(text))),
      );
      expect(differ).toEqual([]);
    });
  },
);

test('an own term hides beside the snapshot, and unhides when its episode is reached', () => {
  const profiles = [{ pack, watched: episode(0), ownTerms }];
  const beside = restoreMatcherWithOwnTerms(snapshot, profiles);
  const text = 'Everyone dressed up for the Silver Gala that night.';
  expect(beside.evaluateDocument(text)).toMatchObject({ hidden: true, episode: episode(6) });
  expect(beside.evaluateDocument(text).hits[0]?.via).toBe('own-term');
  beside.setProgress([episode(6)]);
  expect(beside.evaluateDocument(text).hidden).toBe(false);
});
