import { isCommonTerm } from './common-words';
import type { PathKey } from './issue-text';
import { didYouMean, list, nonBlank, type Raw, record } from './raw';
import type { Report } from './rules-episodes';
import {
  CharacterSchema,
  EntitySchema,
  EpisodeSchema,
  FactSchema,
  PackSchema,
  SeasonSchema,
} from './schema';

/**
 * Things that are allowed but probably not meant: a property the format does
 * not know (usually a typo, silently ignored otherwise), and a "self" fact made
 * only of everyday words, which would hide ordinary sentences anywhere.
 */
export function checkWarnings(pack: unknown, warn: Report): void {
  const raw = record(pack);
  unknownKeys([], raw, Object.keys(PackSchema.entries), warn);
  list(raw.seasons).forEach((season, s) => {
    unknownKeys(['seasons', s], record(season), Object.keys(SeasonSchema.entries), warn);
    list(record(season).episodes).forEach((episode, e) => {
      const keys = ['seasons', s, 'episodes', e];
      unknownKeys(keys, record(episode), Object.keys(EpisodeSchema.entries), warn);
    });
  });
  const known = Object.keys(CharacterSchema.entries);
  list(raw.characters).forEach((item, i) =>
    unknownKeys(['characters', i], record(item), known, warn),
  );
  const entityKeys = Object.keys(EntitySchema.entries);
  list(raw.entities).forEach((item, i) =>
    unknownKeys(['entities', i], record(item), entityKeys, warn),
  );
  const factKeys = Object.keys(FactSchema.entries);
  list(raw.facts).forEach((item, f) => {
    const fact = record(item);
    unknownKeys(['facts', f], fact, factKeys, warn);
    if (fact.context === 'self' && onlyCommonWords(fact.all)) {
      warn(
        ['facts', f],
        'every term is a common word; set context to "show" so it only counts on pages about the show',
      );
    }
  });
}

function unknownKeys(keys: PathKey[], value: Raw, known: string[], warn: Report): void {
  for (const key of Object.keys(value)) {
    if (!known.includes(key))
      warn([...keys, key], `unknown property, ignored${didYouMean(key, known)}`);
  }
}

function onlyCommonWords(all: unknown): boolean {
  const groups = list(all);
  return (
    groups.length > 0 &&
    groups.every((group) => {
      const terms = list(group).flatMap((term) => nonBlank(term) ?? []);
      return terms.length > 0 && terms.every((term) => !term.startsWith('@') && isCommonTerm(term));
    })
  );
}
