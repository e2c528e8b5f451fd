import { describe, expect, it } from 'vitest';
import { MatcherCache } from '../../entrypoints/shield.content/matcher-cache';
import { compileMatcher, snapshotPacks } from '../../src/core/match/index';
import type { Matcher, ShowProfile } from '../../src/core/match/types';
import { BUILTIN_PACKS } from '../../src/core/pack/builtin/index';

const pack = BUILTIN_PACKS.find((p) => p.id === 'tiny-pretty-things');
if (!pack) throw new Error('the built-in Tiny Pretty Things pack is missing');

// Own words: a few Tiny Pretty Things passages spoiling different episodes, and harmless ones.
const PASSAGES = [
  'Tiny Pretty Things: Neveah Stroyer arrives from Los Angeles with a suitcase and a lot to prove.',
  'Tiny Pretty Things, episode 5: we learn that Neveah’s mother is locked up in prison.',
  'On Tiny Pretty Things, Cassie wakes up in the ninth episode and whispers that she was pushed.',
  'Tiny Pretty Things finale: it is revealed that Delia pushed Cassie off the roof out of jealousy.',
  'Tiny Pretty Things: Monique was the one sending the anonymous texts to Ramon.',
  'The soundtrack of Tiny Pretty Things mixes classical pieces with pop remixes.',
];

const profile = (episode: number, ownTerms: ShowProfile['ownTerms'] = []): ShowProfile => ({
  pack,
  watched: { season: 1, episode },
  ownTerms,
});
const decisions = (matcher: Matcher) => PASSAGES.map((t) => matcher.evaluateDocument(t));

