import type { Analysis, Occurrence } from './analyse';
import {
  type Compiled,
  type CompiledFact,
  type FactRef,
  TERM_CONTEXT,
  TERM_EPISODE_TITLE,
  TERM_KEY,
} from './compiled';
import { addContext, emptyContexts, type ShowContext } from './context';
import { type EpisodeMention, findEpisodeMentions } from './episode-refs';
import { talksAboutTv } from './tv-talk';
import { coOccur } from './window';

/** An occurrence as kept in a summary (it carries its page offsets). */
export type Span = Occurrence;

/** A fact the passage gives away, before the page-context gate. */
export interface Candidate {
  fact: CompiledFact;
  /** Span indices that make the case. */
  spans: number[];
  via: 'terms' | 'phrase' | 'own-term';
  /** One of the show's names is among those spans (lets a "self" fact fire anywhere). */
  namesShow: boolean;
  /** Groups matched by something other than a character's name (a phrase counts as plenty). */
  otherGroups: number;
}

export interface Mention {
  mention: EpisodeMention;
  /** Position of its first word among all the passage's tokens. */
  at: number;
  start: number;
  end: number;
  /** Spans in the same sentence or within the window. */
  near: number[];
}

/**
 * Everything about one passage that does not depend on the rest of the page:
 * kept between observe() and evaluate() (and across re-evaluations when the
 * page context grows) instead of its tokens, which are the bulk of the memory.
 */
export interface Summary {
  spans: Span[];
  context: ShowContext[];
  candidates: Candidate[];
  mentions: Mention[];
  /**
   * The passage talks about a TV show (an episode reference, "the writers", "this
   * show"): set only when some candidate names no one of its show (see decide.ts).
   */
  talk?: boolean;
}

export function summarise(c: Compiled, a: Analysis): Summary {
  // Triage on per-term flags: most passages that touch the vocabulary only
  // contain everyday fact words ("her", "with") or name the show.
  let flags = 0;
  for (const o of a.occurrences) flags |= c.termFlags[o.term] as number;
  if ((flags & (TERM_KEY | TERM_CONTEXT)) === 0 && !a.mayMention) return NO_SPANS;
  const { tokens } = a;
  const occurrences =
    flags & TERM_EPISODE_TITLE ? withoutEpisodeTitles(c, a.occurrences) : a.occurrences;
  const context = emptyContexts(c);
  if (flags & TERM_CONTEXT) addContext(c, occurrences, context);
  if ((flags & TERM_KEY) === 0 && !a.mayMention) {
    return { spans: [], context, candidates: [], mentions: [] };
  }
  const spans: Span[] = occurrences;
  // Pass 1: which facts have a key term here at all; pass 2: which of their groups
  // (a bit each) or phrases; span lists only for the few that can make a case.
  const touched = new Map<CompiledFact, number>();
  for (const o of spans) {
    for (const ref of c.factsByTerm.get(o.term) ?? NO_REFS) {
      if (ref.key && !touched.has(ref.fact)) touched.set(ref.fact, 0);
    }
  }
  if (touched.size > 0) {
    for (const o of spans) {
      for (const ref of c.factsByTerm.get(o.term) ?? NO_REFS) {
        const seen = touched.get(ref.fact);
        if (seen !== undefined) touched.set(ref.fact, seen | groupBit(ref.group));
      }
    }
  }
  const candidates: Candidate[] = [];
  for (const [fact, seen] of touched) {
    if (!mayMakeCase(fact, seen)) continue;
    const t = spanLists(c, spans, fact);
    const phrase = t.phrases.length > 0 ? [t.phrases[0] as number] : null;
    const groups =
      fact.groups.length > 0 && t.groups.every((g) => g.length > 0)
        ? coOccur(t.groups, spans, c.tuning.window)
        : null;
    if (!phrase && !groups) continue;
    const names = c.shows[fact.show]?.nameTerms ?? new Set<number>();
    const chosen = [...new Set([...(phrase ?? []), ...(groups ?? [])])];
    candidates.push({
      fact,
      spans: chosen,
      via: fact.own ? 'own-term' : phrase ? 'phrase' : 'terms',
      namesShow: namesShow(names, spans, chosen),
      otherGroups: phrase ? Number.POSITIVE_INFINITY : countOther(c, fact, spans, groups ?? []),
    });
  }
  const mentions: Mention[] = [];
  const foreign: EpisodeMention[] = [];
  if (a.mayMention) {
    const index = tokens.index as number[];
    for (const m of findEpisodeMentions(tokens)) {
      if (m.foreign || (m.ofWord !== undefined && !namedAt(c, spans, index[m.ofWord] as number))) {
        foreign.push(m);
        continue;
      }
      const sentence = tokens.sentences[m.first];
      const at = index[m.first] as number;
      const near: number[] = [];
      spans.forEach((o, i) => {
        if (o.sentence === sentence || Math.abs(o.first - at) <= c.tuning.window) near.push(i);
      });
      mentions.push({
        mention: m,
        at,
        start: tokens.starts[m.first] as number,
        end: tokens.ends[m.last] as number,
        near,
      });
    }
  }
  const talk =
    candidates.some((f) => !f.namesShow) && (mentions.length > 0 || talksAboutTv(tokens, foreign));
  return { spans, context, candidates, mentions, talk };
}

