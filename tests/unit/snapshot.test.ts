import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { loadPassages } from '../../scripts/eval-lib';
import { runEvaluation } from '../../src/core/eval/run';
import { compileShows } from '../../src/core/match/compile';
import type { Compiled } from '../../src/core/match/compiled';
import { compileMatcher, restoreMatcher, snapshotPacks } from '../../src/core/match/index';
import { tuningFor } from '../../src/core/match/sensitivity';
import { PackedRecords } from '../../src/core/match/snapshot-packing';
import { restoreSnapshot } from '../../src/core/match/snapshot-restore';
import type { Sensitivity, ShowProfile } from '../../src/core/match/types';
import { BUILTIN_PACKS } from '../../src/core/pack/builtin/index';

const pack = BUILTIN_PACKS[0];
if (!pack) throw new Error('no built-in pack');
const at = (episode: number): ShowProfile[] => [{ pack, watched: { season: 1, episode } }];
const snapshot = snapshotPacks(at(0));
const corpus = loadPassages(resolve(import.meta.dirname, '../fixtures/corpus.jsonl'));

/** Every term and link made, as a page meeting every vocabulary word would make them. */
function buildEverything(c: Compiled): Compiled {
  const hook = c.words.onFirstHit;
  for (let id = 0; hook && id < c.words.words.length; id++) hook(id);
  c.words.buildIndexes();
  return c;
}

/** Compiled minus what only orders links while compiling, maps as sorted entries. */
function comparable(c: Compiled) {
  const { words, factsByTerm, shows, ...rest } = c;
  return {
    ...rest,
    // A restored fact's alternatives are getters (snapshot-restore.ts): compared by value.
    shows: shows.map((show) => ({
      ...show,
      facts: show.facts.map((f) => ({ ...f, groups: f.groups, phrases: f.phrases })),
    })),
    vocabulary: words.exportState(),
    links: [...factsByTerm]
      .sort(([a], [b]) => a - b)
      .map(([term, refs]) => [
        term,
        refs.map((r) => ({ fact: r.fact.id, show: r.fact.show, group: r.group, key: r.key })),
      ]),
  };
}

