/**
 * `node --import tsx scripts/screenshots.ts`: the popup and the options page,
 * light and dark, into docs/screenshots/*.png for the README. Builds the Chrome
 * extension, opens a page with spoilers so the popup has a tab to talk about,
 * and prints when the popup's first render happened (from navigation start).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { startFixtureServer } from '../tests/e2e/server';
import { findChromium, HOW_TO_GET_CHROMIUM } from './lib/find-chromium';
import { launchWithExtension, workerStorage } from './lib/launch';

type TabsQuery = (info: object, callback?: (tabs: unknown[]) => void) => Promise<unknown[]>;
declare const chrome: { tabs: { query: TabsQuery } };

const root = resolve(import.meta.dirname, '..');
const outDir = join(root, 'docs/screenshots');
const executablePath = findChromium();
if (!executablePath) {
  console.error(HOW_TO_GET_CHROMIUM);
  process.exit(1);
}
mkdirSync(outDir, { recursive: true });
execFileSync(process.execPath, [join(root, 'node_modules/wxt/bin/wxt.mjs'), 'build'], {
  cwd: root,
  stdio: ['ignore', 'ignore', 'inherit'],
});

const server = await startFixtureServer(join(root, 'tests/e2e/pages'));
const launched = await launchWithExtension({
  executablePath,
  extensionDir: join(root, '.output/chrome-mv3'),
  headless: true,
});
const { context, extensionId, serviceWorker } = launched;
const saved: string[] = [];

/** The popup aimed at `tab`, as if opened from the toolbar over it (see tests/e2e/popup-progress.test.ts). */
async function openPopup(tab: { id: number; url: string }): Promise<Page> {
  const popup = await context.newPage();
  await popup.addInitScript((target) => {
    chrome.tabs.query = (_info, callback) => {
      const answer = [{ ...target, active: true, index: 0, windowId: 1 }];
      if (callback) callback(answer);
      return Promise.resolve(answer);
    };
    // When the popup first shows something: the first child of <main id="app">.
    new MutationObserver((_records, observer) => {
      const app = document.getElementById('app');
      if (app?.firstChild) {
        (window as unknown as { firstRender: number }).firstRender = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  }, tab);
  await popup.setViewportSize({ width: 360, height: 560 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await popup.waitForFunction(() =>
    document.getElementById('tab-status')?.textContent?.includes('hidden'),
  );
  return popup;
}

async function shoot(page: Page, name: string, selector?: string) {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const path = join(outDir, `${name}-${colorScheme}.png`);
    if (selector) await page.locator(selector).screenshot({ path });
    else await page.screenshot({ path, fullPage: true });
    saved.push(relative(process.cwd(), path));
  }
}

try {
  const storage = workerStorage(serviceWorker);
  await storage.set('sync', { progress: { 'tiny-pretty-things': { season: 1, episode: 4 } } });
  await storage.set('local', {
    library: {
      version: 1,
      userPacks: [],
      disabledBuiltins: [],
      ownTerms: { 'tiny-pretty-things': [{ term: 'Ripper', season: 1, episode: 10 }] },
    },
  });
  const page = await context.newPage();
  await page.goto(server.url('popup-progress.html'));
  await page.waitForSelector('[data-spoiler-shield="hidden"]', { state: 'attached' });
  const [tab] = (await serviceWorker.evaluate(() =>
    chrome.tabs.query({ active: true, lastFocusedWindow: true }),
  )) as Array<{ id: number }>;
  if (!tab) throw new Error('no tab for the popup to describe');

  const renders: number[] = [];
  for (let i = 0; i < 5; i++) {
    const popup = await openPopup({ id: tab.id, url: page.url() });
    renders.push(
      await popup.evaluate(() => (window as unknown as { firstRender: number }).firstRender),
    );
    if (i < 4) await popup.close();
    else await shoot(popup, 'popup', 'body');
  }
  renders.sort((a, b) => a - b);
  console.log(
    `popup first render, ms from navigation start (5 opens): ${renders.map((n) => n.toFixed(0)).join(', ')}; median ${renders[2]?.toFixed(0)}`,
  );

  const options = await context.newPage();
  await options.setViewportSize({ width: 900, height: 900 });
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.waitForSelector('#packs-heading');
  await shoot(options, 'options');
  console.log(`Saved ${saved.join(', ')}`);
} finally {
  await launched.close();
  await server.close();
}