describe('MatcherCache', () => {
  it('reuses one compiled matcher across progress changes, deciding as a fresh compile does', () => {
    const cache = new MatcherCache(BUILTIN_PACKS);
    const first = cache.get([profile(0)], 'balanced');
    let hiddenSomewhere = 0;
    for (const episode of [10, 0, 4, 9, 5, 1]) {
      const reused = cache.get([profile(episode)], 'balanced');
      expect(reused).toBe(first);
      const fresh = compileMatcher([profile(episode)], { sensitivity: 'balanced' });
      const got = decisions(reused);
      expect({ episode, got }).toEqual({ episode, got: decisions(fresh) });
      hiddenSomewhere += got.filter((d) => d.hidden).length;
    }
    // The passages do spoil something at some progress: the comparison is not of empty results.
    expect(hiddenSomewhere).toBeGreaterThan(0);
  });

  it('hides less as the progress advances on the reused matcher', () => {
    const cache = new MatcherCache(BUILTIN_PACKS);
    const hiddenAt = (episode: number) =>
      decisions(cache.get([profile(episode)], 'balanced')).filter((d) => d.hidden).length;
    expect(hiddenAt(0)).toBeGreaterThan(hiddenAt(10));
  });

  it('compiles again when anything but the progress changes', () => {
    const cache = new MatcherCache(BUILTIN_PACKS);
    const base = cache.get([profile(0)], 'balanced');
    expect(cache.get([profile(3)], 'balanced')).toBe(base);
    const strict = cache.get([profile(0)], 'strict');
    expect(strict).not.toBe(base);
    const own = [{ term: 'glitter curtain', season: 1, episode: 7 }];
    const withOwn = cache.get([profile(0, own)], 'strict');
    expect(withOwn).not.toBe(strict);
    expect(withOwn.evaluateDocument('They hung the glitter curtain again.').hidden).toBe(true);
    const userCopy = { ...pack, id: 'tpt-copy' };
    expect(cache.get([{ ...profile(0, own), pack: userCopy }], 'strict')).not.toBe(withOwn);
  });

  it('never writes to the profiles it is given', () => {
    const cache = new MatcherCache(BUILTIN_PACKS);
    const a = profile(2);
    cache.get([a], 'balanced');
    const b = profile(8);
    cache.get([b], 'balanced');
    expect([a.watched, b.watched]).toEqual([
      { season: 1, episode: 2 },
      { season: 1, episode: 8 },
    ]);
  });

  it('restores the snapshot for the built-in show alone, deciding as a compile does', () => {
    const snapshot = snapshotPacks([profile(0)]);
    const cache = new MatcherCache(BUILTIN_PACKS, snapshot, [pack.id]);
    for (const sensitivity of ['strict', 'balanced', 'broad'] as const) {
      for (const episode of [0, 5, 10]) {
        const restored = cache.get([profile(episode)], sensitivity);
        expect(cache.source).toBe('snapshot');
        const fresh = compileMatcher([profile(episode)], { sensitivity });
        expect(decisions(restored)).toEqual(decisions(fresh));
      }
    }
  });

  it('restores the snapshot with own terms compiled beside it, hiding as a compile does', () => {
    const snapshot = snapshotPacks([profile(0)]);
    const cache = new MatcherCache(BUILTIN_PACKS, snapshot, [pack.id]);
    const own = [{ term: 'glitter curtain', season: 1, episode: 7 }];
    const withOwn = cache.get([profile(0, own)], 'balanced');
    expect(cache.source).toBe('snapshot and own terms');
    expect(withOwn.evaluateDocument('They hung the glitter curtain again.').hidden).toBe(true);
    expect(decisions(withOwn)).toEqual(decisions(compileMatcher([profile(0, own)])));
    // Only the progress moved: the same matcher, with the own terms' progress moved too.
    expect(cache.get([profile(7, own)], 'balanced')).toBe(withOwn);
    expect(withOwn.evaluateDocument('They hung the glitter curtain again.').hidden).toBe(false);
  });

  it('adds own terms beside the snapshot it restored for the likely settings, at their progress', () => {
    const snapshot = snapshotPacks([profile(0)]);
    const cache = new MatcherCache(BUILTIN_PACKS, snapshot, [pack.id]);
    const own = [{ term: 'glitter curtain', season: 1, episode: 7 }];
    const likely = cache.get([profile(0)], 'balanced');
    const hiddenBefore = decisions(likely).filter((d) => d.hidden).length;
    const arrived = cache.get([profile(5, own)], 'balanced');
    expect(cache.source).toBe('snapshot and own terms');
    expect(decisions(arrived)).toEqual(decisions(compileMatcher([profile(5, own)])));
    // Not restored again: the likely matcher itself moved to the progress that arrived.
    expect(decisions(likely)).toEqual(decisions(compileMatcher([profile(5)])));
    expect(decisions(likely).filter((d) => d.hidden).length).toBeLessThan(hiddenBefore);
  });

  it('compiles what the snapshot was not taken of: a user pack with a built-in id', () => {
    const snapshot = snapshotPacks([profile(0)]);
    const cache = new MatcherCache(BUILTIN_PACKS, snapshot, [pack.id]);
    cache.get([{ ...profile(0), pack: { ...pack } }], 'balanced');
    expect(cache.source).toBe('compile');
    cache.get([profile(0)], 'balanced');
    expect(cache.source).toBe('snapshot');
    // Without a snapshot, everything is compiled.
    const plain = new MatcherCache(BUILTIN_PACKS);
    plain.get([profile(0)], 'balanced');
    expect(plain.source).toBe('compile');
  });

  it('gives a subframe the same lazy matcher while only the progress moves, made on first need', () => {
    const snapshot = snapshotPacks([profile(0)]);
    const cache = new MatcherCache(BUILTIN_PACKS, snapshot, [pack.id]);
    const lazy = cache.lazy([profile(0)], 'balanced');
    expect(cache.lazy([profile(3)], 'balanced')).toBe(lazy);
    expect(lazy.isMade).toBe(false);
    // Made with the latest progress it was given (3), not the first (0).
    const at3 = decisions(lazy);
    expect(at3).toEqual(decisions(compileMatcher([profile(3)], { sensitivity: 'balanced' })));
    expect(lazy.isMade).toBe(true);
    // Once made, a later progress reaches it too.
    expect(cache.lazy([profile(10)], 'balanced')).toBe(lazy);
    expect(decisions(lazy)).toEqual(
      decisions(compileMatcher([profile(10)], { sensitivity: 'balanced' })),
    );
    expect(cache.lazy([profile(10)], 'strict')).not.toBe(lazy);
  });
});
