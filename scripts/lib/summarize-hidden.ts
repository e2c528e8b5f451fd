import type { Page } from 'playwright-core';

export interface HiddenSummary {
  hidden: number;
  passages: number;
  /** "S1E1 ×2, S1E10 ×3", ordered by episode; empty when nothing is hidden. */
  byEpisode: string;
}

/** Reads the shield's DOM contract (data-spoiler-shield, data-spoiler-episode) off a page. */
export async function summarizeHidden(page: Page): Promise<HiddenSummary> {
  const { episodes, passages } = await page.evaluate(() => ({
    episodes: [...document.querySelectorAll('[data-spoiler-shield="hidden"]')].map(
      (el) => el.getAttribute('data-spoiler-episode') ?? '?',
    ),
    passages: document.querySelectorAll('article p, article li, article h2, article blockquote')
      .length,
  }));
  const counts = new Map<string, number>();
  for (const episode of episodes) counts.set(episode, (counts.get(episode) ?? 0) + 1);
  const order = (e: string) => {
    const m = /^S(\d+)E(\d+)$/.exec(e);
    return m ? Number(m[1]) * 1000 + Number(m[2]) : Number.MAX_SAFE_INTEGER;
  };
  const byEpisode = [...counts]
    .sort(([a], [b]) => order(a) - order(b))
    .map(([e, n]) => `${e} ×${n}`)
    .join(', ');
  return { hidden: episodes.length, passages, byEpisode };
}
