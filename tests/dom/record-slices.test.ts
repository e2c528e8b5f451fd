import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WAIT_ATTR } from '../../src/dom/marks';
import { Shield } from '../../src/dom/shield';
import { VEIL_TAG } from '../../src/dom/veil';
import { fakeMatcher, manualFrames, serialize, settle, veiled } from './helpers';

/**
 * One observer batch with more records than a slice can read (a parser's big task): the
 * records are read on in animation frames (run here only when the test says so), and what
 * they added is never readable before it is decided.
 */
const frames = manualFrames();
const win = frames.win;

const POSTS = 300;
/** Appends posts as a parser does: each element first, then its children (4 records each). */
function parse(main: Element, from: number, count: number): void {
  for (let i = from; i < from + count; i++) {
    const p = document.createElement('p');
    p.id = `p${i}`;
    main.append(p);
    p.append(i % 7 === 3 ? `post ${i} twist${4 + (i % 5)} ` : `post ${i} `);
    const a = document.createElement('a');
    p.append(a);
    a.append('link');
  }
}
/** Posts that spoil beyond episode 3 and are neither marked hidden nor waiting hidden. */
const readableSpoilers = () =>
  [...document.querySelectorAll('#main > p')]
    .filter((p) => /twist[4-9]/.test(p.textContent ?? ''))
    .filter((p) => p.getAttribute('data-spoiler-shield') !== 'hidden')
    .filter((p) => !p.closest(`[${WAIT_ATTR}]`) && !veiled())
    .map((p) => p.id);

let shield: Shield | null = null;
beforeEach(() => {
  document.head.innerHTML = '<title>Sparrow Hall thread</title>';
  document.body.innerHTML =
    '<main id="main"><p id="first">The first post, read at once.</p></main>';
  frames.clear();
  // A zero slice, and no minimum of records read at once (8,192 by default).
  shield = new Shield({ document, window: win, sliceMs: 0, veilMinRecords: 0 });
  shield.attach();
  shield.update(fakeMatcher(3));
});
afterEach(() => {
  shield?.stop();
  shield = null;
});

describe('a batch with more records than a slice reads', () => {
  it('is read at once below the minimum, whatever the clock says', async () => {
    shield?.stop();
    shield = new Shield({ document, window: win, sliceMs: 0, veilMinRecords: 4 * POSTS });
    shield.attach();
    shield.update(fakeMatcher(3));
    parse(document.getElementById('main') as HTMLElement, 0, POSTS);
    await settle();
    expect(veiled()).toBe(false);
    expect(readableSpoilers()).toEqual([]);
  });

  it('reads on in later frames, the page covered until the last record is read', async () => {
    const main = document.getElementById('main') as HTMLElement;
    parse(main, 0, POSTS);
    await settle();
    // Only part was read in the callback: the body waits, nothing new is readable.
    expect(veiled()).toBe(true);
    expect(readableSpoilers()).toEqual([]);
    let count = 0;
    while (frames.pending > 0 && count < 100) {
      frames.run();
      count++;
      expect(readableSpoilers()).toEqual([]);
      // Records arriving meanwhile are read behind the ones still waiting.
      if (count === 1) {
        parse(main, POSTS, 5);
        await settle();
        expect(readableSpoilers()).toEqual([]);
      }
    }
    expect(count).toBeGreaterThan(2);
    expect(document.querySelectorAll(`[${WAIT_ATTR}], ${VEIL_TAG}`)).toHaveLength(0);
    const final = serialize(document);
    // The same page scanned at once by a fresh shield gets the same marks.
    shield?.stop();
    const once = new Shield({ document, window: win, sliceMs: 1e9 });
    once.attach();
    once.update(fakeMatcher(3));
    expect(serialize(document)).toBe(final);
    expect(document.querySelectorAll('[data-spoiler-shield=hidden]')).toHaveLength(
      Array.from({ length: POSTS + 5 }, (_, i) => i).filter((i) => i % 7 === 3).length,
    );
    once.stop();
  });

  it('shows the page again when the shield stops before the records were read', async () => {
    const main = document.getElementById('main') as HTMLElement;
    parse(main, 0, POSTS);
    await settle();
    expect(veiled()).toBe(true);
    // The veil is fixed over the whole viewport, above everything the page has.
    const veil = getComputedStyle(document.querySelector(VEIL_TAG) as Element);
    expect([veil.position, veil.zIndex, veil.display]).toEqual(['fixed', '2147483647', 'block']);
    shield?.stop();
    expect(document.querySelectorAll(`[${WAIT_ATTR}], ${VEIL_TAG}`)).toHaveLength(0);
    expect(document.querySelectorAll('[data-spoiler-shield]')).toHaveLength(0);
  });

  it('shows the page again when the shield turns off before the records were read', async () => {
    const main = document.getElementById('main') as HTMLElement;
    parse(main, 0, POSTS);
    await settle();
    shield?.update(null);
    expect(document.querySelectorAll(`[${WAIT_ATTR}], ${VEIL_TAG}`)).toHaveLength(0);
    frames.run();
    expect(document.querySelectorAll(`[${WAIT_ATTR}], ${VEIL_TAG}`)).toHaveLength(0);
  });
});
