import { list, nonBlank, record } from './raw';
import type { Report } from './rules-episodes';

/**
 * The "@id" namespace. `complete` is false when some character or entity is
 * unreadable: "@x is unknown" cannot be said then, x may be the broken one.
 */
export interface RefIndex {
  ids: Set<string>;
  complete: boolean;
}

function checkUnique(
  arrays: { name: string; value: unknown }[],
  report: Report,
  seen = new Map<string, string>(),
): RefIndex {
  let complete = true;
  for (const { name, value } of arrays) {
    if (value !== undefined && !Array.isArray(value)) complete = false;
    list(value).forEach((item, i) => {
      const id = nonBlank(record(item).id);
      if (id === undefined) {
        complete = false;
        return;
      }
      const first = seen.get(id);
      if (first !== undefined) report([name, i, 'id'], `duplicate id "${id}" (also ${first})`);
      else seen.set(id, `${name}[${i}]`);
    });
  }
  return { ids: new Set(seen.keys()), complete };
}

/**
 * Fact ids are unique among facts. Characters and entities share one namespace
 * because a term "@id" must name exactly one of them. Returns that namespace.
 */
export function checkIds(pack: unknown, report: Report): RefIndex {
  const raw = record(pack);
  checkUnique([{ name: 'facts', value: raw.facts }], report);
  return checkUnique(
    [
      { name: 'characters', value: raw.characters },
      { name: 'entities', value: raw.entities },
    ],
    report,
  );
}
