import {
  type Alt,
  type Compiled,
  type CompiledFact,
  type CompiledShow,
  type FactRef,
  TERM_CONTEXT,
  TERM_EPISODE_TITLE,
  TERM_KEY,
} from './compiled';
import { KEYWORDS, NEIGHBOUR_WORDS } from './episode-refs';
import { nameAlternatives } from './name-alternatives';
import { LazyPhrases, type PhraseParts } from './phrase-terms';
import type { Tuning } from './sensitivity';
import { TermTable } from './term-table';
import type { ShowProfile } from './types';
import { WordIndex } from './word-index';

/**
 * Compiles the followed shows into one shared vocabulary and term table:
 * "@id" expands to every name of that character or entity, phrases may use
 * "@id" too, and a user's own terms become single-phrase facts.
 */
export function compileShows(
  profiles: ShowProfile[],
  tuning: Tuning,
  exactElsewhere?: (word: string) => boolean,
): Compiled {
  const words = new WordIndex(tuning);
  words.exactElsewhere = exactElsewhere;
  const table = new TermTable(words);
  const factsByTerm = new Map<number, FactRef[]>();
  const episodeTitles = new Set<number>();
  // Links stay in compile order: a phrase's links, made later, slot in where expansion had them.
  const link = (term: number, ref: FactRef) => {
    const list = factsByTerm.get(term);
    if (!list) {
      factsByTerm.set(term, [ref]);
      return;
    }
    let i = list.length;
    while (i > 0 && (list[i - 1] as FactRef).order > ref.order) i--;
    // Eager links come in order: a push, not a splice (a splice per link was ~a third of a
    // cold compile, in allocation and garbage collection).
    if (i === list.length) list.push(ref);
    else list.splice(i, 0, ref);
  };
  const phrases = new LazyPhrases(table, words, link);

  const shows = profiles.map((profile, showIndex): CompiledShow => {
    const { pack } = profile;
    const names = nameAlternatives(pack);
    const show: CompiledShow = {
      id: pack.id,
      title: pack.title,
      // A copy: setProgress() moves it, and the caller's profile is never written to.
      watched: { ...profile.watched },
      facts: [],
      titleTerms: new Set(),
      strongTerms: new Set(),
      characterOf: new Map(),
      nameTerms: new Set(),
      plotTerms: new Set(),
      episodesIn: new Map(pack.seasons.map((s) => [s.number, s.episodes.length])),
    };
    for (const t of [pack.title, ...pack.aliases]) {
      const id = table.add(t, false);
      if (id < 0) continue;
      show.titleTerms.add(id);
      show.strongTerms.add(id);
      show.nameTerms.add(id);
    }
    for (const season of pack.seasons) {
      for (const e of season.episodes) {
        if (!/\S\s+\S/.test(e.title) || /^episode\s+\d+$/i.test(e.title.trim())) continue;
        const id = table.add(e.title, false);
        if (id >= 0) episodeTitles.add(id);
      }
    }
    const nameAlts = new Map<string, Alt[]>();
    for (const [ref, { texts, character }] of names) {
      const alts: Alt[] = [];
      for (const text of texts) {
        const term = table.add(text, true);
        if (term < 0) continue;
        alts.push({ term, label: ref });
        show.nameTerms.add(term);
        if (character < 0) {
          // Entity names are show-specific things: plot evidence beside "episode 9".
          if (!table.isEveryday(term)) show.plotTerms.add(term);
          continue;
        }
        if (!show.characterOf.has(term)) show.characterOf.set(term, character);
        if (/\S\s+\S/.test(text)) show.strongTerms.add(term);
      }
      nameAlts.set(ref, alts);
    }
    const where = (i: number) => `${pack.id}: facts[${i}]`;
    pack.facts.forEach((f, i) => {
      const fact: CompiledFact = {
        show: showIndex,
        id: f.id,
        label: f.label,
        season: f.season,
        episode: f.episode,
        groups: [],
        phrases: [],
        context: f.context,
        own: false,
      };
      let keyGroup: number;
      f.all.forEach((group, g) => {
        const alts: Alt[] = [];
        for (const text of group) {
          if (text.startsWith('@')) {
            const named = nameAlts.get(text);
            if (!named) throw new Error(`${where(i)}.all[${g}]: unknown reference "${text}"`);
            alts.push(...named);
          } else {
            const term = table.add(text, false);
            if (term < 0) throw new Error(`${where(i)}.all[${g}]: "${text}" has no words`);
            alts.push({ term, label: text });
            if (!show.nameTerms.has(term) && !table.isEveryday(term)) show.plotTerms.add(term);
          }
        }
        fact.groups.push(alts);
      });
      keyGroup = fact.groups.findIndex((alts) => alts.every((a) => !table.isEveryday(a.term)));
      if (keyGroup < 0) keyGroup = 0;
      fact.groups.forEach((alts, g) => {
        for (const a of alts) {
          link(a.term, { fact, group: g, key: g === keyGroup, order: table.tick() });
        }
      });
      for (const phrase of f.phrases) {
        const parts = phraseParts(phrase, names, table, `${where(i)}.phrases`);
        phrases.register(parts, fact, phrase, table.tick());
      }
      show.facts.push(fact);
    });
    (profile.ownTerms ?? []).forEach((own, i) => {
      const term = table.add(own.term, false);
      if (term < 0) throw new Error(`${pack.id}: ownTerms[${i}]: "${own.term}" has no words`);
      const fact: CompiledFact = {
        show: showIndex,
        id: `own-term-${i + 1}`,
        label: `Your term “${own.term.trim()}”`,
        season: own.season,
        episode: own.episode,
        groups: [],
        phrases: [{ term, label: own.term }],
        context: 'self',
        own: true,
      };
      link(term, { fact, group: -1, key: true, order: table.tick() });
      show.facts.push(fact);
    });
    return show;
  });
  const keywordIds = [...KEYWORDS].map((k) => words.add(k));
  for (const n of NEIGHBOUR_WORDS) words.add(n); // kept by the tokenizer, but start nothing
  const mentionWords = new Uint8Array(words.words.length);
  for (const id of keywordIds) mentionWords[id] = 1;
  // Room for the phrase terms a page may still bring (phrase-terms.ts).
  const termFlags = new Uint8Array(table.terms.length + phrases.bound);
  const flag = (term: number, bit: number) => {
    termFlags[term] = (termFlags[term] as number) | bit;
  };
  for (const [term, refs] of factsByTerm) if (refs.some((r) => r.key)) flag(term, TERM_KEY);
  for (const show of shows) {
    for (const t of show.strongTerms) flag(t, TERM_CONTEXT);
    for (const t of show.characterOf.keys()) flag(t, TERM_CONTEXT);
  }
  for (const t of episodeTitles) flag(t, TERM_EPISODE_TITLE);
  // Built here, not on the first lookup: in a fresh Chromium page, building them inside
  // the first scan made that scan ~1 s slower on 20,000 passages (measured, not understood).
  words.buildIndexes();
  phrases.attach(termFlags);
  if (phrases.pending) words.onFirstHit = (id) => phrases.materialise(id);
  return {
    termFlags,
    tuning,
    words,
    terms: table.terms,
    termsByAnchor: table.byAnchor,
    shows,
    factsByTerm,
    episodeTitles,
    mentionWords,
  };
}

/**
 * "@delia pushed @cassie" -> per part, its alternatives' words: each name's
 * normalised texts for a reference, the word itself otherwise. A text's words
 * are those of its whitespace-separated chunks in order (see TermWords), so
 * each name and word is normalised once.
 */
function phraseParts(
  phrase: string,
  names: Map<string, { texts: string[] }>,
  table: TermTable,
  where: string,
): PhraseParts {
  const parts: (readonly string[])[][] = [];
  for (const part of phrase.split(/\s+/).filter(Boolean)) {
    const ref = /^@[a-z0-9-]+/.exec(part)?.[0];
    if (!ref) {
      parts.push([table.wordsOf(part)]);
      continue;
    }
    if (!names.has(ref)) throw new Error(`${where}: unknown reference "${ref}" in "${phrase}"`);
    // "@cassie's": the suffix belongs to the name's last chunk ("Cassie's" -> "cassie").
    const suffix = part.slice(ref.length);
    parts.push((names.get(ref)?.texts ?? []).map((t) => table.wordsOf(`${t}${suffix}`)));
  }
  return parts;
}
