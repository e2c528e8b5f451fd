import { describe, expect, it } from 'vitest';
import { compileShows } from '../../src/core/match/compile';
import type { Compiled } from '../../src/core/match/compiled';
import { compileMatcher, restoreMatcher, snapshotPacks } from '../../src/core/match/index';
import { editBudget, tuningFor } from '../../src/core/match/sensitivity';
import { PackedRecords, packRecords } from '../../src/core/match/snapshot-packing';
import { restoreSnapshot } from '../../src/core/match/snapshot-restore';
import type { Sensitivity, ShowProfile } from '../../src/core/match/types';
import { typoBucketRecords, typoSearched } from '../../src/core/match/typo-buckets';
import { letterMask, TypoIndex } from '../../src/core/match/typo-index';
import { boundedDistance } from '../../src/core/match/word-forms';
import { WordIndex } from '../../src/core/match/word-index';
import { BUILTIN_PACKS } from '../../src/core/pack/builtin/index';

const pack = BUILTIN_PACKS[0];
if (!pack) throw new Error('no built-in pack');
const at = (episode: number): ShowProfile[] => [{ pack, watched: { season: 1, episode } }];
const snapshot = snapshotPacks(at(0));
const SENSITIVITIES: Sensitivity[] = ['strict', 'balanced', 'broad'];

/** A compiled matcher with every phrase term built: the vocabulary a snapshot holds. */
function compiledWithAllWords(sensitivity: Sensitivity): Compiled {
  const c = compileShows(at(0), tuningFor(sensitivity));
  const hook = c.words.onFirstHit;
  for (let id = 0; hook && id < c.words.words.length; id++) hook(id);
  c.words.buildIndexes();
  return c;
}

/** Slips of every vocabulary word: a letter dropped, doubled, swapped, changed, the first one too. */
function misspellings(words: readonly string[]): string[] {
  const out = new Set<string>();
  for (const w of words) {
    if (w.length < 4 || !/^[a-z]+$/.test(w)) continue;
    const m = w.length >> 1;
    out.add(w.slice(0, m) + w.slice(m + 1));
    out.add(w.slice(0, m) + (w[m] as string) + w.slice(m));
    out.add((w[0] as string) + (w[2] as string) + (w[1] as string) + w.slice(3));
    out.add(`${w.slice(0, -1)}x`);
    out.add(`q${w.slice(1)}`);
    out.add(`${w.slice(0, m)}ee${w.slice(m + 2)}`);
  }
  // The fuzzy fixtures' own slips of the show's names and words.
  for (const w of ['cassy', 'cassi', 'casie', 'dellia', 'raymon', 'neveah', 'hosptial', 'juen'])
    out.add(w);
  return [...out].filter((w) => !words.includes(w));
}

const resolved = (index: WordIndex, word: string) =>
  index.lookup(word).map((h) => `${index.words[h.id]}:${h.distance}`);

