import { describe, expect, it } from 'vitest';
import { progressChange } from '../../src/dom/settings-change';

const at = (season: number, episode: number) => ({ season, episode });

describe('progressChange', () => {
  it('is "fewer" when every show stayed or moved forward within its season', () => {
    expect(progressChange([at(1, 3)], [at(1, 4)])).toBe('fewer');
    expect(progressChange([at(1, 3), at(2, 1)], [at(1, 3), at(2, 6)])).toBe('fewer');
  });

  it('is "any" for a step back, a new season, or a different list of shows', () => {
    expect(progressChange([at(1, 4)], [at(1, 3)])).toBe('any');
    expect(progressChange([at(1, 10)], [at(2, 0)])).toBe('any');
    expect(progressChange([at(1, 3)], [at(1, 3), at(1, 1)])).toBe('any');
    expect(progressChange([at(1, 3), at(1, 5)], [at(1, 4), at(1, 2)])).toBe('any');
  });
});
