import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TabCommand, TabStatus } from '../../src/core/messages';
import { type Rig, startRig, type WorkerChrome } from './rig';
import { expectShielded, waitForShield } from './shield-helpers';

declare const chrome: WorkerChrome & {
  tabs: {
    query(q: object): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
};

const PREFS = {
  enabled: true,
  sensitivity: 'balanced',
  hideStyle: 'blur',
  neverSites: [] as string[],
  pausedSites: [] as string[],
  pausedUntil: null,
};
const SHOW = 'tiny-pretty-things';

describe('settings changes reach an open tab without a reload', () => {
  let rig: Rig;
  beforeAll(async () => {
    rig = await startRig();
  });
  afterAll(() => rig?.close());

  const progress = (episode: number) =>
    rig.setStorage('sync', { progress: { [SHOW]: { season: 1, episode } } });
  const settle = () => new Promise((resolve) => setTimeout(resolve, 400));

  it('advancing the episode unhides what is now watched; going back hides it again', async () => {
    await progress(0);
    const page = await rig.openPage('article.html');
    await waitForShield(page);
    await expectShielded(page, 0);
    const before = await page.evaluate(() => performance.timeOrigin);
    for (const episode of [5, 8, 10, 3]) {
      await progress(episode);
      await settle();
      await expectShielded(page, episode);
    }
    // Same document all along: no reload happened.
    expect(await page.evaluate(() => performance.timeOrigin)).toBe(before);
    await page.close();
  });

  it('switching the shield off restores the page; on again hides again', async () => {
    await progress(0);
    const page = await rig.openPage('thread.html');
    await waitForShield(page);
    const hidden = () => page.locator('[data-spoiler-shield=hidden]').count();
    expect(await hidden()).toBe(3);
    await rig.setStorage('sync', { prefs: { ...PREFS, enabled: false } });
    await settle();
    expect(await page.locator('[data-spoiler-shield], spoiler-shield-label').count()).toBe(0);
    await rig.setStorage('sync', { prefs: { ...PREFS, pausedSites: ['127.0.0.1'] } });
    await settle();
    expect(await hidden()).toBe(0);
    await rig.setStorage('sync', { prefs: { ...PREFS, hideStyle: 'cover' } });
    await settle();
    expect(await hidden()).toBe(3);
    expect(await page.getAttribute('html', 'data-spoiler-style')).toBe('cover');
    await rig.setStorage('sync', { prefs: PREFS });
    await page.close();
  });

  it('answers the popup and the keyboard command: status, reveal all, hide again, toggle', async () => {
    await progress(0);
    const page = await rig.openPage('thread.html');
    await waitForShield(page);
    await page.bringToFront();
    const send = (command: TabCommand) =>
      rig.serviceWorker.evaluate(async (message) => {
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        return chrome.tabs.sendMessage(tab?.id ?? -1, message);
      }, command) as Promise<TabStatus>;
    expect(await send({ type: 'get-status' })).toEqual({ active: true, hidden: 3, revealed: 0 });
    expect(await send({ type: 'reveal-all' })).toEqual({ active: true, hidden: 0, revealed: 3 });
    expect(await page.locator('[data-spoiler-shield=revealed]').count()).toBe(3);
    expect(await send({ type: 'hide-again' })).toEqual({ active: true, hidden: 3, revealed: 0 });
    expect(await send({ type: 'toggle-reveal-all' })).toEqual({
      active: true,
      hidden: 0,
      revealed: 3,
    });
    expect(await send({ type: 'toggle-reveal-all' })).toEqual({
      active: true,
      hidden: 3,
      revealed: 0,
    });
    await page.close();
  });
});
