import { HAS_DIGIT, type Tokens } from '../text/tokenize';
import { TALK_WORDS } from './tv-talk';

/**
 * An explicit reference to an episode in the text: "episode 7", "ep7", "ep. 7",
 * "S1E7", "s01 e07", "1x07", "the seventh episode", "season 2 episode 3",
 * ("1x07" needs a two-digit episode: "1x1" is a size), "the finale", "season 2 finale", "series finale", "the premiere", "season 2".
 * Reviews count in hours and instalments and rarely give a number: "the eighth
 * hour", "the seventh instalment", "the final episode", "the closing hour"
 * (finale), "the penultimate episode", "the second-to-last episode" (penultimate).
 * "The last scene", "the final minutes", "the ending", "the end of the season"
 * (ending) most often mean the finale, but "the last scene" of any episode too:
 * an ending is read as the finale for plot evidence, never to move a fact that
 * was matched to a later episode (R1 in episode-ref-hits.ts).
 * Season is null when the text does not say it.
 */
export interface EpisodeMention {
  kind: 'episode' | 'finale' | 'series-finale' | 'season' | 'penultimate' | 'ending';
  season: number | null;
  /** For kind "episode". */
  episode: number | null;
  first: number;
  last: number;
  /**
   * Another work's episode: "episode 8 of Grey's Anatomy", "the finale of bake
   * off", "the last episode of my favourite anime" (see ofWhat).
   */
  foreign?: boolean;
  /**
   * "<reference> of X" where X is a word the matcher knows but that may not be
   * ours ("of Grey's": "grey" is a pack word): X's token, for the caller to
   * check against the show's names.
   */
  ofWord?: number;
}

const NUMBER_WORDS =
  'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'.split(
    ' ',
  );
const ORDINALS =
  'first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth'.split(
    ' ',
  );
const EPISODE_WORDS = new Set(['episode', 'episodes', 'ep', 'eps', 'epi', 'episodio']);
const SEASON_WORDS = new Set(['season', 'series', 'temporada']);
/**
 * Words a review uses for one episode, only after an ordinal or "final"/"penultimate":
 * "the eighth hour" is episode 8, but "hour 8" or "the first hour" (of a film, of
 * a day) is no reference.
 */
const UNIT_WORDS = new Set(['hour', 'instalment', 'installment', 'outing', 'chapter']);
/** "the final episode", "the closing hour", "the last ep". */
const LAST_WORDS = new Set(['final', 'last', 'closing', 'concluding']);
/** Read after "of" to tell our episode from another work's (ofAnotherWork). */
const DETERMINERS = ['the', 'this', 'that', 'a', 'an'];
/** "the last scene", "the final minutes", "the closing shot": an ending. */
const END_PARTS = new Set(['scene', 'scenes', 'shot', 'minutes', 'moments', 'reveal', 'twist']);
/** "season ender", "season closer", "season ending". */
const SEASON_ENDS = new Set(['ender', 'closer', 'ending']);

function cardinal(w: string | undefined): number | null {
  if (w === undefined) return null;
  if (/^\d{1,3}$/.test(w)) return Number(w);
  const i = NUMBER_WORDS.indexOf(w);
  return i >= 0 ? i + 1 : null;
}

function ordinal(w: string | undefined): number | null {
  if (w === undefined) return null;
  const m = /^(\d{1,3})(?:st|nd|rd|th)$/.exec(w);
  if (m) return Number(m[1]);
  const i = ORDINALS.indexOf(w);
  return i >= 0 ? i + 1 : null;
}

/** Words that can start a mention without a digit; anything else is skipped with one Set lookup. */
export const KEYWORDS: ReadonlySet<string> = new Set([
  ...EPISODE_WORDS,
  ...SEASON_WORDS,
  ...ORDINALS,
  ...UNIT_WORDS,
  ...END_PARTS,
  'ending',
  'finale',
  'premiere',
]);

/**
 * Words read only as neighbours of a keyword ("episode seven", "series finale",
 * "midseason finale"): the matcher must keep them although they start nothing.
 */
export const NEIGHBOUR_WORDS: readonly string[] = [
  ...NUMBER_WORDS,
  'series',
  'show',
  'mid',
  'midseason',
  ...LAST_WORDS,
  'penultimate',
  'to',
  'of',
  'end',
  ...SEASON_ENDS,
  ...DETERMINERS,
  // Not neighbours but kept the same way: TV talk ("this episode", "the writers").
  ...TALK_WORDS,
];

/**
 * Finds the mentions among `t`'s tokens. With a filtered token list (the
 * matcher keeps only the words it knows), neighbours count only when they are
 * neighbours in the text too.
 */
