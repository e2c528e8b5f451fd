import type { ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Rig, startRig } from './rig';
import { expectShielded, waitForShield } from './shield-helpers';

/**
 * A probe in the page's head counts, in every animation frame (which runs right before
 * paint), the spoiler passages that would be painted readable: present with their give-away
 * words, and not visibility: hidden. It must never count one.
 */
const PROBE = `<script>
window.__probe = { frames: 0, hiddenPageFrames: 0, leaks: [] };
(function frame() {
  const probe = window.__probe;
  probe.frames++;
  if (getComputedStyle(document.documentElement).visibility === 'hidden') probe.hiddenPageFrames++;
  for (const el of document.querySelectorAll('[data-key]')) {
    if (!el.textContent.includes(el.dataset.key)) continue; // its words have not arrived yet
    if (getComputedStyle(el).visibility !== 'hidden') probe.leaks.push(el.id + ' in frame ' + probe.frames);
  }
  requestAnimationFrame(frame);
})();
</script>`;

const CHUNKS = [
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Tiny Pretty Things live recap</title>${PROBE}</head><body>`,
  '<h1 data-expect="safe">Tiny Pretty Things live recap, as it happens</h1><p data-expect="safe">Pressing play on the season now.</p>',
  '<p id="sp1" data-expect="spoiler" data-ep="1" data-key="pushed off the roof">Cassie Shore is pushed off the roof in the very first scene, which sets up the whole mystery.</p>',
  '<p data-expect="safe">The soundtrack mixes classical pieces with pop remixes, and it works.</p><ul><li id="sp2" data-expect="spoiler" data-ep="9" data-key="whispers">Cassie wakes up in the ninth episode and whispers that she was pushed.</li>',
  // The next paragraph arrives cut in two, mid-word: harmless until its second half lands.
  '</ul><p id="sp3" data-expect="spoiler" data-ep="10" data-key="Delia pushed Cassie">In the finale it is revealed that Delia pus',
  'hed Cassie off the roof out of jealousy.</p><p data-expect="safe">Spoiler-free verdict: great dancing, messy writing, worth a weekend.</p>',
  '<div id="sp4" data-expect="spoiler" data-ep="10" data-key="bleeding">Ramon is found bleeding on the floor in the final minutes.</div>',
  '</body></html>',
];

async function stream(res: ServerResponse, delayMs: number): Promise<void> {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  for (const chunk of CHUNKS) {
    // Padding pushes each chunk past the parser's buffering so it is parsed on arrival.
    res.write(`${chunk}<!--${' '.repeat(2048)}-->`);
    await new Promise((resolve) => setTimeout(resolve, delayMs));
  }
  res.end();
}

describe('a page that streams in slowly', () => {
  let rig: Rig;
  beforeAll(async () => {
    rig = await startRig();
    rig.server.route('/stream', (_req, res) => stream(res, 150));
    rig.server.route('/stream-fast', (_req, res) => stream(res, 5));
    rig.server.route('/burst', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(BURST);
    });
  });
  afterAll(() => rig?.close());

  it.each(['/stream', '/stream-fast'])(
    'never paints a spoiler readable, not for one frame (%s)',
    async (path) => {
      for (let run = 0; run < 3; run++) {
        const page = await rig.context.newPage();
        await page.goto(rig.server.url(path), { waitUntil: 'load' });
        await waitForShield(page);
        await page.waitForTimeout(150);
        const probe = await page.evaluate(
          () => (window as unknown as { __probe: { frames: number; leaks: string[] } }).__probe,
        );
        expect(probe.frames).toBeGreaterThan(path === '/stream' ? 20 : 2);
        expect(probe.leaks).toEqual([]);
        await expectShielded(page, 0);
        await page.close();
      }
    },
  );

  it('reads a burst of 4,000 paragraphs in frame-sized slices, never showing a spoiler', async () => {
    const page = await rig.context.newPage();
    await page.goto(`${rig.server.url('/burst')}#spoiler-shield-bench`, { waitUntil: 'load' });
    await waitForShield(page);
    await page.evaluate(() => (window as unknown as { burst(): void }).burst());
    await page.waitForFunction(
      () =>
        document.querySelectorAll('main p').length === 4000 &&
        !document.querySelector('[data-spoiler-shield-wait]'),
    );
    await page.waitForTimeout(100);
    const probe = await page.evaluate(
      () => (window as unknown as { __probe: { frames: number; leaks: string[] } }).__probe,
    );
    const pieces = await page.evaluate(() =>
      performance.getEntriesByName('spoiler-shield:batch').map((e) => e.duration),
    );
    console.log(
      `burst of 4,000 paragraphs: ${pieces.length} pieces of shield work, longest ${Math.max(...pieces).toFixed(1)} ms, ${probe.frames} frames probed`,
    );
    expect(probe.leaks).toEqual([]);
    // Sliced: the work did not all run in the one observer callback.
    expect(pieces.length).toBeGreaterThan(1);
    const unhidden = await page.evaluate(
      () =>
        [...document.querySelectorAll('[data-key]')].filter(
          (el) => el.getAttribute('data-spoiler-shield') !== 'hidden',
        ).length,
    );
    expect(unhidden).toBe(0);
    await page.close();
  });

  it('has a probe that does see spoilers when the shield is off (control)', async () => {
    await rig.setStorage('sync', { prefs: { ...OFF } });
    try {
      const page = await rig.context.newPage();
      await page.goto(rig.server.url('/stream'), { waitUntil: 'load' });
      await page.waitForTimeout(300);
      const probe = await page.evaluate(
        () => (window as unknown as { __probe: { leaks: string[] } }).__probe,
      );
      const leaked = new Set(probe.leaks.map((l) => l.split(' ')[0]));
      expect([...leaked].sort()).toEqual(['sp1', 'sp2', 'sp3', 'sp4']);
      await page.close();
    } finally {
      await rig.setStorage('sync', { prefs: { ...OFF, enabled: true } });
    }
  });
});

/** A page that, when told, appends 4,000 paragraphs in one task: one huge observer batch. */
const BURST = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Tiny Pretty Things: every comment</title>${PROBE}</head><body><main></main><script>
window.burst = () => {
  const main = document.querySelector('main');
  for (let i = 0; i < 4000; i++) {
    const p = document.createElement('p');
    if (i % 40 === 39) {
      p.id = 'b' + i;
      p.dataset.key = 'Delia pushed Cassie';
      p.textContent = 'Comment ' + i + ': in the finale it is revealed that Delia pushed Cassie off the roof.';
    } else {
      p.textContent = 'Comment ' + i + ': the rehearsal scenes and the costumes were lovely this week.';
    }
    main.append(p);
  }
};
</script></body></html>`;

const OFF = {
  enabled: false,
  sensitivity: 'balanced',
  hideStyle: 'blur',
  neverSites: [],
  pausedSites: [],
  pausedUntil: null,
};
