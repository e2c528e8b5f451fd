import type { Decision, FactHit, Matcher, PageScan } from '../../src/core/match/types';
import { VEIL_TAG } from '../../src/dom/veil';

/**
 * A tiny stand-in for the real matcher, enough to drive the DOM side:
 * "twist7" in a passage spoils S1E7; "ctxtwist7" does too, but only once the page has
 * mentioned "Sparrowfield" (the page context). Every evaluate() call is counted.
 */
export function fakeMatcher(
  watched: number,
): Matcher & { evaluated: string[]; setWatched(episode: number): void } {
  const evaluated: string[] = [];
  return {
    evaluated,
    /** Moves the progress of this same matcher, as the content script's cache does. */
    setWatched(episode) {
      watched = episode;
    },
    newPage(): PageScan {
      let version = 0;
      let context = false;
      return {
        observe(text) {
          if (!context && /Sparrowfield/.test(text)) {
            context = true;
            version++;
          }
        },
        evaluate(text) {
          evaluated.push(text);
          return decide(text, watched, context);
        },
        get contextVersion() {
          return version;
        },
      };
    },
    evaluateDocument(text) {
      return decide(text, watched, /Sparrowfield/.test(text));
    },
  };
}

function decide(text: string, watched: number, context: boolean): Decision {
  const hits: FactHit[] = [];
  for (const m of text.matchAll(/\b(ctx)?twist(\d+)\b/g)) {
    if (m[1] && !context) continue;
    const episode = Number(m[2]);
    hits.push({
      showId: 'sparrow',
      showTitle: 'Sparrow Hall',
      factId: `twist-${episode}`,
      label: 'A twist',
      season: 1,
      episode,
      matches: [],
      via: 'terms',
    });
  }
  const unwatched = hits.filter((h) => h.episode > watched);
  const latest = unwatched.reduce((a, h) => Math.max(a, h.episode), 0);
  return {
    hidden: unwatched.length > 0,
    hits: unwatched,
    watchedHits: hits.filter((h) => h.episode <= watched),
    episode: latest ? { season: 1, episode: latest } : null,
    showId: latest ? 'sparrow' : null,
    showTitle: latest ? 'Sparrow Hall' : null,
  };
}

/** Lets queued MutationObserver callbacks run. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * The page serialized without the shield's marks: its attributes on every element and its
 * labels removed. Equal before hiding and after revealing means the page was restored.
 */
export function withoutShieldMarks(doc: Document): string {
  const clone = doc.documentElement.cloneNode(true) as Element;
  for (const label of [...clone.querySelectorAll('spoiler-shield-label')]) label.remove();
  for (const el of [clone, ...clone.querySelectorAll('*')]) {
    for (const name of [
      'data-spoiler-shield',
      'data-spoiler-episode',
      'data-spoiler-style',
      'data-spoiler-shield-pending',
    ]) {
      el.removeAttribute(name);
    }
  }
  return clone.outerHTML;
}

/** The serialized page exactly as it is (marks included). */
export const serialize = (doc: Document) => doc.documentElement.outerHTML;

/**
 * A window whose animation frames run only when the test says so: nothing the shield defers
 * to a frame is read behind the test's back.
 */
export function manualFrames() {
  let queued: FrameRequestCallback[] = [];
  const win = new Proxy(window, {
    get(target, key) {
      if (key === 'requestAnimationFrame') return (cb: FrameRequestCallback) => queued.push(cb);
      if (key === 'cancelAnimationFrame') return () => {};
      const value = Reflect.get(target, key);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  }) as unknown as Window & typeof globalThis;
  return {
    win,
    /** Runs the callbacks asked for so far; those they ask for wait for the next frame. */
    run(): void {
      const due = queued;
      queued = [];
      for (const cb of due) cb(performance.now());
    },
    /** Frames asked for and not run yet. */
    get pending(): number {
      return queued.length;
    },
    /** Forgets the frames asked for (a new test). */
    clear(): void {
      queued = [];
    },
  };
}

/** The page is covered (BodyHold's veil): nothing under it paints. */
export const veiled = () => document.querySelector(VEIL_TAG) !== null;
