import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Rig, startRig } from './rig';

/** The slice of `chrome` used in code evaluated in the worker and the popup. */
type TabsQuery = (info: object, callback?: (tabs: unknown[]) => void) => Promise<unknown[]>;
declare const chrome: {
  tabs: { query: TabsQuery };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
};

/** The state of every episode paragraph of popup-progress.html, e.g. { ep4: 'hidden' }. */
function states(page: Page): Promise<Record<string, string | null>> {
  return page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('p[id]')].map((p) => [
        p.id,
        p.getAttribute('data-spoiler-shield'),
      ]),
    ),
  );
}

const ALL_HIDDEN = {
  'safe-intro': null,
  ep4: 'hidden',
  ep5: 'hidden',
  ep7: 'hidden',
  ep9: 'hidden',
  ep10: 'hidden',
  'safe-outro': null,
};

/**
 * Opens popup.html aimed at `tab`: in a real popup the active tab is the page
 * the user is on, but a popup opened as a tab would find itself. The override
 * answers tabs.query with that page, as the activeTab grant would.
 */
async function popupFor(rig: Rig, tab: { id: number; url: string }): Promise<Page> {
  const popup = await rig.context.newPage();
  await popup.addInitScript((target) => {
    chrome.tabs.query = (_info, callback) => {
      const answer = [{ ...target, active: true, index: 0, windowId: 1 }];
      if (callback) callback(answer);
      return Promise.resolve(answer);
    };
  }, tab);
  await popup.setViewportSize({ width: 360, height: 600 });
  await popup.goto(`chrome-extension://${rig.extensionId}/popup.html`);
  return popup;
}

describe('popup in Chromium', () => {
  let rig: Rig;
  beforeAll(async () => {
    rig = await startRig();
  });
  afterAll(() => rig?.close());

  it('choosing "S1 · E7" reveals what is now watched in an open tab, without a reload', async () => {
    const page = await rig.openPage('popup-progress.html');
    await expect.poll(() => states(page), { timeout: 10_000 }).toEqual(ALL_HIDDEN);
    // A reload would lose this.
    await page.evaluate(() => {
      (window as unknown as { stillHere: boolean }).stillHere = true;
    });

    const popup = await rig.popupPage();
    const picker = popup.getByLabel('Last episode you watched');
    const label = await picker.evaluate((select: HTMLSelectElement) =>
      [...select.options].map((o) => o.text).find((text) => text.startsWith('S1 · E7 · ')),
    );
    expect(label).toBe('S1 · E7 · Catch & Release');
    await picker.selectOption({ label: label as string });

    await expect
      .poll(() => states(page), { timeout: 5_000 })
      .toEqual({ ...ALL_HIDDEN, ep4: null, ep5: null, ep7: null });
    expect(
      await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere),
    ).toBe(true);
    expect(await rig.getStorage('sync', ['progress'])).toEqual({
      progress: { 'tiny-pretty-things': { season: 1, episode: 7 } },
    });

    // "I watched the next episode" twice more: episode 9 is then watched too.
    const next = popup.locator('#next-tiny-pretty-things');
    await expect.poll(() => next.textContent()).toBe('I watched the next episode (S1 · E8)');
    await next.click();
    await expect.poll(() => next.textContent()).toBe('I watched the next episode (S1 · E9)');
    await next.click();
    await expect
      .poll(() => states(page), { timeout: 5_000 })
      .toEqual({ ...ALL_HIDDEN, ep4: null, ep5: null, ep7: null, ep9: null });
    await popup.close();
    await page.close();
  });

  it('counts the hidden passages of the tab, reveals them all and hides them again', async () => {
    await rig.setStorage('sync', { progress: {} });
    const page = await rig.openPage('popup-progress.html');
    await expect.poll(() => states(page), { timeout: 10_000 }).toEqual(ALL_HIDDEN);
    const [tab] = (await rig.serviceWorker.evaluate(() =>
      chrome.tabs.query({ active: true, lastFocusedWindow: true }),
    )) as Array<{ id?: number }>;
    expect(tab?.id).toBeTypeOf('number');

    const tabId = tab?.id as number;
    // The badge sums what the content script reported for the tab.
    const badge = () =>
      rig.serviceWorker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    await expect.poll(badge).toBe('5');
    // A single-page app changing its URL keeps its passages, and the badge keeps its count.
    await page.evaluate(() => history.pushState({}, '', '?thread=2'));
    await page.waitForTimeout(300);
    await expect.poll(badge).toBe('5');

    const popup = await popupFor(rig, { id: tabId, url: page.url() });
    const status = popup.locator('#tab-status');
    await expect.poll(() => status.textContent()).toBe('5 passages hidden on this tab');
    expect(await popup.locator('label[for="pause-site"]').textContent()).toBe('Pause on 127.0.0.1');

    await popup.getByRole('button', { name: 'Reveal all' }).click();
    await expect.poll(() => status.textContent()).toBe('Nothing hidden on this tab');
    expect(Object.values(await states(page)).filter((s) => s === 'hidden')).toEqual([]);
    await expect.poll(badge).toBe('');

    await popup.getByRole('button', { name: 'Hide again' }).click();
    await expect.poll(() => status.textContent()).toBe('5 passages hidden on this tab');
    await expect.poll(() => states(page)).toEqual(ALL_HIDDEN);

    // Pausing on this site stops the shield there at once.
    await popup.getByLabel('Pause on 127.0.0.1').check();
    await expect.poll(() => states(page), { timeout: 5_000 }).not.toEqual(ALL_HIDDEN);
    expect(Object.values(await states(page)).filter((s) => s === 'hidden')).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('says so on a page where the shield does not run', async () => {
    const popup = await rig.popupPage();
    await expect
      .poll(() => popup.locator('#tab-status').textContent())
      .toBe('The shield does not run on this page.');
    await popup.close();
  });
});
