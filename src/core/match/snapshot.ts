import type { Alt, Compiled, CompiledFact, CompiledShow, FactRef, Term } from './compiled';
import type { Tuning } from './sensitivity';
import { fromBase64, PackedRecords, packRecords, toBase64 } from './snapshot-packing';
import type { ShowProfile } from './types';
import { WordIndex, type WordIndexState } from './word-index';

/**
 * A compiled matcher as JSON text, made at build time and restored in the content script.
 *
 * Why: a content script starts cold in every frame, and there compiling the built-in pack
 * (normalising ~1,500 words, ~2,200 terms, 4,400 links) took 60-95 ms in Chromium before the
 * page could be painted, and the first page that named a character then spent ~25 ms more
 * building phrase terms. Cold script is the cost, not parsing: restoring every term and link
 * as an object up front took as long as compiling. So a restore makes only what every page
 * needs (the vocabulary, the facts, the flags); a term and its links are made from the
 * snapshot's numbers when a page first shows the word the term is found by, the way
 * phrase-terms.ts builds phrase terms in a compiled matcher, but with nothing left to
 * normalise, expand or sort.
 *
 * The snapshot is taken with every phrase term built (buildAll), and holds nothing that
 * depends on the sensitivity (the typo index is built at restore) or the progress (given at
 * restore).
 */
export interface MatcherSnapshot {
  /** Bumped when this shape changes, so a stale snapshot is refused, not misread. */
  format: typeof SNAPSHOT_FORMAT;
  /**
   * The ids of the packs compiled, in profile order. Ids alone: the caller checks that the
   * packs are the very ones the snapshot was built from (the content script: the bundled
   * built-in pack objects, bundled with the snapshot).
   */
  packs: string[];
  /** Alternative labels ("@cassie", "pushed"), each once; alternatives refer to them by index. */
  labels: string[];
  words: WordIndexState;
  /** Packed records (snapshot-packing.ts), one per term id: capMask, anchor, its word ids. */
  terms: string;
  /** Packed records, one per vocabulary id: the ids of the terms anchored on it, in order. */
  byAnchor: string;
  /**
   * Packed records, one per term id: per link, in order, the fact (its index counting every
   * show's facts in turn) and (group + 1) * 2 + (key ? 1 : 0).
   */
  links: string;
  shows: ShowSnapshot[];
  episodeTitles: number[];
  /** Base64 of the mentionWords and termFlags bytes. */
  mentionWords: string;
  termFlags: string;
}

interface ShowSnapshot {
  id: string;
  title: string;
  facts: FactSnapshot[];
  titleTerms: number[];
  strongTerms: number[];
  characterOf: [number, number][];
  nameTerms: number[];
  plotTerms: number[];
  episodesIn: [number, number][];
}

/** A fact with its alternatives as (term, label index) pairs, flat: per group, then phrases. */
type FactSnapshot = Omit<CompiledFact, 'show' | 'groups' | 'phrases'> & {
  groups: number[][];
  phrases: number[];
};

export const SNAPSHOT_FORMAT = 5;

/** The pack ids a snapshot of these profiles is keyed by. */
export function snapshotKey(profiles: readonly ShowProfile[]): string[] {
  return profiles.map((p) => p.pack.id);
}

/** JSON text for `c`, which must have all its phrase terms built (EngineMatcher.buildAll). */
export function takeSnapshot(c: Compiled, packs: string[]): string {
  if (c.words.onFirstHit) throw new Error('takeSnapshot: phrase terms not all built yet');
  const labels: string[] = [];
  const labelIds = new Map<string, number>();
  const alts = (list: Alt[]) =>
    list.flatMap((a) => {
      let id = labelIds.get(a.label);
      if (id === undefined) {
        id = labels.push(a.label) - 1;
        labelIds.set(a.label, id);
      }
      return [a.term, id];
    });
  const factIndex = new Map<CompiledFact, number>();
  for (const f of c.shows.flatMap((show) => show.facts)) factIndex.set(f, factIndex.size);
  const shows = c.shows.map(
    (show): ShowSnapshot => ({
      id: show.id,
      title: show.title,
      facts: show.facts.map(({ show: _index, groups, phrases, ...fact }) => ({
        ...fact,
        groups: groups.map(alts),
        phrases: alts(phrases),
      })),
      titleTerms: [...show.titleTerms],
      strongTerms: [...show.strongTerms],
      characterOf: [...show.characterOf],
      nameTerms: [...show.nameTerms],
      plotTerms: [...show.plotTerms],
      episodesIn: [...show.episodesIn],
    }),
  );
  const snapshot: MatcherSnapshot = {
    format: SNAPSHOT_FORMAT,
    packs,
    labels,
    words: c.words.exportState(),
    terms: packRecords(
      c.terms.map((t) => [t.capMask, t.anchor, ...t.words]),
      'snapshot terms',
    ),
    byAnchor: packRecords(
      Array.from(c.words.words, (_, id) => c.termsByAnchor[id] ?? []),
      'snapshot anchors',
    ),
    links: packRecords(
      c.terms.map((_, term) =>
        (c.factsByTerm.get(term) ?? []).flatMap((r) => [
          factIndex.get(r.fact) ?? -1,
          (r.group + 1) * 2 + (r.key ? 1 : 0),
        ]),
      ),
      'snapshot links',
    ),
    shows,
    episodeTitles: [...c.episodeTitles],
    mentionWords: toBase64(c.mentionWords),
    termFlags: toBase64(c.termFlags),
  };
  return JSON.stringify(snapshot);
}

