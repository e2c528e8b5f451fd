import type { Frame, Page } from 'playwright-core';
import { expect } from 'vitest';

/** One passage of a fixture page, marked by the page author with data-expect (and data-ep). */
export interface Seen {
  where: string;
  expect: 'spoiler' | 'safe';
  ep: number;
  state: string | null;
  visibility: string;
  text: string;
}

/** Reads every [data-expect] element, light DOM and open shadow roots, as the page sees it. */
export function readPassages(target: Page | Frame): Promise<Seen[]> {
  return target.evaluate(() => {
    const out: Seen[] = [];
    const visit = (root: Document | ShadowRoot, prefix: string) => {
      for (const el of root.querySelectorAll<HTMLElement>('[data-expect]')) {
        out.push({
          where: `${prefix}${el.id || el.tagName.toLowerCase()}`,
          expect: el.dataset.expect as Seen['expect'],
          ep: Number(el.dataset.ep ?? 0),
          state: el.getAttribute('data-spoiler-shield'),
          visibility: getComputedStyle(el).visibility,
          text: (el.textContent ?? '').trim().slice(0, 60),
        });
      }
      for (const host of root.querySelectorAll('*')) {
        if (host.shadowRoot) visit(host.shadowRoot, `${host.id || host.tagName.toLowerCase()}>`);
      }
    };
    visit(document, '');
    return out;
  });
}

/**
 * Spoilers of episodes after `watched` are hidden and paint nothing; everything else is
 * unmarked and visible. Returns the passages for further checks.
 */
export async function expectShielded(target: Page | Frame, watched: number): Promise<Seen[]> {
  const seen = await readPassages(target);
  expect(seen.length).toBeGreaterThan(0);
  const wrong = seen.filter((s) => {
    const shouldHide = s.expect === 'spoiler' && s.ep > watched;
    return shouldHide
      ? s.state !== 'hidden' || s.visibility !== 'hidden'
      : s.state !== null || s.visibility !== 'visible';
  });
  expect(wrong, `watched ${watched}`).toEqual([]);
  return seen;
}

/** Waits until the content script has run its first scan in this frame and nothing waits. */
export async function waitForShield(target: Page | Frame): Promise<void> {
  await target.waitForFunction(
    () =>
      document.documentElement.hasAttribute('data-spoiler-shield-loaded') &&
      !document.documentElement.hasAttribute('data-spoiler-shield-pending') &&
      performance.getEntriesByName('spoiler-shield:first-scan').length > 0 &&
      // What the first-paint slice left waits hidden for a few frames (first-paint.ts).
      document.querySelector('[data-spoiler-shield-wait]') === null,
    undefined,
    { timeout: 10_000 },
  );
}

interface AXNode {
  ignored: boolean;
  role?: { value: string };
  name?: { value: string };
}

/** Chromium's accessibility tree as "role: name" lines (ignored nodes left out), via CDP. */
export async function accessibleNames(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
    return nodes
      .filter((n) => !n.ignored && n.name?.value)
      .map((n) => `${n.role?.value}: ${n.name?.value}`);
  } finally {
    await cdp.detach();
  }
}

/**
 * Runs in the page, inside the frame probes (shield-first-paint, shield-rescan: passed to the
 * page as source, so it must use nothing from outside itself). A point in whole pixels inside
 * the part of `el` that is on screen, or null when none of it is: a probe asks
 * elementFromPoint there whether the shield's veil is on top. Whole pixels, because a
 * fractional point on the viewport's last row hit nothing at all.
 */
export function screenPoint(el: Element): [number, number] | null {
  const box = el.getBoundingClientRect();
  const top = Math.max(box.top, 0);
  const bottom = Math.min(box.bottom, innerHeight);
  const left = Math.max(box.left, 0);
  const right = Math.min(box.right, innerWidth);
  if (bottom <= top || right <= left) return null;
  return [Math.floor(Math.min(left + 40, (left + right) / 2)), Math.floor((top + bottom) / 2)];
}
