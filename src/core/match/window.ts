import type { Occurrence } from './analyse';

/**
 * Whether every group has an occurrence close to the others: all in one
 * sentence, or all within `window` tokens (chat text often has no sentence
 * punctuation, or splits one thought over two lines). Returns the chosen
 * occurrence index per group, or null.
 */
export function coOccur(perGroup: number[][], occ: Occurrence[], window: number): number[] | null {
  const k = perGroup.length;
  const entries: { g: number; o: number; first: number; last: number; sentence: number }[] = [];
  perGroup.forEach((list, g) => {
    for (const o of list) {
      const oc = occ[o] as Occurrence;
      entries.push({ g, o, first: oc.first, last: oc.last, sentence: oc.sentence });
    }
  });
  entries.sort((a, b) => a.first - b.first);
  // Same sentence.
  const bySentence = new Map<number, number[]>();
  for (const e of entries) {
    let chosen = bySentence.get(e.sentence);
    if (!chosen) bySentence.set(e.sentence, (chosen = new Array<number>(k).fill(-1)));
    if (chosen[e.g] === -1) chosen[e.g] = e.o;
    if (chosen.every((x) => x >= 0)) return chosen;
  }
  // Token window across a sentence break.
  for (let i = 0; i < entries.length; i++) {
    const start = (entries[i] as { first: number }).first;
    const chosen = new Array<number>(k).fill(-1);
    for (let j = i; j < entries.length; j++) {
      const e = entries[j] as { g: number; o: number; first: number; last: number };
      if (e.first - start > window) break;
      if (e.last - start > window) continue;
      if (chosen[e.g] === -1) chosen[e.g] = e.o;
      if (chosen.every((x) => x >= 0)) return chosen;
    }
  }
  return null;
}
