import type { Pack } from '../pack/schema';
import { COMMON_WORDS } from '../text/common-words';

/** Name particles that never stand for a person on their own. */
const PARTICLES = new Set([
  'de',
  'da',
  'del',
  'van',
  'von',
  'der',
  'le',
  'la',
  'di',
  'du',
  'mc',
  'st',
]);

/**
 * Every way a page may name each character or entity, keyed by "@id":
 * character name, nicknames, misspellings, actor; for a full name also the
 * first and the last name alone (people write "Cassie", "Ayers"), unless the
 * part is a particle, shorter than 3 letters or an everyday word that would
 * fire on any page ("Rose" stays only as a capitalised full-name part; see
 * TermTable's capMask). Entities: name and aliases.
 */
export function nameAlternatives(pack: Pack): Map<string, { texts: string[]; character: number }> {
  const out = new Map<string, { texts: string[]; character: number }>();
  const shared = sharedParts(pack);
  pack.characters.forEach((c, index) => {
    const texts = [c.name, ...c.nicknames, ...c.misspellings];
    if (c.actor) texts.push(c.actor);
    const parts = c.name.split(/\s+/).filter(Boolean);
    if (parts.length > 1) {
      for (const part of [parts[0] as string, parts[parts.length - 1] as string]) {
        const p = part.toLowerCase();
        if (p.length >= 3 && !PARTICLES.has(p) && !shared.has(p)) texts.push(part);
      }
    }
    out.set(`@${c.id}`, { texts: unique(texts), character: index });
  });
  for (const e of pack.entities) {
    out.set(`@${e.id}`, { texts: unique([e.name, ...e.aliases]), character: -1 });
  }
  return out;
}

/**
 * First or last names that two characters share: a family name ("Whitlaw" is
 * Bette's and Delia's) alone says neither, so "Bette Whitlaw" must not also
 * read as Delia. The full names still count.
 */
function sharedParts(pack: Pack): Set<string> {
  const seen = new Map<string, number>();
  pack.characters.forEach((c, index) => {
    const parts = c.name.split(/\s+/).filter(Boolean);
    if (parts.length < 2) return;
    for (const part of new Set([parts[0], parts[parts.length - 1]])) {
      const p = (part as string).toLowerCase();
      const before = seen.get(p);
      seen.set(p, before === undefined || before === index ? index : -1);
    }
  });
  return new Set([...seen].filter(([, who]) => who === -1).map(([p]) => p));
}

function unique(texts: string[]): string[] {
  return [...new Set(texts)];
}

/** A lone everyday word as a first/last name needs a capital: exported for tests and docs. */
export function isEverydayName(part: string): boolean {
  return COMMON_WORDS.has(part.toLowerCase());
}
