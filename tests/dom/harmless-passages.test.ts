import { beforeEach, describe, expect, it } from 'vitest';
import { HarmlessPassages } from '../../src/dom/harmless-passages';

const paragraphs = (n: number) =>
  Array.from({ length: n }, () => document.body.appendChild(document.createElement('p')));

describe('HarmlessPassages', () => {
  beforeEach(() => {
    document.body.replaceChildren();
  });

  it('keeps removed passages until the set has doubled since its last sweep', () => {
    const set = new HarmlessPassages();
    const first = paragraphs(300);
    for (const p of first) set.add(p);
    for (const p of first.slice(0, 100)) p.remove();
    // 300 is under twice the starting 256: no sweep yet, so no passage is visited.
    set.sweep();
    expect(set.size).toBe(300);
    for (const p of paragraphs(300)) set.add(p);
    // 600 reaches 512: the 100 removed go, and the next sweep waits for twice 500.
    set.sweep();
    expect(set.size).toBe(500);
    expect([...set].every((p) => p.isConnected)).toBe(true);
    for (const p of first.slice(100, 200)) p.remove();
    set.sweep();
    expect(set.size).toBe(500);
  });

  it('starts over on clear', () => {
    const set = new HarmlessPassages();
    for (const p of paragraphs(600)) set.add(p);
    set.sweep();
    set.clear();
    expect(set.size).toBe(0);
    const again = paragraphs(520);
    for (const p of again) set.add(p);
    for (const p of again.slice(0, 20)) p.remove();
    // Back to the starting threshold (512), not the 600 of before the clear.
    set.sweep();
    expect(set.size).toBe(500);
  });

  it('lets a caller delete the passage it is iterating over', () => {
    const set = new HarmlessPassages();
    for (const p of paragraphs(5)) set.add(p);
    for (const p of set) set.delete(p);
    expect(set.size).toBe(0);
  });
});
