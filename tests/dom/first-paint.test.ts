import { afterEach, describe, expect, it } from 'vitest';
import {
  FIRST_PAINT_GROUP,
  firstContentPainted,
  splitForFirstPaint,
} from '../../src/dom/first-paint';
import { WAIT_ATTR } from '../../src/dom/marks';
import { Shield } from '../../src/dom/shield';
import { FIRST_PAINT_WAIT_FRAMES } from '../../src/dom/slices';
import { fakeMatcher, manualFrames, settle } from './helpers';

/** Animation frames run only when the test says so. */
const frames = manualFrames();
const win = frames.win;
const frame = () => frames.run();

const POSTS = 40;
/** An article as the parser hands it over: one <main> holding every paragraph. */
function article(): HTMLElement {
  const main = document.createElement('main');
  for (let i = 0; i < POSTS; i++) {
    const p = document.createElement('p');
    p.id = `p${i}`;
    p.textContent = i % 5 === 2 ? `part ${i}: twist${4 + (i % 3)} happens` : `part ${i} is calm`;
    main.append(p);
  }
  return main;
}
const states = () =>
  [...document.querySelectorAll('main > p')].map((p) => [
    p.id,
    p.getAttribute('data-spoiler-shield'),
    p.hasAttribute(WAIT_ATTR),
  ]);
/** Spoilers (beyond episode 3) neither hidden nor waiting hidden: they would paint readable. */
const readable = () =>
  [...document.querySelectorAll('main > p')]
    .filter((p) => /twist[4-9]/.test(p.textContent ?? ''))
    .filter((p) => p.getAttribute('data-spoiler-shield') !== 'hidden' && !p.hasAttribute(WAIT_ATTR))
    .map((p) => p.id);

let shield: Shield | null = null;
/** Whether the first contentful paint is on screen (the Paint Timing entry, in a browser). */
let painted = false;
afterEach(() => {
  shield?.stop();
  shield = null;
  painted = false;
  frames.clear();
  document.body.replaceChildren();
});
const waiting = () => document.querySelectorAll(`[${WAIT_ATTR}]`).length;

async function load(firstPaintSliceMs: number | undefined) {
  document.body.replaceChildren();
  shield = new Shield({
    document,
    window: win,
    firstPaintSliceMs,
    contentPainted: () => painted,
  });
  shield.attach();
  const matcher = fakeMatcher(3);
  shield.update(matcher);
  document.body.append(article());
  await settle();
  return matcher;
}

