import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Rig, startRig, type WorkerChrome } from './rig';

declare const chrome: WorkerChrome;

describe('the built extension in Chromium', () => {
  let rig: Rig;
  beforeAll(async () => {
    rig = await startRig();
  });
  afterAll(() => rig?.close());

  it('loads, with an MV3 service worker and an extension id', async () => {
    expect(rig.extensionId).toMatch(/^[a-p]{32}$/);
    const manifest = await rig.serviceWorker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.manifest_version).toBe(3);
  });

  it('runs the content script on a page served from 127.0.0.1', async () => {
    const page = await rig.openPage('smoke.html');
    // The content script marks <html> once it has set up; it never exists without the extension.
    await page.waitForSelector('html[data-spoiler-shield-loaded]', {
      state: 'attached',
      timeout: 10_000,
    });
    await page.close();
  });

  it('opens the popup page', async () => {
    const popup = await rig.popupPage();
    expect(await popup.title()).toBe('Spoiler Shield');
    await popup.close();
  });
});
