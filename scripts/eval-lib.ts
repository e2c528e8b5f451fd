/**
 * Loading, validating and evaluating the labelled corpus (tests/fixtures/*.jsonl).
 * Shared by scripts/eval.ts and tests/unit/quality.test.ts, so the test measures
 * exactly what the script prints.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { computeMetrics, type Metrics } from '../src/core/eval/metrics';
import { runEvaluation } from '../src/core/eval/run';
import { type Passage, STYLES, type Style } from '../src/core/eval/types';
import type { CompileMatcher, MatcherOptions } from '../src/core/match/types';
import type { Pack } from '../src/core/pack/schema';

export const SHOW_ID = 'tiny-pretty-things';
export const LAST_EPISODE = 10;

const FIELDS = new Set(['id', 'text', 'episode', 'context', 'kind', 'style', 'note']);

/** One field's problem, e.g. "episode: expected 1..10 or null". */
function check(obj: Record<string, unknown>, lastEpisode: number): string | null {
  for (const key of Object.keys(obj)) if (!FIELDS.has(key)) return `${key}: unknown field`;
  const nonEmpty = (v: unknown) => typeof v === 'string' && v.trim().length > 0;
  if (!nonEmpty(obj.id)) return 'id: expected a non-empty string';
  if (!nonEmpty(obj.text)) return 'text: expected a non-empty string';
  const ep = obj.episode;
  if (
    !(ep === null || (Number.isInteger(ep) && (ep as number) >= 1 && (ep as number) <= lastEpisode))
  )
    return `episode: expected 1..${lastEpisode} or null`;
  if (obj.context !== undefined && !nonEmpty(obj.context))
    return 'context: expected a non-empty string when present';
  if (obj.kind !== 'spoiler' && obj.kind !== 'harmless')
    return 'kind: expected "spoiler" or "harmless"';
  // The label is the episode; kind only says it in words. They must agree.
  if (obj.kind === 'spoiler' && ep === null) return 'episode: a spoiler needs an episode';
  if (obj.kind === 'harmless' && ep !== null) return 'episode: a harmless passage has episode null';
  if (!STYLES.includes(obj.style as Style)) return `style: expected one of ${STYLES.join('|')}`;
  if (!nonEmpty(obj.note)) return 'note: expected a non-empty string';
  return null;
}

/** Parses JSON Lines; throws `<file>:<line>: <field>: <problem>` on the first bad line. */
export function parsePassages(source: string, file: string, lastEpisode = LAST_EPISODE): Passage[] {
  const passages: Passage[] = [];
  const seen = new Map<string, number>();
  source.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    const fail = (msg: string) => new Error(`${file}:${line}: ${msg}`);
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (err) {
      throw fail(`not valid JSON (${(err as Error).message})`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      throw fail('expected a JSON object');
    const obj = value as Record<string, unknown>;
    const problem = check(obj, lastEpisode);
    if (problem) throw fail(problem);
    const id = obj.id as string;
    const first = seen.get(id);
    if (first !== undefined) throw fail(`id: "${id}" is already used on line ${first}`);
    seen.set(id, line);
    passages.push(obj as unknown as Passage);
  });
  return passages;
}

export function loadPassages(path: string): Passage[] {
  let source: string;
  try {
    source = readFileSync(path, 'utf8');
  } catch (err) {
    throw new Error(`${path}: cannot read (${(err as Error).message})`);
  }
  return parsePassages(source, basename(path));
}

export function findShowPack(packs: readonly Pack[]): Pack {
  const pack = packs.find((p) => p.id === SHOW_ID);
  if (!pack) throw new Error(`built-in pack "${SHOW_ID}" not found`);
  return pack;
}

/**
 * Compiles the pack at every episode reached and measures the passages. The
 * engine is passed in so loading and validation work without it.
 */
export function evaluatePassages(
  passages: readonly Passage[],
  compileMatcher: CompileMatcher,
  pack: Pack,
  options?: MatcherOptions,
): Metrics {
  const outcomes = runEvaluation(
    passages,
    (w) => compileMatcher([{ pack, watched: { season: 1, episode: w } }], options),
    LAST_EPISODE,
  );
  return computeMetrics(outcomes);
}
