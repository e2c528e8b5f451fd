import type { Metrics, Miss, Rate, Scores } from './metrics';

/** Plain-text report of one evaluated set, for scripts/eval.ts. */

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const rate = (r: Rate) => `${pct(r.rate)} (${r.hidden}/${r.total})`;
const prf = (s: Scores) =>
  `P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}  (tp ${s.tp} fp ${s.fp} fn ${s.fn} tn ${s.tn})`;

function shorten(text: string, max = 110): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

function missLines(title: string, list: readonly Miss[], limit: number): string[] {
  const lines = [
    `${title} (${list.length} passages${list.length > limit ? `, first ${limit}` : ''}):`,
  ];
  for (const m of list.slice(0, limit)) {
    const ep = m.passage.episode === null ? 'none' : `E${m.passage.episode}`;
    lines.push(
      `  ${m.passage.id} [${m.passage.style}, ${ep}, at w=${m.watched.join(',')}] ${shorten(m.passage.text)}`,
    );
    if (m.facts.length > 0) lines.push(`      fired: ${m.facts.join(', ')}`);
  }
  return lines;
}

export function formatReport(name: string, passages: number, m: Metrics, limit = 15): string {
  const lines = [
    `== ${name}: ${passages} passages, ${m.overall.tp + m.overall.fp + m.overall.fn + m.overall.tn} (passage, episode reached) pairs`,
    `overall             ${prf(m.overall)}`,
    `false hides, harmless passages        ${rate(m.harmlessFalseHide)}`,
    `false hides, spoilers already watched ${rate(m.watchedFalseHide)}`,
    'recall per spoiler episode:',
    ...[...m.perEpisodeRecall].map(([e, r]) => `  E${String(e).padEnd(3)} ${rate(r)}`),
    'per style:',
    ...[...m.perStyle].map(([style, s]) => `  ${style.padEnd(8)} ${prf(s)}`),
    ...missLines('missed spoilers', m.misses, limit),
    ...missLines('false hides', m.falseHides, limit),
  ];
  return lines.join('\n');
}