describe('typo buckets in the snapshot', () => {
  it.each(SENSITIVITIES)(
    'let a restored matcher resolve misspelt words exactly as a compiled one (%s)',
    (sensitivity) => {
      const compiled = compiledWithAllWords(sensitivity).words;
      const restored = restoreSnapshot(snapshot, at(0), tuningFor(sensitivity)).words;
      expect(restored.words).toEqual(compiled.words);
      const probes = misspellings(compiled.words);
      expect(probes.length).toBeGreaterThan(5000);
      let typos = 0;
      for (const word of probes) {
        const want = resolved(compiled, word);
        expect(resolved(restored, word), word).toEqual(want);
        if (want.some((h) => !h.endsWith(':0'))) typos++;
      }
      // Enough of them reach the typo search (not only stems) for the comparison to mean something.
      expect(typos).toBeGreaterThan(1000);
    },
    30_000,
  );

  it.each(SENSITIVITIES)(
    'decide misspelt spoilers after a restore as after a compile (%s)',
    (s) => {
      const texts = [
        'omg dellia pushd cassy off the rooof, i cant',
        'so neveah gets the lead in the showcase after all?? casie is in a comma',
        'raymon is the one who pushd her, the finalle gave it away',
        'bette and her mom in the hosptial scene, juen crying',
        'Tiny Pretty Things: so it was dellia under the hoodie, she pushedd cassie off the roof',
      ];
      const compiled = compileMatcher(at(0), { sensitivity: s });
      const restored = restoreMatcher(snapshot, at(0), { sensitivity: s });
      const decide = (m: typeof compiled) =>
        texts.map((t) => {
          const d = m.evaluateDocument(t);
          return [d.hidden, d.hits.map((h) => h.factId), d.episode];
        });
      const want = decide(compiled);
      expect(want.some(([hidden]) => hidden)).toBe(true);
      expect(decide(restored)).toEqual(want);
    },
  );

  it.each(SENSITIVITIES)(
    'give the candidates a filed index gives, words added after the restore included (%s)',
    (sensitivity) => {
      const tuning = tuningFor(sensitivity);
      const words = compiledWithAllWords('balanced').words.words.slice();
      const buckets = new PackedRecords(packRecords(typoBucketRecords(words), 'test'));
      const restored = new TypoIndex(tuning, words);
      // Only the first-letter buckets are in a snapshot; 'strict' files its length buckets.
      expect(restored.restoreBuckets(buckets, words.length)).toBe(tuning.sameFirstLetter);
      words.push('cassandra', 'delphine', 'zyxomatic');
      const filed = new TypoIndex(tuning, words);
      filed.update();
      for (const word of ['cassandre', 'delfine', 'zyxomatik', 'cassie', 'hospitol', 'juen']) {
        for (const budget of [0, 1, 2]) {
          expect([...restored.candidates(word, budget)], `${word} ${budget}`).toEqual([
            ...filed.candidates(word, budget),
          ]);
        }
      }
      expect([...restored.candidates('zyxomatik', 1)]).toContain(words.length - 1);
    },
  );

  it.each(SENSITIVITIES)(
    'offer as candidates every vocabulary word within the edit budget (%s)',
    (sensitivity) => {
      // The index only narrows the search: whatever it leaves out, no distance can find.
      const tuning = tuningFor(sensitivity);
      const words = compiledWithAllWords('balanced').words.words;
      const index = new TypoIndex(tuning, words);
      index.update();
      const searched = words.flatMap((w, id) => (typoSearched(w) ? [id] : []));
      let reached = 0;
      for (const probe of misspellings(words).slice(0, 1500)) {
        const budget = editBudget(tuning, probe.length);
        if (budget === 0) continue;
        const offered = new Set(index.candidates(probe, budget));
        for (const id of searched) {
          const w = words[id] as string;
          if (tuning.sameFirstLetter && w[0] !== probe[0]) continue;
          if (boundedDistance(probe, w, budget) > budget) continue;
          reached++;
          expect(offered.has(id), `${probe} -> ${w}`).toBe(true);
        }
      }
      expect(reached).toBeGreaterThan(500);
    },
  );

  it('index a word added to a restored WordIndex for typos', () => {
    const compiled = compiledWithAllWords('balanced').words;
    const words = compiled.exportState().words;
    const buckets = new PackedRecords(packRecords(typoBucketRecords(words), 'test'));
    const index = WordIndex.restore(tuningFor('balanced'), compiled.exportState(), buckets);
    expect(index.lookup('zyxomatik')).toEqual([]);
    const id = index.add('zyxomatic');
    expect(index.lookup('zyxomatik')).toEqual([{ id, distance: 1 }]);
  });

  it("let 'strict' find a word added after a lookup of the same length (its cache is remade)", () => {
    const compiled = compiledWithAllWords('strict').words;
    const index = WordIndex.restore(tuningFor('strict'), compiled.exportState(), undefined);
    index.buildIndexes();
    expect(index.lookup('yzxomatik')).toEqual([]);
    const id = index.add('zyxomatic');
    expect(index.lookup('yzxomatix')).toEqual([{ id, distance: 2 }]);
  });

  it('make letter masks on demand equal to those made up front, in any order, as words grow', () => {
    const words = ['delia', 'cassie', 'ramón', 'bette'];
    const typos = new TypoIndex(tuningFor('balanced'), words);
    expect(typos.maskOf(2)).toBe(letterMask('ramón'));
    words.push('juniper', 'x');
    for (const id of [5, 0, 4, 2, 1, 3, 5]) {
      expect(typos.maskOf(id), words[id]).toBe(letterMask(words[id] as string));
    }
    expect(letterMask('ramón')).toBe(letterMask('ramn') | (1 << 26));
  });

  it('refuse a snapshot of format 6 (no typo section, records without starts) by its format', () => {
    const [json, terms, byAnchor, links, alts, , labels] = snapshot.split('\n');
    const head = JSON.stringify({ ...JSON.parse(json as string), format: 6 });
    const old = [head, terms, byAnchor, links, alts, ...JSON.parse(labels as string)].join('\n');
    expect(() => restoreMatcher(old, at(0))).toThrow(/\(format 6\) does not fit .*\(format 8\)/);
  });

  it('refuse a snapshot of format 7 (labels one per line, not all ASCII) by its format', () => {
    const [json, ...rest] = snapshot.split('\n');
    const labels = JSON.parse(rest.pop() as string) as string[];
    const old = [JSON.stringify({ ...JSON.parse(json as string), format: 7 }), ...rest, ...labels];
    expect(() => restoreMatcher(old.join('\n'), at(0))).toThrow(/\(format 7\) does not fit/);
  });
});
