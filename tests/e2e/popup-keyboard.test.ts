import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Rig, startRig } from './rig';

/** id and outline of the focused element, as the user would see it. */
function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const style = el ? getComputedStyle(el) : null;
    return {
      id: el?.id ?? '',
      outline: style ? `${style.outlineStyle} ${style.outlineWidth}` : '',
    };
  });
}

describe('popup with the keyboard only, in Chromium', () => {
  let rig: Rig;
  beforeAll(async () => {
    rig = await startRig();
  });
  afterAll(() => rig?.close());

  it('reaches every control by Tab with a visible focus ring, and works them with keys', async () => {
    const popup = await rig.popupPage();
    await popup.setViewportSize({ width: 360, height: 600 });
    await popup.waitForSelector('#episode-tiny-pretty-things');

    await popup.keyboard.press('Tab');
    expect(await focused(popup)).toEqual({ id: 'shield-enabled', outline: 'solid 3px' });
    await popup.keyboard.press('Tab');
    expect((await focused(popup)).id).toBe('episode-tiny-pretty-things');
    // Chromium on Linux changes a closed <select> with the arrow keys.
    await popup.keyboard.press('ArrowDown');
    await expect
      .poll(() => rig.getStorage('sync', ['progress']))
      .toEqual({ progress: { 'tiny-pretty-things': { season: 1, episode: 1 } } });

    await popup.keyboard.press('Tab');
    expect(await focused(popup)).toEqual({
      id: 'next-tiny-pretty-things',
      outline: 'solid 3px',
    });
    await popup.keyboard.press('Space');
    await expect
      .poll(() => rig.getStorage('sync', ['progress']))
      .toEqual({ progress: { 'tiny-pretty-things': { season: 1, episode: 2 } } });
    // Re-rendering after the write kept focus on the button, so Enter works again.
    expect((await focused(popup)).id).toBe('next-tiny-pretty-things');
    await popup.keyboard.press('Enter');
    await expect
      .poll(() => rig.getStorage('sync', ['progress']))
      .toEqual({ progress: { 'tiny-pretty-things': { season: 1, episode: 3 } } });

    // This popup runs as a tab of its own, not a web page: "Pause on this site" is disabled and skipped.
    await popup.keyboard.press('Tab');
    expect((await focused(popup)).id).toBe('pause-hour');
    await popup.keyboard.press('Enter');
    await expect.poll(async () => (await focused(popup)).id).toBe('resume');
    expect(await popup.locator('#paused-state').textContent()).toMatch(
      /^Paused until .+ · Resume$/,
    );
    await popup.keyboard.press('Enter');
    await expect.poll(async () => (await focused(popup)).id).toBe('pause-hour');
    const { prefs } = (await rig.getStorage('sync', ['prefs'])) as {
      prefs: { pausedUntil: unknown };
    };
    expect(prefs.pausedUntil).toBeNull();

    // Reveal all and Hide again are disabled on a page without the shield, so Tab skips them.
    await popup.keyboard.press('Tab');
    expect((await focused(popup)).id).toBe('open-options');
    await popup.close();
  });
});
