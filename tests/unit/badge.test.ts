import { describe, expect, it } from 'vitest';
import { type BadgeState, badgeText, createBadgeCounter } from '../../src/settings/badge';

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

describe('badge counter kept across a background restart', () => {
  /** A store like storage.session: JSON in, JSON out, answering after a tick. */
  const memoryStore = () => {
    let kept = '{}';
    return {
      load: () => new Promise<BadgeState>((r) => setTimeout(() => r(JSON.parse(kept)), 1)),
      save: (state: BadgeState) => {
        kept = JSON.stringify(state);
      },
    };
  };
  const settle = () => new Promise((r) => setTimeout(r, 5));

  it('adds a count heard after the restart to the counts kept before it', async () => {
    const store = memoryStore();
    const before = createBadgeCounter(() => {}, store);
    await settle();
    before.count(7, 0, 3);
    before.count(7, 4, 2);
    // The worker stops; a new one starts and hears from frame 4 only.
    const shown = new Map<number, string>();
    const after = createBadgeCounter((tabId, text) => shown.set(tabId, text), store);
    after.count(7, 4, 1);
    await settle();
    expect(shown.get(7)).toBe('4');
  });

  it('applies in order what arrives before the kept counts are read', async () => {
    const store = memoryStore();
    const first = createBadgeCounter(() => {}, store);
    await settle();
    first.count(1, 0, 5);
    first.count(2, 0, 6);
    const shown = new Map<number, string>();
    const second = createBadgeCounter((tabId, text) => shown.set(tabId, text), store);
    second.reset(1);
    second.count(1, 0, 2);
    second.forget(2);
    expect(shown.size).toBe(0);
    await settle();
    expect(shown.get(1)).toBe('2');
    const third = createBadgeCounter((tabId, text) => shown.set(tabId, text), store);
    third.count(2, 3, 1);
    await settle();
    // Tab 2 was forgotten: only its new frame counts.
    expect(shown.get(2)).toBe('1');
  });

  it('still counts when the kept counts cannot be read', async () => {
    const shown = new Map<number, string>();
    const counter = createBadgeCounter((tabId, text) => shown.set(tabId, text), {
      load: () => Promise.reject(new Error('no session storage')),
      save: () => {},
    });
    counter.count(3, 0, 2);
    await settle();
    expect(shown.get(3)).toBe('2');
  });
});
