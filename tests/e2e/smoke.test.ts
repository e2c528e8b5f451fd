import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
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

  it('restores the matcher from the snapshot its content script carries in a comment', async () => {
    const script = readFileSync(join(inject('extensionDir'), 'content-scripts/shield.js'), 'utf8');
    // In a comment, not a literal (scripts/vite/builtin-snapshot.ts), in an ASCII script.
    // Carried as it is ("=" after the opener): the snapshot text is ASCII (comment-carrier.ts).
    expect(script).toMatch(/=>\/\*=\{"format":\d+,"packs":\["tiny-pretty-things"\]/);
    expect(script).not.toMatch(/[^\x00-\x7f]/);
    const page = await rig.openPage('article.html');
    const from = await page.waitForFunction(
      () => {
        const entry = performance.getEntriesByName('spoiler-shield:prepare')[0];
        return (entry as PerformanceMeasure | undefined)?.detail?.from;
      },
      undefined,
      { timeout: 10_000 },
    );
    expect(await from.jsonValue()).toBe('snapshot');
    await page.close();
  });

  it('leaves out of the content script what only the extension pages use', () => {
    // Every frame of every page compiles this script before it parses on; the pack validator
    // (valibot and the schema, which run at load) and the pages' messages were ~9 kB of it.
    const script = readFileSync(join(inject('extensionDir'), 'content-scripts/shield.js'), 'utf8');
    expect(script).not.toContain('expected a slug such as');
    const messages: Record<string, { message: string }> = JSON.parse(
      readFileSync(join(inject('extensionDir'), '_locales/en/messages.json'), 'utf8'),
    );
    const label = (key: string) => key.startsWith('shieldLabel');
    // As the ASCII bundle spells it (non-ASCII escaped); short texts such as "Off" could be
    // in the script for other reasons, so only messages of 12 characters or more count.
    const spelled = (text: string) =>
      text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    const bundled = (key: string) => {
      const text = messages[key]?.message ?? '';
      return text.length >= 12 && script.includes(spelled(text));
    };
    expect(Object.keys(messages).filter(label).every(bundled)).toBe(true);
    // The product's name is in the script's own console warnings.
    const others = Object.keys(messages).filter((key) => !label(key) && key !== 'extName');
    expect(others.length).toBeGreaterThan(40);
    expect(others.filter(bundled)).toEqual([]);
  });

  it('opens the popup page', async () => {
    const popup = await rig.popupPage();
    expect(await popup.title()).toBe('Spoiler Shield');
    await popup.close();
  });
});