/**
 * The Compiled form of a snapshot's text, for `profiles` (their progress is read here; their
 * packs must be the ones the snapshot was taken from). Every call parses anew, so two
 * restored matchers share nothing.
 */
export function restoreSnapshot(
  text: string,
  profiles: readonly ShowProfile[],
  tuning: Tuning,
): Compiled {
  const s = JSON.parse(text) as MatcherSnapshot;
  const key = snapshotKey(profiles);
  if (s.format !== SNAPSHOT_FORMAT || key.join() !== s.packs.join()) {
    throw new Error(
      `restoreSnapshot: snapshot of [${s.packs.join(', ')}] (format ${s.format}) does not fit [${key.join(', ')}] (format ${SNAPSHOT_FORMAT})`,
    );
  }
  const alts = (flat: number[]): Alt[] => {
    const out: Alt[] = [];
    for (let i = 0; i < flat.length; i += 2) {
      out.push({ term: flat[i] as number, label: s.labels[flat[i + 1] as number] as string });
    }
    return out;
  };
  const shows = s.shows.map((show, index): CompiledShow => {
    const { watched } = profiles[index] as ShowProfile;
    return {
      id: show.id,
      title: show.title,
      watched: { season: watched.season, episode: watched.episode },
      facts: show.facts.map((f) => ({
        ...f,
        show: index,
        groups: f.groups.map(alts),
        phrases: alts(f.phrases),
      })),
      titleTerms: new Set(show.titleTerms),
      strongTerms: new Set(show.strongTerms),
      characterOf: new Map(show.characterOf),
      nameTerms: new Set(show.nameTerms),
      plotTerms: new Set(show.plotTerms),
      episodesIn: new Map(show.episodesIn),
    };
  });
  const c: Compiled = {
    tuning,
    words: WordIndex.restore(tuning, s.words),
    terms: [],
    termsByAnchor: [],
    shows,
    factsByTerm: new Map(),
    episodeTitles: new Set(s.episodeTitles),
    mentionWords: fromBase64(s.mentionWords),
    termFlags: fromBase64(s.termFlags),
  };
  const lazy: LazyParts = {
    terms: new PackedRecords(s.terms),
    byAnchor: new PackedRecords(s.byAnchor),
    links: new PackedRecords(s.links),
    facts: shows.flatMap((show) => show.facts),
    made: new Uint8Array(s.words.words.length),
  };
  c.words.onFirstHit = (word) => makeAnchoredTerms(lazy, c, word);
  // The typo index depends on the sensitivity, so it is not in the snapshot; built now, as a
  // compile does, not inside a page's first scan (see compileShows).
  c.words.buildIndexes();
  return c;
}

/** What a restore leaves to be made on a page. */
interface LazyParts {
  terms: PackedRecords;
  byAnchor: PackedRecords;
  links: PackedRecords;
  facts: CompiledFact[];
  /** Per vocabulary id: its anchored terms are made. */
  made: Uint8Array;
}

/** Makes the terms anchored on vocabulary word `word`, and their links (once per word). */
function makeAnchoredTerms(p: LazyParts, c: Compiled, word: number): void {
  if (p.made[word] === 1) return;
  p.made[word] = 1;
  const count = p.byAnchor.length(word);
  if (count === 0) return;
  const at = p.byAnchor.start(word);
  const ids = Array.from(p.byAnchor.values.subarray(at, at + count));
  c.termsByAnchor[word] = ids;
  for (const id of ids) {
    const t = p.terms.start(id);
    const end = t + p.terms.length(id);
    const v = p.terms.values;
    c.terms[id] = {
      capMask: v[t] as number,
      anchor: v[t + 1] as number,
      words: Array.from(v.subarray(t + 2, end)),
    };
    const n = p.links.length(id);
    if (n === 0) continue;
    const refs: FactRef[] = [];
    const l = p.links.start(id);
    for (let i = l; i < l + n; i += 2) {
      const fact = p.facts[p.links.values[i] as number];
      if (!fact) throw new Error(`restoreSnapshot: term ${id} links to a missing fact`);
      const groupKey = p.links.values[i + 1] as number;
      // Order keys only place links while compiling; nothing is linked after a restore.
      refs.push({ fact, group: (groupKey >> 1) - 1, key: (groupKey & 1) === 1, order: 0 });
    }
    c.factsByTerm.set(id, refs);
  }
}
