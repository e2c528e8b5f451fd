import { describe, expect, it } from 'vitest';
import { parsePassages } from '../../scripts/eval-lib';
import { computeMetrics, hideRate, scores } from '../../src/core/eval/metrics';
import { formatReport } from '../../src/core/eval/report';
import { runEvaluation } from '../../src/core/eval/run';
import { expectedHidden, type Outcome, type Passage } from '../../src/core/eval/types';
import type { Decision, Matcher } from '../../src/core/match/types';

const passage = (
  id: string,
  episode: number | null,
  style: Passage['style'] = 'tweet',
): Passage => ({
  id,
  text: `text of ${id}`,
  episode,
  kind: episode === null ? 'harmless' : 'spoiler',
  style,
  note: 'test',
});

const outcome = (p: Passage, watched: number, hidden: boolean): Outcome => ({
  passage: p,
  watched,
  expected: expectedHidden(p.episode, watched),
  hidden,
  facts: hidden ? ['some-fact@E9'] : [],
});

describe('expectedHidden', () => {
  it('hides a spoiler only before its episode is watched', () => {
    expect(expectedHidden(8, 0)).toBe(true);
    expect(expectedHidden(8, 7)).toBe(true);
    expect(expectedHidden(8, 8)).toBe(false);
    expect(expectedHidden(8, 10)).toBe(false);
    expect(expectedHidden(null, 0)).toBe(false);
  });
});

describe('scores', () => {
  it('counts pairs and computes precision, recall and F1 by hand', () => {
    const s = passage('s', 3);
    const h = passage('h', null);
    // s at w=0,1,2 should hide: hidden twice (tp 2), missed once (fn 1).
    // s at w=3 should not hide: hidden (fp 1). h at w=0: hidden (fp 1); at w=1: not (tn 1).
    const result = scores([
      outcome(s, 0, true),
      outcome(s, 1, true),
      outcome(s, 2, false),
      outcome(s, 3, true),
      outcome(h, 0, true),
      outcome(h, 1, false),
    ]);
    expect(result).toMatchObject({ tp: 2, fp: 2, fn: 1, tn: 1 });
    expect(result.precision).toBeCloseTo(0.5); // 2 / (2 + 2)
    expect(result.recall).toBeCloseTo(2 / 3); // 2 / (2 + 1)
    expect(result.f1).toBeCloseTo(4 / 7); // 2 * 0.5 * 2/3 / (0.5 + 2/3)
  });

  it('gives a silent engine F1 0, not NaN, and an empty set vacuous 1s', () => {
    const s = passage('s', 2);
    expect(scores([outcome(s, 0, false), outcome(s, 1, false)])).toMatchObject({
      precision: 1,
      recall: 0,
      f1: 0,
    });
    expect(scores([])).toMatchObject({ precision: 1, recall: 1, f1: 1 });
  });
});

describe('hideRate', () => {
  it('is hidden over total, and 0 over nothing', () => {
    const h = passage('h', null);
    expect(
      hideRate([
        outcome(h, 0, true),
        outcome(h, 1, false),
        outcome(h, 2, false),
        outcome(h, 3, false),
      ]),
    ).toEqual({
      hidden: 1,
      total: 4,
      rate: 0.25,
    });
    expect(hideRate([])).toEqual({ hidden: 0, total: 0, rate: 0 });
  });
});

describe('computeMetrics', () => {
  const a = passage('a', 2, 'reddit'); // should hide at w=0,1
  const b = passage('b', 1, 'tweet'); // should hide at w=0
  const h = passage('h', null, 'tweet'); // never
  const outcomes: Outcome[] = [];
  for (let w = 0; w <= 2; w++) {
    outcomes.push(outcome(a, w, w === 0 || w === 2)); // hit at 0, missed at 1, wrongly hidden at 2
    outcomes.push(outcome(b, w, w <= 1)); // hit at 0, wrongly hidden at 1
    outcomes.push(outcome(h, w, w === 2)); // wrongly hidden at 2
  }
  const m = computeMetrics(outcomes);

  it('splits false hides into harmless and already-watched', () => {
    expect(m.harmlessFalseHide).toEqual({ hidden: 1, total: 3, rate: 1 / 3 });
    // already watched: a at w=2 (hidden), b at w=1 (hidden), b at w=2 (not) -> 2 of 3
    expect(m.watchedFalseHide).toEqual({ hidden: 2, total: 3, rate: 2 / 3 });
  });

  it('gives recall per spoiler episode in episode order', () => {
    expect([...m.perEpisodeRecall.keys()]).toEqual([1, 2]);
    expect(m.perEpisodeRecall.get(1)).toEqual({ hidden: 1, total: 1, rate: 1 });
    expect(m.perEpisodeRecall.get(2)).toEqual({ hidden: 1, total: 2, rate: 0.5 });
  });

  it('scores each style on its own pairs', () => {
    // reddit: a -> tp 1 (w0), fn 1 (w1), fp 1 (w2)
    expect(m.perStyle.get('reddit')).toMatchObject({ tp: 1, fn: 1, fp: 1, tn: 0 });
    // tweet: b -> tp 1, fp 1, tn 1; h -> tn 2, fp 1
    expect(m.perStyle.get('tweet')).toMatchObject({ tp: 1, fn: 0, fp: 2, tn: 3 });
  });

  it('lists misses and false hides per passage, worst first', () => {
    expect(m.misses.map((x) => [x.passage.id, x.watched, x.facts])).toEqual([['a', [1], []]]);
    expect(m.falseHides.map((x) => [x.passage.id, x.watched])).toEqual([
      ['a', [2]],
      ['b', [1]],
      ['h', [2]],
    ]);
  });

  it('reports the figures in text', () => {
    const text = formatReport('set', 3, m);
    expect(text).toContain('false hides, harmless passages        33.3% (1/3)');
    expect(text).toContain('  a [reddit, E2, at w=1] text of a');
    expect(text).toContain('      fired: some-fact@E9');
  });
});