const NO_REFS: FactRef[] = [];

/** A name of some show (title, alias, character) starts at text token `at`. */
function namedAt(c: Compiled, spans: Span[], at: number): boolean {
  return spans.some((o) => o.first === at && c.shows.some((show) => show.nameTerms.has(o.term)));
}

/** Bit 31 for a phrase, bit g for group g (groups past 30 share bit 30: checked in full). */
function groupBit(group: number): number {
  return group < 0 ? 1 << 31 : 1 << Math.min(group, 30);
}

/** A phrase matched, or every group did (facts with over 30 groups are always checked). */
function mayMakeCase(fact: CompiledFact, seen: number): boolean {
  if ((seen & (1 << 31)) !== 0) return true;
  const n = fact.groups.length;
  if (n === 0) return false;
  if (n > 30) return true;
  const all = n === 31 ? 0x7fffffff : (1 << n) - 1;
  return (seen & all) === all;
}

/** The spans of each group of `fact`, and of its phrases, in span order. */
function spanLists(c: Compiled, spans: Span[], fact: CompiledFact) {
  const t = { groups: fact.groups.map((): number[] => []), phrases: [] as number[] };
  spans.forEach((o, index) => {
    for (const ref of c.factsByTerm.get(o.term) ?? NO_REFS) {
      if (ref.fact !== fact) continue;
      if (ref.group < 0) t.phrases.push(index);
      else (t.groups[ref.group] as number[]).push(index);
    }
  });
  return t;
}

/** Drops what lies inside an episode title ("Push Comes to Shove" is no push). */
function withoutEpisodeTitles(c: Compiled, occ: Occurrence[]): Occurrence[] {
  const titles = occ.filter((o) => c.episodeTitles.has(o.term));
  if (titles.length === 0) return occ;
  return occ.filter((o) => !titles.some((t) => o.first >= t.first && o.last <= t.last));
}
const NO_SPANS: Summary = { spans: [], context: [], candidates: [], mentions: [] };

/** True when a chosen span is, or contains, one of the show's names. */
function namesShow(names: Set<number>, spans: Span[], chosen: number[]): boolean {
  for (const i of chosen) {
    const o = spans[i] as Span;
    if (names.has(o.term)) return true;
    for (const n of spans) {
      if (n.first >= o.first && n.last <= o.last && names.has(n.term)) return true;
    }
  }
  return false;
}

/**
 * Groups matched by something other than a character's name. A place or thing
 * of the show ("Michi Beach", "the roof") is evidence like any plot word.
 */
function countOther(c: Compiled, fact: CompiledFact, spans: Span[], groups: number[]): number {
  const characters = c.shows[fact.show]?.characterOf;
  let n = 0;
  for (const i of groups) if (!characters?.has((spans[i] as Span).term)) n++;
  return n;
}
