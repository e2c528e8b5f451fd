import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WAIT_ATTR } from '../../src/dom/marks';
import { Shield } from '../../src/dom/shield';
import { VEIL_TAG } from '../../src/dom/veil';
import { fakeMatcher, manualFrames, serialize, settle, veiled } from './helpers';

/**
 * A settings change on a page too big for one slice: the rescan goes on in animation frames
 * (run here only when the test says so), and between frames nothing that the new settings
 * hide is ever readable.
 */
const frames = manualFrames();
const win = frames.win;
const frame = () => frames.run();

const PARAGRAPHS = 400;
/**
 * Every 10th paragraph spoils an episode (twist2..twist9); every 15th spoils episode 8 only
 * on a page about the show ("ctxtwist8"), which only the last paragraph says.
 */
function text(i: number): string {
  if (i === PARAGRAPHS - 1) return 'Filmed at Sparrowfield, like the rest.';
  if (i % 15 === 7) return `post ${i}: ctxtwist8 happens`;
  if (i % 10 === 3) return `post ${i}: twist${2 + (i % 8)} happens`;
  return `post ${i}: nothing to see`;
}
const PAGE = Array.from({ length: PARAGRAPHS }, (_, i) => `<p id="p${i}">${text(i)}</p>`).join('');

let shield: Shield | null = null;
/** A zero slice: every piece does its minimum (a few hundred nodes, 64 passages). */
const sliced = () => {
  shield = new Shield({ document, window: win, sliceMs: 0 });
  shield.attach();
  return shield;
};

const hiddenIds = () =>
  [...document.querySelectorAll('[data-spoiler-shield=hidden]')].map((p) => p.id);
/**
 * The page as one synchronous scan with `watched` leaves it, and the passages it hides
 * (a separate shield, stopped again).
 */
function syncResult(watched: number): { html: string; spoilers: string[] } {
  const one = new Shield({ document, window: win, sliceMs: 1e9 });
  one.attach();
  one.update(fakeMatcher(watched));
  const out = { html: serialize(document), spoilers: hiddenIds() };
  one.stop();
  return out;
}
/** Passages the settings hide that are neither marked hidden nor inside waiting content. */
const readable = (spoilers: string[]) =>
  spoilers.filter((id) => {
    const p = document.getElementById(id) as Element;
    return (
      p.getAttribute('data-spoiler-shield') !== 'hidden' &&
      !p.closest(`[${WAIT_ATTR}]`) &&
      !veiled()
    );
  });
/** Runs frames until no more are asked for; checks `between` after each. */
function runFrames(between: () => void): number {
  let count = 0;
  while (frames.pending > 0 && count < 200) {
    frame();
    count++;
    between();
  }
  return count;
}

beforeEach(() => {
  document.head.innerHTML = '<title>A forum</title>';
  document.body.innerHTML = PAGE;
  frames.clear();
});
afterEach(() => {
  shield?.stop();
  shield = null;
});

