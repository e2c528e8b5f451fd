import { formatEpisode } from '../core/episode';
import type { Decision, FactHit } from '../core/match/types';

export interface FileReport {
  file: string;
  passages: { line?: number; text: string; decision: Decision }[];
  htmlOut?: string;
}

const excerpt = (text: string, max = 100) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

function describeHit(hit: FactHit): string {
  const words = hit.matches.map((m) =>
    m.found.toLowerCase() === m.term.toLowerCase() ? m.found : `${m.found}≈${m.term}`,
  );
  return `${formatEpisode(hit)} ${hit.factId} ("${hit.label}") via ${hit.via}: ${words.join(', ')}`;
}

/** Human-readable: what was hidden, for which episode, and why (the explanation). */
export function formatReport(report: FileReport): string {
  const hidden = report.passages.filter((p) => p.decision.hidden);
  const lines = [`${report.file}: ${hidden.length} of ${report.passages.length} passages hidden`];
  for (const p of hidden) {
    const where = p.line ? `line ${p.line}` : 'passage';
    const episode = p.decision.episode ? formatEpisode(p.decision.episode) : '?';
    lines.push(
      `  ${where}: hidden, spoils ${p.decision.showTitle} ${episode}: "${excerpt(p.text)}"`,
    );
    for (const hit of p.decision.hits) lines.push(`    ${describeHit(hit)}`);
  }
  if (report.htmlOut) lines.push(`  wrote ${report.htmlOut}`);
  return lines.join('\n');
}

export function reportJson(report: FileReport) {
  return {
    file: report.file,
    hidden: report.passages.filter((p) => p.decision.hidden).length,
    passages: report.passages.map((p) => ({
      line: p.line ?? null,
      text: p.text,
      hidden: p.decision.hidden,
      episode: p.decision.episode ? formatEpisode(p.decision.episode) : null,
      facts: p.decision.hits.map((h) => ({
        id: h.factId,
        label: h.label,
        episode: formatEpisode(h),
        via: h.via,
        matches: h.matches,
      })),
    })),
    ...(report.htmlOut ? { htmlOut: report.htmlOut } : {}),
  };
}
