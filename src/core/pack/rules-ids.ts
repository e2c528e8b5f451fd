import { list, nonBlank, record } from './raw';
import type { Report } from './rules-episodes';

function checkUnique(
  entries: { array: string; items: unknown[] }[],
  report: Report,
  seen = new Map<string, string>(),
): Set<string> {
  for (const { array, items } of entries) {
    items.forEach((item, i) => {
      const id = nonBlank(record(item).id);
      if (id === undefined) return;
      const first = seen.get(id);
      if (first !== undefined) report([array, i, 'id'], `duplicate id "${id}" (also ${first})`);
      else seen.set(id, `${array}[${i}]`);
    });
  }
  return new Set(seen.keys());
}

/**
 * Fact ids are unique among facts. Characters and entities share one namespace
 * because a term "@id" must name exactly one of them. Returns that namespace.
 */
export function checkIds(pack: unknown, report: Report): Set<string> {
  const raw = record(pack);
  checkUnique([{ array: 'facts', items: list(raw.facts) }], report);
  return checkUnique(
    [
      { array: 'characters', items: list(raw.characters) },
      { array: 'entities', items: list(raw.entities) },
    ],
    report,
  );
}