describe('matcher snapshot', () => {
  it('restores, once every term is made, exactly what a compile builds', () => {
    const tuning = tuningFor('balanced');
    const compiled = buildEverything(compileShows(at(4), tuning));
    const restored = buildEverything(restoreSnapshot(snapshot, at(4), tuning));
    expect(restored.terms.length).toBeGreaterThan(5000);
    expect(comparable(restored)).toEqual(comparable(compiled));
  });

  it('is ASCII text, and gives back the labels beyond ASCII as they were', () => {
    // The content script carries ASCII text as it is, with no unescaping pass (comment-carrier.ts).
    expect(snapshot).not.toMatch(/[^\x00-\x7f]/);
    const tuning = tuningFor('balanced');
    const restored = buildEverything(restoreSnapshot(snapshot, at(0), tuning));
    const labels = restored.shows.flatMap((show) =>
      show.facts.flatMap((f) => [...f.groups.flat(), ...f.phrases].map((a) => a.label)),
    );
    expect(labels).toContain('fiancé');
  });

  it('decodes a packed section only when it is first read', () => {
    // The decoder in use: the engine's own where it has one, else atob (Node 20).
    const native = (Uint8Array as { fromBase64?: unknown }).fromBase64;
    const decodes = native
      ? vi.spyOn(Uint8Array as unknown as { fromBase64: () => Uint8Array }, 'fromBase64')
      : vi.spyOn(globalThis, 'atob');
    try {
      const c = restoreSnapshot(snapshot, at(0), tuningFor('balanced'));
      // mentionWords and termFlags, read at every token; none of the five sections.
      expect(decodes).toHaveBeenCalledTimes(2);
      c.words.lookup('delia');
      // The anchors, terms and links it needed.
      expect(decodes).toHaveBeenCalledTimes(5);
      expect(c.shows[0]?.facts[0]?.groups.length).toBeGreaterThan(0);
      expect(decodes).toHaveBeenCalledTimes(6);
      // Misspelt words, searched among typo candidates: the typo buckets, once.
      expect(c.words.lookup('jelousy').length).toBeGreaterThan(0);
      c.words.lookup('balerina');
      expect(decodes).toHaveBeenCalledTimes(7);
    } finally {
      decodes.mockRestore();
    }
  });

  it('makes no term until a page word needs it, then only the terms anchored on it', () => {
    const c = restoreSnapshot(snapshot, at(0), tuningFor('balanced'));
    expect(c.terms.filter(Boolean)).toHaveLength(0);
    c.words.lookup('delia');
    const made = c.terms.filter(Boolean);
    expect(made.length).toBeGreaterThan(0);
    const delia = c.words.idOf('delia');
    expect(made.every((t) => t.words[t.anchor] === delia)).toBe(true);
    expect([...c.factsByTerm.keys()].every((term) => c.terms[term] !== undefined)).toBe(true);
  });

  it("makes a fact's alternatives when they are first read, once, and only that fact's", () => {
    const c = restoreSnapshot(snapshot, at(0), tuningFor('balanced'));
    const [fact, other] = c.shows[0]?.facts ?? [];
    if (!fact || !other) throw new Error('no facts');
    // Each alternatives record read is one start() of the packed records.
    const reads = vi.spyOn(PackedRecords.prototype, 'start');
    const parse = vi.spyOn(JSON, 'parse');
    try {
      const groups = fact.groups;
      expect(groups.length).toBeGreaterThan(0);
      expect(groups.flat().every((a) => Number.isInteger(a.term) && a.label.length > 0)).toBe(true);
      expect(reads).toHaveBeenCalledTimes(groups.length);
      // The labels are parsed with the first alternatives made, once for the whole snapshot.
      expect(parse).toHaveBeenCalledTimes(1);
      expect(fact.groups).toBe(groups);
      const phrases = fact.phrases;
      expect(fact.phrases).toBe(phrases);
      expect(reads).toHaveBeenCalledTimes(groups.length + 1);
      expect(other.groups.length).toBeGreaterThan(0);
      expect(reads).toHaveBeenCalledTimes(groups.length + 1 + other.groups.length);
      expect(parse).toHaveBeenCalledTimes(1);
    } finally {
      reads.mockRestore();
      parse.mockRestore();
    }
  });

  it.each(['strict', 'balanced', 'broad'] as Sensitivity[])(
    'decides every development passage at every progress as a compile does (%s)',
    (sensitivity) => {
      const run = (make: (w: number) => ReturnType<typeof compileMatcher>) =>
        runEvaluation(corpus, make).map((o) => [o.passage.id, o.watched, o.hidden, o.facts]);
      const compiled = run((w) => compileMatcher(at(w), { sensitivity }));
      const restored = run((w) => restoreMatcher(snapshot, at(w), { sensitivity }));
      expect(compiled.filter(([, , hidden]) => hidden).length).toBeGreaterThan(1000);
      expect(restored).toEqual(compiled);
    },
    // 11 compiles and 11 restores over 389 passages: seconds on a busy 2-core machine.
    30_000,
  );

  it('gives matchers that share nothing: moving one progress leaves the other alone', () => {
    const text = 'Tiny Pretty Things finale: Delia pushed Cassie off the roof out of jealousy.';
    const a = restoreMatcher(snapshot, at(0));
    const b = restoreMatcher(snapshot, at(0));
    a.setProgress([{ season: 1, episode: 10 }]);
    expect(a.evaluateDocument(text).hidden).toBe(false);
    expect(b.evaluateDocument(text).hidden).toBe(true);
  });

  it('refuses to restore for other packs, naming both', () => {
    const other = { ...pack, id: 'other-show' };
    expect(() =>
      restoreMatcher(snapshot, [{ pack: other, watched: { season: 1, episode: 0 } }]),
    ).toThrow(/snapshot of \[tiny-pretty-things\].*does not fit \[other-show\]/);
  });

  it('refuses a snapshot cut short, naming the line it lacks', () => {
    const cut = snapshot.split('\n').slice(0, 3).join('\n');
    expect(() => restoreMatcher(cut, at(0))).toThrow(/ends before its links line/);
  });

  it('refuses a snapshot of an older format by its format, though its layout differs too', () => {
    // Format 5 and before: one JSON text, with the packed parts inside it.
    const [json] = snapshot.split('\n');
    const old = JSON.stringify({ ...JSON.parse(json as string), format: 5, terms: '' });
    expect(() => restoreMatcher(old, at(0))).toThrow(/\(format 5\) does not fit/);
  });

  it('refuses a snapshot in another format', () => {
    const [json, ...rest] = snapshot.split('\n');
    const old = [JSON.stringify({ ...JSON.parse(json as string), format: 1 }), ...rest].join('\n');
    expect(() => restoreMatcher(old, at(0))).toThrow(/\(format 1\) does not fit/);
  });
});
