import type { Tokens } from '../text/tokenize';

/**
 * Words of people talking about a TV show, any show: "this episode wrecked me",
 * "the writers hate her", "s1e8", "the finale", "Netflix", "what a twist".
 * A passage that gives away every group of a fact AND talks like this is about
 * a show even when it names no one ("her parents took her off the ventilator and
 * she kept breathing. episode 8"), where the same words in a hospital story
 * ("my grandma came off life support") are not. Exact words, inflections listed:
 * a stem would let "final", "twisted" and "seasoned" in.
 */
const TALK = new Set(
  (
    'netflix episode episodes ep eps season seasons finale premiere scene scenes writers ' +
    'writer showrunner showrunners plot twist twists cliffhanger storyline storylines ' +
    'character characters rewatch rewatching rewatched binge binged binging bingeing ' +
    'spoiler spoilers onscreen'
  ).split(' '),
);

/** "the show", "this show", "that show": the noun, not the verb ("show up"). */
const SHOW_AFTER = new Set(['the', 'this', 'that', 'tv']);

/**
 * Words the matcher must keep (look up and remember) for talk to be seen: the
 * talk words themselves and the determiners before "show".
 */
export const TALK_WORDS: readonly string[] = [...TALK, 'show', 'shows', ...SHOW_AFTER];

/**
 * True when the passage's kept tokens talk about a TV show. Words inside a
 * reference to another work ("episode 8 of Grey's") talk about that one.
 */
export function talksAboutTv(
  t: Tokens,
  skip: readonly { first: number; last: number }[] = [],
): boolean {
  const index = t.index;
  for (let k = 0; k < t.count; k++) {
    if (skip.some((m) => k >= m.first && k <= m.last + 1)) continue;
    const w = t.words[k] as string;
    if (TALK.has(w)) return true;
    if ((w === 'show' || w === 'shows') && k > 0 && SHOW_AFTER.has(t.words[k - 1] as string)) {
      // Neighbours in the text, not only among the kept tokens.
      if (!index || (index[k] as number) - (index[k - 1] as number) === 1) return true;
    }
  }
  return false;
}
