import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Rig, startRig } from './rig';
import { expectShielded, waitForShield } from './shield-helpers';

describe('an infinite-scroll feed', () => {
  let rig: Rig;
  beforeAll(async () => {
    rig = await startRig();
  });
  afterAll(() => rig?.close());

  it('hides spoilers in every batch of 50 posts loaded while scrolling', async () => {
    const page = await rig.openPage('feed.html');
    await waitForShield(page);
    let seen = await expectShielded(page, 0);
    expect(seen.length).toBe(50);
    // Scrolling to the sentinel loads the next 50 (the page's own IntersectionObserver).
    for (let round = 2; round <= 6; round++) {
      await page.evaluate(() => document.getElementById('sentinel')?.scrollIntoView());
      await page.waitForFunction(
        (n) => document.querySelectorAll('#feed > .card').length >= n,
        round * 50,
      );
      await page.waitForTimeout(50);
      seen = await expectShielded(page, 0);
    }
    expect(seen.filter((s) => s.state === 'hidden').length).toBe(seen.length / 5);
    await page.close();
  });
});
