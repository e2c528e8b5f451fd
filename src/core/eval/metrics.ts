import type { Outcome, Passage } from './types';

/**
 * The arithmetic of the evaluation, over (passage, episode reached) pairs.
 * Positive = "should be hidden". Conventions for empty denominators, chosen so a
 * silent engine scores F1 0 rather than NaN: precision is 1 when nothing was
 * hidden (no wrong hide was made), recall is 1 when nothing had to be hidden,
 * F1 is 0 when precision + recall is 0, a rate over no pairs is 0.
 */

export interface Scores {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Rate {
  hidden: number;
  total: number;
  rate: number;
}

/** A passage the engine got wrong, with the episodes reached at which it did. */
export interface Miss {
  passage: Passage;
  watched: number[];
  /** Facts that fired at those points (empty for a missed spoiler). */
  facts: string[];
}

export interface Metrics {
  overall: Scores;
  /** Harmless passages hidden, over all their pairs. */
  harmlessFalseHide: Rate;
  /** Spoilers hidden although the user already watched their episode (w >= episode). */
  watchedFalseHide: Rate;
  /** Per spoiler episode: pairs hidden over pairs that had to be hidden. */
  perEpisodeRecall: Map<number, Rate>;
  perStyle: Map<string, Scores>;
  /** Should have hidden, did not; most missed pairs first. */
  misses: Miss[];
  /** Hid what it should not have; most wrong pairs first. */
  falseHides: Miss[];
}

export function scores(outcomes: readonly Outcome[]): Scores {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (const o of outcomes) {
    if (o.expected && o.hidden) tp++;
    else if (o.expected) fn++;
    else if (o.hidden) fp++;
    else tn++;
  }
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, tn, precision, recall, f1 };
}

export function hideRate(outcomes: readonly Outcome[]): Rate {
  const hidden = outcomes.filter((o) => o.hidden).length;
  const total = outcomes.length;
  return { hidden, total, rate: total === 0 ? 0 : hidden / total };
}

function groupBy<K>(outcomes: readonly Outcome[], key: (o: Outcome) => K): Map<K, Outcome[]> {
  const groups = new Map<K, Outcome[]>();
  for (const o of outcomes) {
    const k = key(o);
    const list = groups.get(k);
    if (list) list.push(o);
    else groups.set(k, [o]);
  }
  return groups;
}

function wrongPassages(outcomes: readonly Outcome[], wrong: (o: Outcome) => boolean): Miss[] {
  const byPassage = groupBy(outcomes.filter(wrong), (o) => o.passage);
  return [...byPassage.entries()]
    .map(([passage, list]) => ({
      passage,
      watched: list.map((o) => o.watched),
      facts: [...new Set(list.flatMap((o) => o.facts))],
    }))
    .sort(
      (a, b) => b.watched.length - a.watched.length || a.passage.id.localeCompare(b.passage.id),
    );
}

export function computeMetrics(outcomes: readonly Outcome[]): Metrics {
  const spoilerOf = (o: Outcome) => o.passage.episode;
  const perEpisode = groupBy(
    outcomes.filter((o) => o.expected),
    (o) => spoilerOf(o) as number,
  );
  const perEpisodeRecall = new Map(
    [...perEpisode.entries()].sort((a, b) => a[0] - b[0]).map(([e, list]) => [e, hideRate(list)]),
  );
  const perStyle = new Map(
    [...groupBy(outcomes, (o) => o.passage.style).entries()]
      .sort((a, b) => a[0].localeCompare(b[0]))
      .map(([style, list]) => [style, scores(list)]),
  );
  return {
    overall: scores(outcomes),
    harmlessFalseHide: hideRate(outcomes.filter((o) => o.passage.kind === 'harmless')),
    watchedFalseHide: hideRate(
      outcomes.filter((o) => o.passage.episode !== null && o.watched >= o.passage.episode),
    ),
    perEpisodeRecall,
    perStyle,
    misses: wrongPassages(outcomes, (o) => o.expected && !o.hidden),
    falseHides: wrongPassages(outcomes, (o) => !o.expected && o.hidden),
  };
}
