import type { Page } from 'playwright-core';

/** The median and the worst of some timings. */
export type Stat = { median: number; max: number };

export const stat = (xs: number[]): Stat => {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)] ?? Number.NaN, max: s.at(-1) ?? Number.NaN };
};

export const ms = (v: number) => `${v.toFixed(1)} ms`;

/** The durations of the page's User Timing measures named `name`, in order. */
export const durations = (page: Page, name: string) =>
  page.evaluate((n) => performance.getEntriesByName(n).map((e) => e.duration), name);
