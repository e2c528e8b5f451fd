/**
 * `npm run demo`: the extension's main job on the built-in show, end to end.
 * Builds the Chrome extension, opens the shipped demo article in Chromium twice
 * (without the extension, then with it at its fresh-install default: Tiny Pretty
 * Things followed, not started), saves before/after screenshots and prints what
 * the shield hid. Options: --watched N (episode reached), --out DIR, --headed.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { startFixtureServer } from '../tests/e2e/server';
import { findChromium, HOW_TO_GET_CHROMIUM } from './lib/find-chromium';
import { launchWithExtension, workerStorage } from './lib/launch';
import { sideBySide } from './lib/side-by-side';
import { summarizeHidden } from './lib/summarize-hidden';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    watched: { type: 'string' },
    out: { type: 'string', default: join(root, 'demo') },
    headed: { type: 'boolean', default: false },
  },
});
const watched = values.watched === undefined ? 0 : Number(values.watched);
if (!Number.isInteger(watched) || watched < 0 || watched > 10) {
  console.error(`--watched: expected an episode number 0..10, got "${values.watched}"`);
  process.exit(2);
}

const executablePath = findChromium();
if (!executablePath) {
  console.error(HOW_TO_GET_CHROMIUM);
  process.exit(1);
}
// A window when there is a display to show it on; headless otherwise (CI, SSH).
const headless = !values.headed && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const outDir = resolve(values.out);
mkdirSync(outDir, { recursive: true });

console.log('Building the Chrome extension…');
execFileSync(process.execPath, [join(root, 'node_modules/wxt/bin/wxt.mjs'), 'build'], {
  cwd: root,
  stdio: ['ignore', 'ignore', 'inherit'],
});

const server = await startFixtureServer(join(root, 'demo/pages'));
const pageUrl = server.url('tiny-pretty-things-guide.html');
const viewport = { width: 1000, height: 1400 };
try {
  const plain = await chromium.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const before = await plain.newPage({ viewport });
  await before.goto(pageUrl);
  const beforePath = join(outDir, 'before.png');
  await before.screenshot({ path: beforePath, fullPage: true });

  const extensionDir = join(root, '.output/chrome-mv3');
  const launched = await launchWithExtension({ executablePath, extensionDir, headless, viewport });
  try {
    if (watched > 0) {
      await workerStorage(launched.serviceWorker).set('sync', {
        progress: { 'tiny-pretty-things': { season: 1, episode: watched } },
      });
    }
    const page = await launched.context.newPage();
    await page.goto(pageUrl);
    await page.waitForLoadState('load');
    // The shield settles within a frame of the settings read; give it a moment.
    await page.waitForTimeout(500);
    const afterPath = join(outDir, 'after.png');
    await page.screenshot({ path: afterPath, fullPage: true });
    const summary = await summarizeHidden(page);
    const pairPath = join(outDir, 'before-after.png');
    const reached = watched === 0 ? 'not started' : `watched up to S1E${watched}`;
    await sideBySide(plain, beforePath, afterPath, pairPath, [
      'Without Spoiler Shield',
      `With Spoiler Shield (${reached})`,
    ]);
    console.log(
      `Spoiler Shield hid ${summary.hidden} of ${summary.passages} passages on the demo article ` +
        `(Tiny Pretty Things, ${reached})${summary.byEpisode ? `: ${summary.byEpisode}` : ''}. ` +
        `Screenshots: ${[beforePath, afterPath, pairPath].map((p) => relative(process.cwd(), p)).join(', ')}`,
    );
  } finally {
    await launched.close();
    await plain.close();
  }
} finally {
  await server.close();
}