describe('a rescan spread over frames', () => {
  it('never leaves a spoiler of the new settings readable, and ends as one scan would', () => {
    const { html: expected, spoilers } = syncResult(3);
    expect(spoilers.length).toBeGreaterThan(40);
    expect(spoilers).toContain('p7'); // a context spoiler: the context comes last
    const original = serialize(document);
    const s = sliced();
    s.update(fakeMatcher(10)); // everything watched: nothing hidden
    runFrames(() => {});
    expect(hiddenIds()).toEqual([]);
    s.update(fakeMatcher(3)); // a new matcher: it may hide more
    // Before the first paint: the page waits hidden, since nothing says what is safe.
    expect(readable(spoilers)).toEqual([]);
    const count = runFrames(() => expect(readable(spoilers)).toEqual([]));
    expect(count).toBeGreaterThan(5);
    expect(document.querySelectorAll(`[${WAIT_ATTR}], ${VEIL_TAG}`)).toHaveLength(0);
    expect(serialize(document)).toBe(expected);
    s.stop();
    expect(serialize(document)).toBe(original);
  });

  it('restarts cleanly on a settings change mid-rescan', () => {
    const { html: expected, spoilers } = syncResult(5);
    expect(spoilers.length).toBeGreaterThan(20);
    const s = sliced();
    s.update(fakeMatcher(2));
    frame();
    frame();
    s.update(fakeMatcher(5));
    expect(readable(spoilers)).toEqual([]);
    runFrames(() => expect(readable(spoilers)).toEqual([]));
    expect(document.querySelectorAll(`[${WAIT_ATTR}], ${VEIL_TAG}`)).toHaveLength(0);
    expect(serialize(document)).toBe(expected);
  });

  it('keeps hiding on "fewer" while an earlier rescan that could hide more is unfinished', () => {
    const { html: expected, spoilers } = syncResult(4);
    const s = sliced();
    s.update(fakeMatcher(10));
    runFrames(() => {});
    const matcher = fakeMatcher(3);
    s.update(matcher); // may hide more: passages shown so far are undecided
    frame();
    matcher.setWatched(4);
    s.update(matcher, 'fewer'); // fewer than episode 3 hides, not fewer than what is marked
    expect(readable(spoilers)).toEqual([]);
    runFrames(() => expect(readable(spoilers)).toEqual([]));
    expect(serialize(document)).toBe(expected);
  });

  it('leaves the page exactly as it was when stopped mid-rescan', () => {
    const original = serialize(document);
    const s = sliced();
    s.update(fakeMatcher(3));
    runFrames(() => {});
    s.update(fakeMatcher(1));
    frame();
    expect(document.querySelector(`[${WAIT_ATTR}], ${VEIL_TAG}`)).not.toBeNull();
    s.stop();
    expect(serialize(document)).toBe(original);
    frame(); // a frame asked for before the stop finds nothing to do
    expect(serialize(document)).toBe(original);
  });

  it('decides again only the marked passages when the progress only advanced', () => {
    const expected = syncResult(6).html;
    const s = sliced();
    const matcher = fakeMatcher(3);
    s.update(matcher);
    runFrames(() => {});
    const marked = hiddenIds().length;
    matcher.evaluated.length = 0;
    matcher.setWatched(6);
    s.update(matcher, 'fewer');
    // Nothing waits: whatever was shown stays safe to show.
    expect(document.querySelector(`[${WAIT_ATTR}], ${VEIL_TAG}`)).toBeNull();
    runFrames(() => expect(document.querySelector(`[${WAIT_ATTR}], ${VEIL_TAG}`)).toBeNull());
    expect(matcher.evaluated).toHaveLength(marked);
    expect(serialize(document)).toBe(expected);
  });

  it('decides what the page changes during a rescan, and never shows it undecided', async () => {
    const s = sliced();
    s.update(fakeMatcher(3));
    runFrames(() => {});
    s.update(fakeMatcher(2));
    frame();
    // A paragraph the walk has passed gets a spoiler; a new one arrives at the end.
    (document.getElementById('p1') as Element).textContent = 'post 1: twist6 now';
    const late = Object.assign(document.createElement('p'), {
      id: 'late',
      textContent: 'late: twist9',
    });
    document.body.append(late);
    await settle();
    const spoilers = ['p1', 'late', 'p7', 'p3'];
    expect(readable(spoilers)).toEqual([]);
    runFrames(() => expect(readable(spoilers)).toEqual([]));
    expect(document.querySelectorAll(`[${WAIT_ATTR}], ${VEIL_TAG}`)).toHaveLength(0);
    const final = serialize(document);
    s.stop();
    expect(syncResult(2).html).toBe(final);
  });

  it('keeps a passage the user revealed mid-rescan revealed', () => {
    const s = sliced();
    s.update(fakeMatcher(3));
    runFrames(() => {});
    // Another matcher that hides fewer: no waiting, the page stays usable meanwhile.
    s.update(fakeMatcher(4), 'fewer');
    const p3 = document.getElementById('p3') as Element; // twist5: hidden before and after
    expect(p3.getAttribute('data-spoiler-shield')).toBe('hidden');
    s.reveal(p3);
    runFrames(() => {});
    expect(p3.getAttribute('data-spoiler-shield')).toBe('revealed');
    expect(s.counts().revealed).toBe(1);
  });

  it('reads changed text again when a batch too big to list rescans with the same context', async () => {
    shield = new Shield({ document, window: win, sliceMs: 1e9, rescanThreshold: 3 });
    shield.attach();
    shield.update(fakeMatcher(3));
    expect(document.getElementById('p1')?.hasAttribute('data-spoiler-shield')).toBe(false);
    expect(document.getElementById('p3')?.getAttribute('data-spoiler-shield')).toBe('hidden');
    // More changed nodes than the threshold: the batch becomes a rescan of the page.
    (document.getElementById('p1') as Element).textContent = 'post 1: twist7 now';
    (document.getElementById('p3') as Element).textContent = 'post 3: nothing now';
    for (let i = 0; i < 4; i++) document.body.append(`extra text ${i}`);
    await settle();
    expect(document.getElementById('p1')?.getAttribute('data-spoiler-shield')).toBe('hidden');
    expect(document.getElementById('p3')?.hasAttribute('data-spoiler-shield')).toBe(false);
  });

  it('hides again what the user revealed without reading the page again', () => {
    const s = sliced();
    const matcher = fakeMatcher(3);
    s.update(matcher);
    runFrames(() => {});
    s.reveal(document.getElementById('p3') as Element);
    s.reveal(document.getElementById('p7') as Element);
    expect(s.counts().revealed).toBe(2);
    matcher.evaluated.length = 0;
    s.hideAgain();
    expect(matcher.evaluated).toHaveLength(2);
    expect(s.counts().revealed).toBe(0);
    expect(document.getElementById('p3')?.getAttribute('data-spoiler-shield')).toBe('hidden');
    expect(document.getElementById('p7')?.getAttribute('data-spoiler-shield')).toBe('hidden');
  });
});