export function findEpisodeMentions(t: Tokens): EpisodeMention[] {
  const out: EpisodeMention[] = [];
  const index = t.index;
  const w = (i: number, d: number): string | undefined => {
    const k = i + d;
    if (k < 0 || k >= t.count) return undefined;
    return !index || (index[k] as number) - (index[i] as number) === d ? t.words[k] : undefined;
  };
  for (let i = 0; i < t.count; i++) {
    const word = t.words[i] as string;
    if (((t.flags[i] as number) & HAS_DIGIT) === 0 && !KEYWORDS.has(word)) continue;
    let m: RegExpExecArray | null;
    if ((m = /^s(\d{1,2})e(\d{1,3})$/.exec(word)) || (m = /^(\d{1,2})x(\d{2,3})$/.exec(word))) {
      out.push({ kind: 'episode', season: Number(m[1]), episode: Number(m[2]), first: i, last: i });
    } else if ((m = /^s(\d{1,2})$/.exec(word)) && /^e\d{1,3}$/.test(w(i, 1) ?? '')) {
      const e = Number((w(i, 1) as string).slice(1));
      out.push({ kind: 'episode', season: Number(m[1]), episode: e, first: i, last: i + 1 });
      i++;
    } else if ((m = /^ep(?:isode)?(\d{1,3})$/.exec(word))) {
      out.push({ kind: 'episode', season: null, episode: Number(m[1]), first: i, last: i });
    } else if (EPISODE_WORDS.has(word) && cardinal(w(i, 1)) !== null) {
      out.push({
        kind: 'episode',
        season: null,
        episode: cardinal(w(i, 1)),
        first: i,
        last: i + 1,
      });
      i++;
    } else if (EPISODE_WORDS.has(w(i, 1) ?? '') && ordinal(word) !== null) {
      out.push({ kind: 'episode', season: null, episode: ordinal(word), first: i, last: i + 1 });
      i++;
    } else if (UNIT_WORDS.has(w(i, 1) ?? '') && (ordinal(word) ?? 0) >= 2) {
      out.push({ kind: 'episode', season: null, episode: ordinal(word), first: i, last: i + 1 });
      i++;
    } else if (EPISODE_WORDS.has(word) || UNIT_WORDS.has(word)) {
      const last = lastOf(w, i);
      if (last) out.push(last);
    } else if (word === 'premiere') {
      out.push({ kind: 'episode', season: null, episode: 1, first: i, last: i });
    } else if (word === 'finale' && w(i, -1) !== 'midseason' && w(i, -1) !== 'mid') {
      const series = w(i, -1) === 'series' || w(i, -1) === 'show';
      out.push({
        kind: series ? 'series-finale' : 'finale',
        season: null,
        episode: null,
        first: i,
        last: i,
      });
    } else if (SEASON_WORDS.has(word) && cardinal(w(i, 1)) !== null) {
      out.push(seasonMention(w, i, cardinal(w(i, 1)) as number));
      i = (out[out.length - 1] as EpisodeMention).last;
    } else if (isEnding(w, i, word)) {
      out.push({ kind: 'ending', season: null, episode: null, first: i, last: i });
    }
  }
  for (const m of out) ofWhat(w, m);
  return out;
}

/** Words after "of" that keep a reference ours: "episode 8 of the show", "of this season". */
const OWN_NOUNS = new Set(['show', 'series', 'season', 'finale', 'episode', 'ep']);

/**
 * "<reference> of X": X a word the packs do not know ("of my", "of the Bear")
 * makes it another work's episode; a number ("of 10") or "of the show" keeps it
 * ours; any other known word is left to the caller (ofWord), who keeps it ours
 * only when it is a name of the show ("of Tiny Pretty Things", "of TPT").
 */
function ofWhat(w: (i: number, d: number) => string | undefined, m: EpisodeMention): void {
  if (w(m.last, 1) !== 'of') return;
  let at = m.last + 2;
  let x = w(m.last, 2);
  if (x !== undefined && OWN_NOUNS.has(x)) return;
  if (x !== undefined && DETERMINERS.includes(x)) {
    const y = w(m.last, 3);
    if (y !== undefined && OWN_NOUNS.has(y)) return;
    at++;
    x = y;
  }
  if (x === undefined) m.foreign = true;
  else if (!/^\d/.test(x)) m.ofWord = at;
}

/** "last scene", "last ten minutes", "the ending", "season ender", "end of the season". */
function isEnding(w: (i: number, d: number) => string | undefined, i: number, word: string) {
  const before = w(i, -1) ?? '';
  if (END_PARTS.has(word)) {
    // "the last scene", and "the last ten minutes", "the final 2 minutes".
    return LAST_WORDS.has(before) || (cardinal(before) !== null && LAST_WORDS.has(w(i, -2) ?? ''));
  }
  if (word === 'ending') return before === 'the' || before === 'season';
  if (SEASON_WORDS.has(word)) {
    if (SEASON_ENDS.has(w(i, 1) ?? '')) return true;
    return before === 'the' && w(i, -2) === 'of' && w(i, -3) === 'end';
  }
  return false;
}

/**
 * "final episode", "closing hour" (finale); "penultimate episode", "second to last
 * episode", "second-last ep" (penultimate). `i` is the episode or unit word.
 */
function lastOf(w: (i: number, d: number) => string | undefined, i: number): EpisodeMention | null {
  const before = w(i, -1);
  if (before === 'penultimate') {
    return { kind: 'penultimate', season: null, episode: null, first: i - 1, last: i };
  }
  if (!LAST_WORDS.has(before ?? '')) return null;
  if (before === 'last' && w(i, -2) === 'second') {
    return { kind: 'penultimate', season: null, episode: null, first: i - 2, last: i };
  }
  if (before === 'last' && w(i, -2) === 'to' && w(i, -3) === 'second') {
    return { kind: 'penultimate', season: null, episode: null, first: i - 3, last: i };
  }
  return { kind: 'finale', season: null, episode: null, first: i - 1, last: i };
}

/** "season 2", "season 2 episode 3", "season 2 finale", "season 2 premiere". */
function seasonMention(
  w: (i: number, d: number) => string | undefined,
  i: number,
  season: number,
): EpisodeMention {
  const next = w(i, 2);
  if (next === 'finale') return { kind: 'finale', season, episode: null, first: i, last: i + 2 };
  if (next === 'premiere') return { kind: 'episode', season, episode: 1, first: i, last: i + 2 };
  if (EPISODE_WORDS.has(next ?? '') && cardinal(w(i, 3)) !== null) {
    return { kind: 'episode', season, episode: cardinal(w(i, 3)), first: i, last: i + 3 };
  }
  return { kind: 'season', season, episode: null, first: i, last: i + 1 };
}
