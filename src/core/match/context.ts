import type { Occurrence } from './analyse';
import type { Compiled } from './compiled';

/** What a text says about one show: a strong name seen (title, full name), which characters named. */
export interface ShowContext {
  strong: boolean;
  characters: Set<number>;
}

export function emptyContexts(c: Compiled): ShowContext[] {
  return c.shows.map(() => ({ strong: false, characters: new Set<number>() }));
}

/** Adds the title and character mentions among `occurrences` to `into`; true if anything was new. */
export function addContext(c: Compiled, occurrences: Occurrence[], into: ShowContext[]): boolean {
  let grew = false;
  c.shows.forEach((show, s) => {
    const ctx = into[s] as ShowContext;
    for (const o of occurrences) {
      // A lowercase near-miss ("share" for "Shane") is no evidence of the show:
      // a typo counts for context only when it is written like a name.
      if (o.distance > 0 && !o.capitalized) continue;
      if (!ctx.strong && show.strongTerms.has(o.term)) {
        ctx.strong = true;
        grew = true;
      }
      const character = show.characterOf.get(o.term);
      if (character !== undefined && !ctx.characters.has(character)) {
        ctx.characters.add(character);
        grew = true;
      }
    }
  });
  return grew;
}

/** Merges one passage's context into the page's; true if anything was new. */
export function mergeContext(from: ShowContext[], into: ShowContext[]): boolean {
  let grew = false;
  from.forEach((f, s) => {
    const ctx = into[s];
    if (!ctx) return;
    if (f.strong && !ctx.strong) grew = ctx.strong = true;
    for (const ch of f.characters) {
      if (!ctx.characters.has(ch)) {
        ctx.characters.add(ch);
        grew = true;
      }
    }
  });
  return grew;
}

/**
 * A page is about a show when its title (alias, hashtag) or a character's full
 * name or actor appears ("Cassie Shore", "Anna Maiche"), or enough
 * distinct characters of it are named (Tuning.showCharacters): one stray
 * "Delia" or "Bette" is not enough on a balanced setting, two of the same cast are.
 */
export function isAbout(c: Compiled, page: ShowContext, passage?: ShowContext): boolean {
  if (page.strong || passage?.strong) return true;
  const need = c.tuning.showCharacters;
  if (page.characters.size >= need) return true;
  if (!passage) return false;
  let n = page.characters.size;
  for (const ch of passage.characters) if (!page.characters.has(ch) && ++n >= need) return true;
  return false;
}
