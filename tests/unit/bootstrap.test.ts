import { describe, expect, it } from 'vitest';
import { median, medianDifferenceInterval } from '../../scripts/bench-lib/bootstrap';

describe('median', () => {
  it('takes the middle value, or the upper of the middle two (as figures.ts stat does)', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(3);
    expect(median([])).toBeNaN();
  });
});

describe('medianDifferenceInterval', () => {
  it('is one point when every load measured the same', () => {
    expect(medianDifferenceInterval([200, 200, 200], [260, 260, 260])).toEqual([60, 60]);
  });

  it('holds the observed difference, within the spread of the samples', () => {
    const a = [180, 190, 200, 210, 220, 230, 240, 250];
    const b = a.map((x) => x + 50);
    const [lo, hi] = medianDifferenceInterval(a, b);
    expect(lo).toBeLessThanOrEqual(50);
    expect(hi).toBeGreaterThanOrEqual(50);
    expect(lo).toBeGreaterThan(50 - 70);
    expect(hi).toBeLessThan(50 + 70);
  });

  it('narrows as the loads agree more', () => {
    const wide = medianDifferenceInterval([100, 150, 200, 250, 300], [160, 210, 260, 310, 360]);
    const narrow = medianDifferenceInterval([195, 198, 200, 202, 205], [255, 258, 260, 262, 265]);
    expect(narrow[1] - narrow[0]).toBeLessThan(wide[1] - wide[0]);
  });

  it('gives the same interval for the same samples (seeded)', () => {
    const a = [201, 230, 188, 260, 214, 199];
    const b = [270, 251, 300, 262, 244, 281];
    expect(medianDifferenceInterval(a, b)).toEqual(medianDifferenceInterval(a, b));
  });
});
