import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WAIT_ATTR } from '../../src/dom/marks';
import { Shield } from '../../src/dom/shield';
import { GROUP } from '../../src/dom/slices';
import { fakeMatcher, manualFrames, settle, withoutShieldMarks } from './helpers';

let shield: Shield | null = null;
// Animation frames run only when the test says so: nothing is read behind its back.
const frames = manualFrames();
const win = frames.win;
const frame = () => frames.run();
const POSTS = GROUP * 3 + 5;

/** Every spoiler passage is either marked hidden or waits hidden; never plainly visible. */
function visibleSpoilers(): string[] {
  return [...document.querySelectorAll('#main > p')]
    .filter((p) => p.textContent?.includes('twist'))
    .filter((p) => p.getAttribute('data-spoiler-shield') !== 'hidden')
    .filter((p) => !p.closest(`[${WAIT_ATTR}]`))
    .map((p) => p.id);
}

beforeEach(() => {
  document.head.innerHTML = '<title>Sparrow Hall thread</title>';
  document.body.innerHTML = '<main id="main"></main>';
  frames.clear();
  // A zero slice: only the batch's first group runs in the observer callback.
  shield = new Shield({ document, window: win, sliceMs: 0 });
  shield.attach();
  shield.update(fakeMatcher(3));
});
afterEach(() => {
  shield?.stop();
  shield = null;
});

describe('a batch too big for one frame', () => {
  it('runs its first group at once, hides the rest until later frames read it', async () => {
    const main = document.getElementById('main') as HTMLElement;
    for (let i = 0; i < POSTS; i++) {
      const p = document.createElement('p');
      p.id = `p${i}`;
      p.textContent = i % 4 === 3 ? `post ${i} twist${5 + (i % 3)}` : `post ${i}`;
      main.append(p); // one root each, as a parser appends paragraphs
    }
    const before = withoutShieldMarks(document);
    await settle();
    // The first group was read in the observer callback; the rest waits, the tail of the page.
    const waiting = [...document.querySelectorAll(`[${WAIT_ATTR}]`)].map((p) => p.id);
    expect(waiting.length).toBe(POSTS - GROUP);
    expect(waiting).toEqual(
      Array.from({ length: waiting.length }, (_, k) => `p${POSTS - waiting.length + k}`),
    );
    expect(visibleSpoilers()).toEqual([]);
    // Each frame reads one more group (a zero slice), shows it, and never shows a spoiler it
    // has not read.
    let count = 0;
    while (document.querySelector(`[${WAIT_ATTR}]`) && count < 20) {
      frame();
      count++;
      expect(visibleSpoilers()).toEqual([]);
    }
    expect(count).toBe(Math.ceil(waiting.length / GROUP));
    expect(document.querySelectorAll(`[${WAIT_ATTR}]`)).toHaveLength(0);
    const hidden = [...document.querySelectorAll('[data-spoiler-shield=hidden]')];
    expect(hidden.map((p) => p.id)).toEqual(
      Array.from({ length: POSTS }, (_, i) => i)
        .filter((i) => i % 4 === 3)
        .map((i) => `p${i}`),
    );
    shield?.stop();
    expect(withoutShieldMarks(document)).toBe(before);
    expect(document.querySelectorAll(`[${WAIT_ATTR}]`)).toHaveLength(0);
  });

  it('queues a new batch behind content still waiting, and a full scan shows everything', async () => {
    const main = document.getElementById('main') as HTMLElement;
    for (let i = 0; i < GROUP * 2; i++)
      main.append(
        Object.assign(document.createElement('p'), { id: `a${i}`, textContent: `a ${i}` }),
      );
    await settle();
    const late = Object.assign(document.createElement('p'), {
      id: 'late',
      textContent: 'late twist9',
    });
    main.append(late);
    await settle();
    expect(late.hasAttribute(WAIT_ATTR)).toBe(true);
    shield?.update(fakeMatcher(3));
    expect(document.querySelectorAll(`[${WAIT_ATTR}]`)).toHaveLength(0);
    expect(late.getAttribute('data-spoiler-shield')).toBe('hidden');
  });
});
