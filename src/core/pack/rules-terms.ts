import type { PathKey } from './issue-text';
import { didYouMean, letterCount, list, nonBlank, record } from './raw';
import type { Report } from './rules-episodes';

const MIN_LETTERS = 3;

/**
 * Term rules. Words under three letters ("ep", "CJ") match all over ordinary
 * pages, so they need an explicit opt-in through `allowShortTerms`. A term
 * "@id" must name a character or entity of the pack.
 */
export function checkTerms(pack: unknown, refIds: Set<string>, report: Report): void {
  const raw = record(pack);
  const allowed = new Set(
    list(raw.allowShortTerms).flatMap((term) => nonBlank(term)?.toLowerCase() ?? []),
  );
  const checkLength = (keys: PathKey[], value: unknown) => {
    const term = nonBlank(value);
    if (term === undefined || allowed.has(term.toLowerCase())) return;
    if (letterCount(term) < MIN_LETTERS) {
      report(
        keys,
        `term "${term}" is shorter than ${MIN_LETTERS} letters (add it to allowShortTerms to allow it)`,
      );
    }
  };
  const checkAll = (keys: PathKey[], values: unknown) => {
    list(values).forEach((value, i) => checkLength([...keys, i], value));
  };

  checkAll(['aliases'], raw.aliases);
  list(raw.characters).forEach((item, i) => {
    const character = record(item);
    checkLength(['characters', i, 'name'], character.name);
    checkAll(['characters', i, 'nicknames'], character.nicknames);
    checkAll(['characters', i, 'misspellings'], character.misspellings);
    checkLength(['characters', i, 'actor'], character.actor);
  });
  list(raw.entities).forEach((item, i) => {
    const entity = record(item);
    checkLength(['entities', i, 'name'], entity.name);
    checkAll(['entities', i, 'aliases'], entity.aliases);
  });
  list(raw.facts).forEach((item, f) => {
    const fact = record(item);
    list(fact.all).forEach((group, g) => {
      list(group).forEach((value, t) => {
        const keys: PathKey[] = ['facts', f, 'all', g, t];
        const term = nonBlank(value);
        if (term?.startsWith('@')) checkRef(keys, term, refIds, report);
        else checkLength(keys, value);
      });
    });
    checkAll(['facts', f, 'phrases'], fact.phrases);
  });
}

function checkRef(keys: PathKey[], term: string, refIds: Set<string>, report: Report): void {
  if (refIds.has(term.slice(1))) return;
  const hint = didYouMean(
    term,
    [...refIds].map((id) => `@${id}`),
  );
  report(keys, `unknown character or entity "${term}"${hint}`);
}
