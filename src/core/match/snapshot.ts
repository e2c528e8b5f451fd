import { asciiJson } from '../ascii-json';
import type { Alt, Compiled, CompiledFact } from './compiled';
import { packRecords, toBase64 } from './snapshot-packing';
import type { ShowProfile } from './types';
import { typoBucketRecords } from './typo-buckets';
import type { WordIndexState } from './word-index';

/**
 * A compiled matcher as text, made at build time and restored in the content script.
 *
 * Why: a content script starts cold in every frame, and there compiling the built-in pack
 * (normalising ~1,500 words, ~2,200 terms, 4,400 links) took 60-95 ms in Chromium before the
 * page could be painted, and the first page that named a character then spent ~25 ms more
 * building phrase terms. Cold script is the cost, not parsing: restoring every term and link
 * as an object up front took as long as compiling. So a restore makes only what every page
 * needs (the vocabulary, the facts, the flags); a term and its links are made from the
 * snapshot's numbers when a page first shows the word the term is found by, the way
 * phrase-terms.ts builds phrase terms in a compiled matcher, but with nothing left to
 * normalise, expand or sort. A fact's alternatives are made when first read.
 *
 * The text is lines: the JSON of MatcherSnapshot first, then the SECTIONS in order. The packed
 * sections are not inside the JSON because JSON.parse would copy them (~200 kB of strings
 * that the garbage collector then moves, in every frame); a slice of the text copies nothing.
 *
 * The snapshot is taken with every phrase term built (buildAll), and holds nothing that
 * depends on the sensitivity or the progress (given at restore). Of the typo index it holds
 * the first-letter buckets of 'balanced' (the default) and 'broad', which depend on the words
 * alone; 'strict' files its own length buckets at restore (one pass over the words).
 *
 * Format 8 is all ASCII: characters beyond it are JSON escapes (\u00e9), and the labels are one
 * JSON array. Why: the content script carries the text in a comment of its code, and ASCII text
 * goes there as it is (scripts/vite/comment-carrier.ts). Format 7 had two "é" in it, so the
 * whole 347 kB text went through an unescaping replace before every restore (1.9-8 ms of the
 * content script, and a 347 kB copy, before first paint). JSON.parse reads the escapes natively.
 *
 * Format 7 stores what a restore of format 6 derived with a loop over every word or record,
 * each microseconds an item in cold script, all before the page's first paint (Chromium,
 * built-in show: ~7 ms filing 1,547 words into typo buckets with their letter masks; ~5 ms
 * decoding the three term sections and walking their ~14,000 records to find where each
 * starts). Now the records' starts are packed with them (snapshot-packing.ts), the buckets are
 * a section of their own, both read in place, and a letter mask is made for a word when it is
 * first a typo candidate (typo-index.ts). Node, cold, with a native base64 decoder, medians of
 * 10 processes: the three term sections and the typo index went from ~2.4 ms to ~0.2 ms.
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
  words: WordIndexState;
  shows: ShowSnapshot[];
  episodeTitles: number[];
  /** Base64 of the mentionWords and termFlags bytes. */
  mentionWords: string;
  termFlags: string;
}

/**
 * The lines after the JSON, in order. terms: packed records (snapshot-packing.ts), one per
 * term id: capMask, anchor, its word ids. byAnchor: one per vocabulary id, the ids of the terms
 * anchored on it. links: one per term id, per link the fact (its index counting every show's
 * facts in turn) and (group + 1) * 2 + (key ? 1 : 0). alts: per fact in that order, one record
 * per group then one of its phrases, each (term, label index) pairs. typos: the typo buckets
 * (typo-buckets.ts), one per first letter and length in ascending key order. The last line:
 * the alternatives' labels ("@cassie", "pushed"), each once, as a JSON array.
 */
const SECTIONS = ['terms', 'byAnchor', 'links', 'alts', 'typos'] as const;

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

/** A fact without its alternatives (section alts), with how many groups it has. */
export type FactSnapshot = Omit<CompiledFact, 'show' | 'groups' | 'phrases'> & { groups: number };

export const SNAPSHOT_FORMAT = 8;

/** The pack ids a snapshot of these profiles is keyed by. */
export function snapshotKey(profiles: readonly ShowProfile[]): string[] {
  return profiles.map((p) => p.pack.id);
}

/** The snapshot text of `c`, which must have all its phrase terms built (EngineMatcher.buildAll). */
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
  const facts = c.shows.flatMap((show) => show.facts);
  const factIndex = new Map(facts.map((f, i) => [f, i]));
  const shows = c.shows.map(
    (show): ShowSnapshot => ({
      id: show.id,
      title: show.title,
      facts: show.facts.map(({ show: _index, groups, phrases, ...fact }) => ({
        ...fact,
        groups: groups.length,
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
    words: c.words.exportState(),
    shows,
    episodeTitles: [...c.episodeTitles],
    mentionWords: toBase64(c.mentionWords),
    termFlags: toBase64(c.termFlags),
  };
  const sections: Record<(typeof SECTIONS)[number], string> = {
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
    // Made before the labels are written: alts() collects them.
    alts: packRecords(
      facts.flatMap((f) => [...f.groups.map(alts), alts(f.phrases)]),
      'snapshot alternatives',
    ),
    typos: packRecords(typoBucketRecords(c.words.words), 'snapshot typo buckets'),
  };
  return [asciiJson(snapshot), ...SECTIONS.map((name) => sections[name]), asciiJson(labels)].join(
    '\n',
  );
}

/** The JSON line of a snapshot's text, parsed, and where it ends (-1: it is the whole text). */
export function snapshotHead(text: string): { snapshot: MatcherSnapshot; end: number } {
  const end = text.indexOf('\n');
  return { snapshot: JSON.parse(end < 0 ? text : text.slice(0, end)) as MatcherSnapshot, end };
}

/**
 * The SECTIONS lines after the JSON line (which ends at `end`), each a slice of the text (no
 * copy), and where the labels' line begins (-1: there is none). Read once the format is known
 * to be this one: an older snapshot is one JSON text.
 */
export function snapshotSections(
  text: string,
  end: number,
): { sections: Record<(typeof SECTIONS)[number], string>; labelsAt: number } {
  const sections = {} as Record<(typeof SECTIONS)[number], string>;
  let at = end;
  for (const name of SECTIONS) {
    if (at < 0) throw new Error(`restoreSnapshot: the snapshot text ends before its ${name} line`);
    const next = text.indexOf('\n', at + 1);
    sections[name] = text.slice(at + 1, next < 0 ? text.length : next);
    at = next;
  }
  return { sections, labelsAt: at < 0 ? -1 : at + 1 };
}
