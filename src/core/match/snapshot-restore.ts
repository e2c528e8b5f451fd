import type { Alt, Compiled, CompiledFact, CompiledShow, FactRef } from './compiled';
import type { Tuning } from './sensitivity';
import {
  type FactSnapshot,
  SNAPSHOT_FORMAT,
  snapshotHead,
  snapshotKey,
  snapshotSections,
} from './snapshot';
import { fromBase64, PackedRecords } from './snapshot-packing';
import type { ShowProfile } from './types';
import { WordIndex } from './word-index';

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
  const { snapshot: s, end } = snapshotHead(text);
  const key = snapshotKey(profiles);
  if (s.format !== SNAPSHOT_FORMAT || key.join() !== s.packs.join()) {
    throw new Error(
      `restoreSnapshot: snapshot of [${s.packs.join(', ')}] (format ${s.format}) does not fit [${key.join(', ')}] (format ${SNAPSHOT_FORMAT})`,
    );
  }
  const { sections, labelsAt } = snapshotSections(text, end);
  // Parsed only when an alternative is first made: on a page whose terms reach a fact.
  let names: string[] | null = null;
  const labels = () => {
    names ??= labelsAt < 0 ? [] : (JSON.parse(text.slice(labelsAt)) as string[]);
    return names;
  };
  const alts = new PackedRecords(sections.alts);
  let record = 0;
  const shows = s.shows.map((show, index): CompiledShow => {
    const { watched } = profiles[index] as ShowProfile;
    return {
      id: show.id,
      title: show.title,
      watched: { season: watched.season, episode: watched.episode },
      facts: show.facts.map((f) => {
        const fact = restoreFact(f, index, alts, record, labels);
        record += f.groups + 1;
        return fact;
      }),
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
    words: WordIndex.restore(
      tuning,
      s.words,
      tuning.sameFirstLetter ? new PackedRecords(sections.typos) : undefined,
    ),
    terms: [],
    termsByAnchor: [],
    shows,
    factsByTerm: new Map(),
    episodeTitles: new Set(s.episodeTitles),
    mentionWords: fromBase64(s.mentionWords),
    termFlags: fromBase64(s.termFlags),
  };
  const lazy: LazyParts = {
    terms: new PackedRecords(sections.terms),
    byAnchor: new PackedRecords(sections.byAnchor),
    links: new PackedRecords(sections.links),
    facts: shows.flatMap((show) => show.facts),
    made: new Uint8Array(s.words.words.length),
  };
  c.words.onFirstHit = (word) => makeAnchoredTerms(lazy, c, word);
  // 'strict' lets the first letter change, so the snapshot's buckets are not its index: its
  // length buckets are filed now (one pass over the words), as a compile does. With the first
  // letter kept, the snapshot's buckets are the index and this files nothing.
  c.words.buildIndexes();
  return c;
}

/**
 * A fact whose alternatives are made when first read. Made up front, the ~8,500 alternatives
 * of the built-in show were the largest part of a restore (~15 ms of a cold content script in
 * Chromium, before the page's first paint); a page reads those of the few facts it matches.
 */
function restoreFact(
  f: FactSnapshot,
  show: number,
  records: PackedRecords,
  first: number,
  labels: () => string[],
): CompiledFact {
  const { groups, ...rest } = f;
  return Object.assign(new RestoredFact({ records, first, groups, labels }), rest, { show });
}

/** Where a restored fact's alternatives are in the snapshot: `groups` records from `first`. */
interface AltRecords {
  records: PackedRecords;
  first: number;
  groups: number;
  labels: () => string[];
}

/**
 * The alternatives as getters of one class, made and kept on first read. Why not an accessor
 * per object (made-on-first-read.ts): two per fact gave each of the 93 facts closures and
 * property descriptors of its own. Node's heap sampler: a restore allocated 989 kB with them,
 * 743 kB with this class; all of it is young-generation garbage or nearly, filled before
 * the page's first paint. The data fields are assigned after construction (restoreFact), in
 * the snapshot's order, so every fact shares one shape.
 */
class RestoredFact {
  #from: AltRecords;
  #groups: Alt[][] | undefined;
  #phrases: Alt[] | undefined;

  constructor(from: AltRecords) {
    this.#from = from;
  }

  get groups(): Alt[][] {
    if (this.#groups === undefined) {
      const { first, groups } = this.#from;
      this.#groups = Array.from({ length: groups }, (_, g) => this.#alts(first + g));
    }
    return this.#groups;
  }

  get phrases(): Alt[] {
    this.#phrases ??= this.#alts(this.#from.first + this.#from.groups);
    return this.#phrases;
  }

  #alts(record: number): Alt[] {
    const { records, labels } = this.#from;
    const out: Alt[] = [];
    const names = labels();
    const v = records.values;
    const start = records.start(record);
    const end = start + records.length(record);
    for (let i = start; i < end; i += 2) {
      out.push({ term: v[i] as number, label: names[v[i + 1] as number] as string });
    }
    return out;
  }
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