describe('first paint (the top of the page first, the rest once that is on screen)', () => {
  it('decides the top of one big batch, hides the rest until the first paint is on screen', async () => {
    await load(0);
    const decided = states().filter(([, , waiting]) => !waiting);
    expect(decided.length).toBe(FIRST_PAINT_GROUP);
    expect(readable()).toEqual([]);
    frame(); // the first paint: what waits still waits
    expect(states().filter(([, , waiting]) => waiting).length).toBe(POSTS - FIRST_PAINT_GROUP);
    expect(readable()).toEqual([]);
    painted = true;
    for (let i = 0; i < 5 && frames.pending > 0; i++) frame();
    expect(document.querySelectorAll(`[${WAIT_ATTR}]`)).toHaveLength(0);
    const progressive = states();
    // The same marks as a page decided all at once.
    shield?.stop();
    await load(undefined);
    expect(progressive).toEqual(states());
    expect(states().filter(([, state]) => state === 'hidden').length).toBe(8);
  });

  it('decides the rest only once the first paint is on screen, not in the frame after it', async () => {
    await load(0);
    const rest = waiting();
    expect(rest).toBe(POSTS - FIRST_PAINT_GROUP);
    // Frames pass while the first frame is still being rastered: the rest keeps waiting
    // (deciding it then took the CPU that frame needed; first-paint.ts).
    for (let i = 0; i < 3; i++) frame();
    expect(waiting()).toBe(rest);
    expect(readable()).toEqual([]);
    painted = true;
    frame();
    expect(waiting()).toBeLessThan(rest);
    for (let i = 0; i < 5 && frames.pending > 0; i++) frame();
    expect(waiting()).toBe(0);
    expect(readable()).toEqual([]);
  });

  it('stops waiting for a first paint that never comes after FIRST_PAINT_WAIT_FRAMES', async () => {
    await load(0);
    const rest = waiting();
    for (let i = 0; i < FIRST_PAINT_WAIT_FRAMES; i++) frame();
    expect(waiting()).toBe(rest);
    frame();
    expect(waiting()).toBeLessThan(rest);
    for (let i = 0; i < 5 && frames.pending > 0; i++) frame();
    expect(waiting()).toBe(0);
    expect(readable()).toEqual([]);
  });

  it('keeps what waits hidden through a step forward in progress, then decides it', async () => {
    const matcher = await load(0);
    expect(document.querySelectorAll(`[${WAIT_ATTR}]`).length).toBeGreaterThan(0);
    // The same matcher, said to hide fewer: only the marked passages are decided again, so
    // what waits was not read, and must go on waiting (it was shown undecided once).
    shield?.update(matcher, 'fewer');
    expect(readable()).toEqual([]);
    expect(document.querySelectorAll(`[${WAIT_ATTR}]`).length).toBeGreaterThan(0);
    painted = true;
    for (let i = 0; i < 6 && frames.pending > 0; i++) frame();
    expect(readable()).toEqual([]);
    expect(document.querySelectorAll(`[${WAIT_ATTR}]`)).toHaveLength(0);
  });

  it('reads everything at once in a tab opened in the background (it runs no frames)', async () => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    try {
      await load(0);
      expect(document.querySelectorAll(`[${WAIT_ATTR}]`)).toHaveLength(0);
      expect(readable()).toEqual([]);
      expect(document.querySelectorAll('[data-spoiler-shield=hidden]')).toHaveLength(8);
    } finally {
      // The own property shadows the prototype's getter: removing it restores the page's.
      delete (document as { visibilityState?: unknown }).visibilityState;
    }
  });

  it('reads batches after the first content frame as usual', async () => {
    await load(0);
    painted = true;
    for (let i = 0; i < 6 && frames.pending > 0; i++) frame();
    const more = document.createElement('section');
    for (let i = 0; i < 3; i++) {
      const p = document.createElement('p');
      p.textContent = `late ${i} twist5`;
      more.append(p);
    }
    document.body.append(more);
    await settle();
    expect(document.querySelectorAll(`[${WAIT_ATTR}]`)).toHaveLength(0);
    expect(more.querySelectorAll('[data-spoiler-shield=hidden]')).toHaveLength(3);
  });

  it('reads the first paint from the Paint Timing entry, and says no where there is none', () => {
    const withEntries = (names: string[] | null) =>
      ({
        performance:
          names === null
            ? {}
            : {
                getEntriesByName: (name: string, type?: string) =>
                  names.includes(name) && type === 'paint' ? [{ name }] : [],
              },
      }) as unknown as Window;
    expect(firstContentPainted(withEntries(['first-paint', 'first-contentful-paint']))).toBe(true);
    // A first paint of background only is not the page's content on screen.
    expect(firstContentPainted(withEntries(['first-paint']))).toBe(false);
    expect(firstContentPainted(withEntries(null))).toBe(false);
  });

  it('splits containers level by level, wrappers included, text children apart', () => {
    document.body.innerHTML =
      '<div id="app"><main id="m">intro text<p>a</p><p>b <b>c</b></p><table><tbody><tr><td>x</td></tr></tbody></table></main></div>';
    const others: Node[] = [];
    const out = splitForFirstPaint([document.body], others);
    // body > div#app > main > its children > the table's body: four levels at most; a
    // paragraph is never split.
    expect(out.map((e) => e.localName)).toEqual(['p', 'p', 'tbody']);
    expect(others.map((n) => n.textContent)).toEqual(['intro text']);
  });
});
