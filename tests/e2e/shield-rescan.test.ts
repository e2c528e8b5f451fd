import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VEIL_TAG } from '../../src/dom/veil';
import { type Rig, startRig } from './rig';
import { screenPoint, waitForShield } from './shield-helpers';

/**
 * A settings change on a page too big to rescan in one frame: the rescan runs in pieces over
 * animation frames, and the page is covered by the shield's veil meanwhile. A probe in the
 * page, in every animation frame (right before paint), counts the spoilers that would paint
 * readable: not visibility: hidden, inside the viewport, and not under the veil (the element
 * on top at their place is not the veil). It must never count one.
 */
const PROBE = `<script>
window.__probe = { frames: 0, veiled: 0, leaks: [], armAt: Infinity };
(function frame() {
  const probe = window.__probe;
  probe.frames++;
  requestAnimationFrame(frame);
  // Until the new settings reach the shield (its first piece of the rescan), the old ones
  // rightly show these passages.
  if (performance.getEntriesByName('spoiler-shield:scan').length < probe.armAt) return;
  const veil = document.querySelector('${VEIL_TAG}');
  if (veil) probe.veiled++;
  for (const el of document.querySelectorAll('[data-key]')) {
    if (getComputedStyle(el).visibility === 'hidden') continue;
    const point = screenPoint(el);
    if (!point) continue; // not painted now
    if (veil && document.elementFromPoint(...point) === veil) continue;
    probe.leaks.push(el.id + ' in frame ' + probe.frames);
  }
})();
${screenPoint}
</script>`;

const SAFE = 'The rehearsal scenes and the costumes were lovely this week, and the music too.';
const SPOILER =
  'In the finale it is revealed that Delia pushed Cassie off the roof out of jealousy.';
/** 6,000 comments, every 20th a finale spoiler, several of them in the first screen. */
function bigPage(): string {
  const rows: string[] = [];
  for (let i = 0; i < 6000; i++) {
    rows.push(
      i % 20 === 3
        ? `<p id="s${i}" data-key>Comment ${i}: ${SPOILER}</p>`
        : `<p>Comment ${i}: ${SAFE}</p>`,
    );
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Tiny Pretty Things: every comment</title>${PROBE}</head><body><main>${rows.join('')}</main></body></html>`;
}

const progress = (rig: Rig, episode: number) =>
  rig.setStorage('sync', { progress: { 'tiny-pretty-things': { season: 1, episode } } });

describe('a rescan of a big page after a settings change', () => {
  let rig: Rig;
  beforeAll(async () => {
    rig = await startRig();
    const html = bigPage();
    rig.server.route('/big-thread', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    });
  });
  afterAll(async () => {
    await progress(rig, 0);
    await rig?.close();
  });

  it('goes on over frames and never paints a spoiler readable', async () => {
    await progress(rig, 10); // everything watched: nothing hidden
    const page = await rig.context.newPage();
    await page.goto(`${rig.server.url('/big-thread')}#spoiler-shield-bench`, { waitUntil: 'load' });
    await waitForShield(page);
    await page.waitForFunction(
      () => !document.querySelector('[data-spoiler-shield-wait], spoiler-shield-veil'),
    );
    expect(await page.locator('[data-spoiler-shield=hidden]').count()).toBe(0);
    await page.evaluate(() => {
      type Probe = { leaks: string[]; veiled: number; armAt: number };
      const probe = (window as unknown as { __probe: Probe }).__probe;
      probe.leaks.length = 0;
      probe.veiled = 0;
      // Armed from the rescan's first piece on (the next 'scan' measure of this page).
      probe.armAt = performance.getEntriesByName('spoiler-shield:scan').length + 1;
    });
    const done = await page.evaluate(
      () => performance.getEntriesByName('spoiler-shield:scan-done').length,
    );
    await progress(rig, 3); // the finale is unwatched again: 300 passages to hide
    await page.waitForFunction(
      (n) => performance.getEntriesByName('spoiler-shield:scan-done').length > n,
      done,
      { timeout: 30_000 },
    );
    await page.waitForTimeout(100);
    const probe = await page.evaluate(
      () => (window as unknown as { __probe: { leaks: string[]; veiled: number } }).__probe,
    );
    const pieces = await page.evaluate(() =>
      performance.getEntriesByName('spoiler-shield:scan').map((e) => e.duration),
    );
    console.log(
      `rescan of 6,000 paragraphs: ${probe.veiled} frames under the veil, ${pieces.length} scan pieces so far on this page, longest ${Math.max(...pieces).toFixed(1)} ms`,
    );
    expect(probe.leaks).toEqual([]);
    // It was spread over frames (the probe saw the veil), and it ended with every spoiler hidden.
    expect(probe.veiled).toBeGreaterThan(0);
    expect(await page.locator('[data-spoiler-shield=hidden]').count()).toBe(300);
    expect(await page.locator('spoiler-shield-veil').count()).toBe(0);
    await page.close();
  });
});
