import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VEIL_TAG } from '../../src/dom/veil';
import { type Rig, startRig } from './rig';
import { expectShielded, screenPoint, waitForShield } from './shield-helpers';

/**
 * Added before any of the page's own scripts run: in every animation frame (which runs right
 * before paint) it records the spoiler passages of the page that would be painted readable:
 * not visibility: hidden (a page the shield still holds counts as hidden: it paints nothing),
 * and not under the shield's veil, which covers the page while a first scan too long for one
 * piece goes on over frames (on a busy machine, a fresh page's first piece took 76-148 ms):
 * the element on top at the passage's place is the veil; off screen, the veil being there is
 * enough, as it covers whatever scrolls in. `shown` counts the frames in which the page itself
 * was visible, `veiled` those under the veil. Runs with screenPoint defined beside it.
 */
function installProbe(veilTag: string) {
  const probe = { frames: 0, shown: 0, veiled: 0, leaks: [] as string[] };
  (window as unknown as { __probe: typeof probe }).__probe = probe;
  const frame = () => {
    probe.frames++;
    requestAnimationFrame(frame);
    const root = document.documentElement;
    if (!root || getComputedStyle(root).visibility === 'hidden') return;
    probe.shown++;
    const veil = document.querySelector(veilTag);
    if (veil) probe.veiled++;
    for (const el of document.querySelectorAll<HTMLElement>('[data-expect=spoiler]')) {
      if (getComputedStyle(el).visibility === 'hidden') continue;
      if (veil) {
        const point = screenPoint(el);
        if (!point || document.elementFromPoint(...point) === veil) continue;
      }
      probe.leaks.push(`${el.id || el.tagName} in frame ${probe.frames}`);
    }
  };
  requestAnimationFrame(frame);
}

/** The probe's source for addInitScript: it needs screenPoint in the page too. */
const PROBE = `${screenPoint};(${installProbe})(${JSON.stringify(VEIL_TAG)});`;

type Probe = { frames: number; shown: number; veiled: number; leaks: string[] };
const readProbe = (page: Page) =>
  page.evaluate(() => (window as unknown as { __probe: Probe }).__probe);

describe('the seed article on a fresh install (built-in show, not started)', () => {
  let rig: Rig;
  beforeAll(async () => {
    rig = await startRig();
  });
  afterAll(() => rig?.close());

  it('never paints one of its spoilers readable, from the first frame on', async () => {
    // The first load is the fresh install's first page; the rest are the usual case.
    for (let load = 0; load < 5; load++) {
      const page = await rig.context.newPage();
      await page.addInitScript(PROBE);
      await page.goto(rig.server.url('article.html'));
      await waitForShield(page);
      // A first scan spread over frames ends when its veil goes.
      await page.waitForFunction((tag) => !document.querySelector(tag), VEIL_TAG);
      // A few more frames after the shield is done, so a late un-hide would be caught.
      await page.evaluate(
        () =>
          new Promise((done) =>
            requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(done))),
          ),
      );
      const probe = await readProbe(page);
      if (probe.veiled > 0) console.log(`load ${load}: ${probe.veiled} frames under the veil`);
      expect(probe.leaks, `load ${load}`).toEqual([]);
      expect(probe.shown, `load ${load}: frames with the page visible`).toBeGreaterThan(0);
      await expectShielded(page, 0);
      await page.close();
    }
  });

  it('has a probe that does see a spoiler once it is revealed (control)', async () => {
    const page = await rig.context.newPage();
    await page.addInitScript(PROBE);
    await page.goto(rig.server.url('article.html'));
    await waitForShield(page);
    await page.locator('#s7 > spoiler-shield-label').click();
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    const probe = await readProbe(page);
    expect(probe.leaks.length).toBeGreaterThan(0);
    expect(probe.leaks.every((leak) => leak.startsWith('s7 '))).toBe(true);
    await page.close();
  });
});
