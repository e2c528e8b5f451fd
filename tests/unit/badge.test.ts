import { describe, expect, it } from 'vitest';
import { badgeText, createBadgeCounter } from '../../src/settings/badge';

describe('badge counter', () => {
  const setup = () => {
    const shown = new Map<number, string>();
    const counter = createBadgeCounter((tabId, text) => shown.set(tabId, text));
    return { shown, counter };
  };

  it("sums the counts of a tab's frames, replacing each frame's last count", () => {
    const { shown, counter } = setup();
    counter.count(1, 0, 3);
    counter.count(1, 5, 2);
    expect(shown.get(1)).toBe('5');
    counter.count(1, 5, 0);
    expect(shown.get(1)).toBe('3');
    counter.count(2, 0, 1);
    expect(shown.get(1)).toBe('3');
    expect(shown.get(2)).toBe('1');
  });

  it('clears a tab when a new document loads in it', () => {
    const { shown, counter } = setup();
    counter.count(1, 0, 4);
    counter.reset(1);
    expect(shown.get(1)).toBe('');
    counter.count(1, 0, 1);
    expect(shown.get(1)).toBe('1');
  });

  it('shows nothing for zero and caps what does not fit', () => {
    expect(badgeText(0)).toBe('');
    expect(badgeText(42)).toBe('42');
    expect(badgeText(1000)).toBe('999+');
  });

  it('ignores counts that are not numbers', () => {
    const { shown, counter } = setup();
    counter.count(1, 0, Number.NaN);
    expect(shown.get(1)).toBe('');
  });
});
