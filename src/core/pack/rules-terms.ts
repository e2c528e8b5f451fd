import type { PathKey } from './issue-text';
import { didYouMean, letterCount, list, nonBlank, record } from './raw';
import type { Report } from './rules-episodes';
import type { RefIndex } from './rules-ids';

const MIN_LETTERS = 3;

/**
 * Term rules. Words under three letters ("ep", "CJ") match all over ordinary
 * pages, so they need an explicit opt-in through `allowShortTerms`. A term
 * "@id", or an "@id" word in a phrase, must name a character or entity of the pack.
 */
export function checkTerms(pack: unknown, refs: RefIndex, report: Report): void {
  const raw = record(pack);
  const allowed = new Set(
    list(raw.allowShortTerms).flatMap((term) => nonBlank(term)?.toLowerCase() ?? []),
  );
  const checkLength = (keys: PathKey[], value: unknown) => {
    const term = nonBlank(value);
    if (term === undefined) return;
    // allowShortTerms cannot help here: the matcher has nothing to look for.
    if (letterCount(term) === 0) return report(keys, `term "${term}" has no letters or digits`);
    if (allowed.has(term.toLowerCase())) return;
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
        if (term?.startsWith('@')) checkRef(keys, term, refs, report);
        else checkLength(keys, value);
      });
    });
    list(fact.phrases).forEach((value, p) => {
      const keys: PathKey[] = ['facts', f, 'phrases', p];
      checkLength(keys, value);
      // "@delia pushed @cassie's sister": each "@id" word stands for that one's names.
      for (const word of nonBlank(value)?.split(/\s+/) ?? []) {
        if (!word.startsWith('@')) continue;
        checkRef(keys, /^@[a-z0-9-]+/.exec(word)?.[0] ?? word, refs, report);
      }
    });
  });
}

function checkRef(keys: PathKey[], term: string, refs: RefIndex, report: Report): void {
  if (refs.ids.has(term.slice(1)) || !refs.complete) return;
  const hint = didYouMean(
    term,
    [...refs.ids].map((id) => `@${id}`),
  );
  report(keys, `unknown character or entity "${term}"${hint}`);
}