describe('runEvaluation', () => {
  it('compiles once per episode reached and feeds context before the passage', () => {
    const compiled: number[] = [];
    const seen: string[] = [];
    const decision = (hidden: boolean): Decision => ({
      hidden,
      hits: [],
      watchedHits: [],
      episode: null,
      showId: null,
      showTitle: null,
    });
    // A fake engine: hides while fewer than 2 episodes are watched and the page mentioned "ctx".
    const matcherFor = (w: number): Matcher => {
      compiled.push(w);
      return {
        newPage() {
          const observed: string[] = [];
          return {
            contextVersion: 0,
            observe: (t) => {
              observed.push(t);
              seen.push(t);
            },
            evaluate: () => decision(w < 2 && observed.includes('ctx')),
          };
        },
        evaluateDocument: () => decision(false),
      };
    };
    const withContext = { ...passage('x', 2), context: 'ctx' };
    const out = runEvaluation([withContext, passage('y', 2)], matcherFor, 3);
    expect(compiled).toEqual([0, 1, 2, 3]);
    expect(seen.slice(0, 3)).toEqual(['ctx', 'text of x', 'text of y']);
    expect(out.filter((o) => o.hidden).map((o) => `${o.passage.id}@${o.watched}`)).toEqual([
      'x@0',
      'x@1',
    ]);
    expect(out).toHaveLength(8);
  });
});

describe('parsePassages (the corpus loader)', () => {
  const good = {
    id: 'c001',
    text: 'ep 8 when they pull the plug',
    episode: 8,
    kind: 'spoiler',
    style: 'chat',
    note: 'life support',
  };
  const lines = (...objs: object[]) => objs.map((o) => JSON.stringify(o)).join('\n');

  it('reads one passage a line and skips blank lines', () => {
    const harmless = { ...good, id: 'c002', episode: null, kind: 'harmless', context: 'r/Baking' };
    const out = parsePassages(`${lines(good)}\n\n${lines(harmless)}\n`, 'corpus.jsonl');
    expect(out.map((p) => p.id)).toEqual(['c001', 'c002']);
    expect(out[1]?.context).toBe('r/Baking');
  });

  it.each([
    [{ ...good, episode: 11 }, 'corpus.jsonl:2: episode: expected 1..10 or null'],
    [{ ...good, episode: '8' }, 'corpus.jsonl:2: episode: expected 1..10 or null'],
    [{ ...good, kind: 'harmless' }, 'corpus.jsonl:2: episode: a harmless passage has episode null'],
    [{ ...good, episode: null }, 'corpus.jsonl:2: episode: a spoiler needs an episode'],
    [{ ...good, style: 'blog' }, 'corpus.jsonl:2: style: expected one of article|reddit'],
    [{ ...good, text: ' ' }, 'corpus.jsonl:2: text: expected a non-empty string'],
    [{ ...good, epsiode: 3 }, 'corpus.jsonl:2: epsiode: unknown field'],
    [{ ...good, id: 'c000' }, 'corpus.jsonl:2: id: "c000" is already used on line 1'],
  ])('rejects %j with a message naming line and field', (bad, message) => {
    const first = { ...good, id: 'c000' };
    expect(() => parsePassages(lines(first, bad), 'corpus.jsonl')).toThrow(message);
  });

  it('rejects a line that is not JSON', () => {
    expect(() => parsePassages('{"id": ', 'heldout.jsonl')).toThrow(
      /^heldout\.jsonl:1: not valid JSON/,
    );
  });
});
