/**
 * How far a difference of medians could move with other loads of the same kind: a percentile
 * bootstrap. Why: first paint is measured over 16 loads per variant, launches bias their own
 * loads by tens of ms, and a median difference printed alone read as more exact than it is
 * (runs minutes apart moved it by 30 ms).
 */
import { mulberry32 } from './page';

/** The median of `xs` as figures.ts stat() takes it: for an even count, the upper middle. */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? Number.NaN : (s[s.length >> 1] as number);
}

/**
 * The central `level` interval of median(b) - median(a) over `resamples` bootstrap draws (each
 * sample redrawn with replacement, each of its own size).
 */
export function medianDifferenceInterval(
  a: readonly number[],
  b: readonly number[],
  { resamples = 4000, level = 0.9, seed = 1 } = {},
): [number, number] {
  if (a.length === 0 || b.length === 0) return [Number.NaN, Number.NaN];
  // Seeded (page.ts's generator), so a report is the same for the same samples.
  const random = mulberry32(seed);
  const draw = (xs: readonly number[]) =>
    median(Array.from(xs, () => xs[Math.floor(random() * xs.length)] as number));
  const diffs = Array.from({ length: resamples }, () => draw(b) - draw(a)).sort((x, y) => x - y);
  const at = (q: number) => diffs[Math.min(resamples - 1, Math.floor(q * resamples))] as number;
  return [at((1 - level) / 2), at((1 + level) / 2)];
}
